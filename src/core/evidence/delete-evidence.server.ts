import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { evidenceItem } from "../../db/schema";
import { actorId } from "../actor";
import type { UseCaseContext } from "../context";
import { AppError, conflict } from "../errors";
import { recordChange } from "../history/record-change.server";
import { listCitingVersions } from "../submissions/list-citing-versions.server";
import { parseInput } from "../validate";
import { evidenceFor } from "./evidence-access.server";

const ZDeleteEvidenceInput = z.object({
  expectedVersion: z.coerce.number("The version you read is needed.").int().min(1),
});

/**
 * Removes an item from the library (kept in the database, marked deleted, so the history still
 * names it); its links stop showing with it. An item a signed submission cites is part of what was
 * attested, so it cannot be deleted.
 */
export async function deleteEvidence(
  ctx: UseCaseContext,
  slug: string,
  evidenceId: string,
  input: { expectedVersion?: number | string } | Record<string, unknown>,
): Promise<void> {
  const { institution, item } = await evidenceFor(ctx, slug, evidenceId, "evidence.manage");
  const { expectedVersion } = parseInput(ZDeleteEvidenceInput, input);
  const citing = await listCitingVersions(ctx, slug, evidenceId);
  if (citing.length)
    throw conflict(
      `This evidence is cited by a signed submission (${citing
        .map((c) => `${c.windowLabel}, version ${c.number}`)
        .join("; ")}) and cannot be deleted.`,
    );
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(evidenceItem)
      .set({
        deletedAt: new Date(),
        updatedAt: new Date(),
        updatedBy: actorId(ctx.actor),
        version: expectedVersion + 1,
      })
      .where(and(eq(evidenceItem.id, evidenceId), eq(evidenceItem.version, expectedVersion)))
      .returning({ id: evidenceItem.id });
    if (!row)
      throw new AppError("STALE", "Someone else changed this evidence since you opened it.", {
        current: item,
        currentVersion: item.version,
      });
    await recordChange(tx, ctx.actor, {
      action: "evidence.delete",
      entityType: "evidence_item",
      entityId: evidenceId,
      institutionId: institution.id,
      before: item,
    });
  });
}
