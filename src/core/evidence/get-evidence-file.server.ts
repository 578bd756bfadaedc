import { eq } from "drizzle-orm";
import { evidenceFile } from "../../db/schema";
import type { UseCaseContext } from "../context";
import { notFound } from "../errors";
import { evidenceFor } from "./evidence-access.server";

/** An item's file, for download: members only, like the rest of the library. */
export async function getEvidenceFile(ctx: UseCaseContext, slug: string, evidenceId: string) {
  await evidenceFor(ctx, slug, evidenceId);
  const [file] = await ctx.db.select().from(evidenceFile).where(eq(evidenceFile.evidenceId, evidenceId));
  if (!file) throw notFound("The file");
  return file;
}
