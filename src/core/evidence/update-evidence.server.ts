import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { evidenceItem } from "../../db/schema";
import { actorId } from "../actor";
import type { UseCaseContext } from "../context";
import { AppError, invalid } from "../errors";
import { recordChange } from "../history/record-change.server";
import { parseInput } from "../validate";
import { evidenceColumns, evidenceFor } from "./evidence-access.server";
import { evidenceValues, type TEvidenceInput, ZEvidenceInput } from "./evidence-fields";
import { checkFile, storeFile, type UploadedFile } from "./store-file.server";

const ZVersion = z.object({
  /** The version read, so a stale save is refused with the current item shown. */
  expectedVersion: z.coerce.number("The version you read is needed.").int().min(1),
});

/**
 * Changes an item's fields (and, for a file, optionally replaces the file). The kind stays what it
 * was: a file without its file, or a case study without its consent record, would make no sense.
 */
export async function updateEvidence(
  ctx: UseCaseContext,
  slug: string,
  evidenceId: string,
  input: (TEvidenceInput & { expectedVersion?: number | string }) | Record<string, unknown>,
  options: { file?: UploadedFile | null } = {},
) {
  const { institution, item: before } = await evidenceFor(ctx, slug, evidenceId, "evidence.manage");
  const { expectedVersion } = parseInput(ZVersion, input);
  const asked = (input as { kind?: unknown }).kind;
  if (asked && asked !== before.kind)
    throw invalid("Some answers need correcting.", {
      kind: ["The kind of an item cannot change: add a new item instead."],
    });
  const fields = parseInput(ZEvidenceInput, { ...input, kind: before.kind });
  const checked = before.kind === "file" && options.file?.name ? checkFile(options.file) : null;
  const by = actorId(ctx.actor);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(evidenceItem)
      .set({ ...evidenceValues(fields), version: expectedVersion + 1, updatedAt: new Date(), updatedBy: by })
      .where(and(eq(evidenceItem.id, evidenceId), eq(evidenceItem.version, expectedVersion)))
      .returning(evidenceColumns);
    if (!row)
      throw new AppError("STALE", "Someone else changed this evidence since you opened it.", {
        current: before,
        currentVersion: before.version,
      });
    if (checked && options.file) await storeFile(tx, row.id, options.file, checked);
    await recordChange(tx, ctx.actor, {
      action: "evidence.update",
      entityType: "evidence_item",
      entityId: row.id,
      institutionId: institution.id,
      before,
      after: { ...row, file: checked ?? undefined },
    });
    return row;
  });
}
