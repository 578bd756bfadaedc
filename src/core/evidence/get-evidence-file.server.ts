import { eq, sql } from "drizzle-orm";
import { evidenceFile } from "../../db/schema";
import type { UseCaseContext } from "../context";
import { notFound } from "../errors";
import { evidenceFor } from "./evidence-access.server";

/**
 * An item's file, for download: members only, like the rest of the library.
 * The bytes are read as hex text and decoded by Node: PGlite's own bytea decoding took 330 ms for a
 * 5 MB file, this takes about 35 ms (BENCHMARKS.md, evidence); node-postgres decodes hex anyway.
 */
export async function getEvidenceFile(ctx: UseCaseContext, slug: string, evidenceId: string) {
  await evidenceFor(ctx, slug, evidenceId);
  const [file] = await ctx.db
    .select({
      evidenceId: evidenceFile.evidenceId,
      fileName: evidenceFile.fileName,
      mediaType: evidenceFile.mediaType,
      sizeBytes: evidenceFile.sizeBytes,
      sha256: evidenceFile.sha256,
      hex: sql<string>`encode(${evidenceFile.content}, 'hex')`,
    })
    .from(evidenceFile)
    .where(eq(evidenceFile.evidenceId, evidenceId));
  if (!file) throw notFound("The file");
  const { hex, ...rest } = file;
  return { ...rest, content: Buffer.from(hex, "hex") as Uint8Array };
}
