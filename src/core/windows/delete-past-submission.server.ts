import { and, eq, isNull } from "drizzle-orm";
import { submissionHistory } from "../../db/schema";
import { actorId } from "../actor";
import type { UseCaseContext } from "../context";
import { AppError, notFound } from "../errors";
import { isUuid } from "../figures/figure-access.server";
import { recordChange } from "../history/record-change.server";
import { institutionFor } from "../people/institution-for.server";
import { parseInput } from "../validate";
import { pastSubmissionColumns } from "./past-submission-view.server";
import { ZDeletePastSubmissionInput } from "./windows-fields";

/**
 * Removes a recorded past submission (kept, marked deleted, so the history still names it); the
 * next window is worked out again without it. Its file stays in the evidence library.
 */
export async function deletePastSubmission(
  ctx: UseCaseContext,
  slug: string,
  id: string,
  input: { expectedVersion?: number | string } | Record<string, unknown>,
): Promise<void> {
  const institution = await institutionFor(ctx, slug, "submission-history.manage");
  const { expectedVersion } = parseInput(ZDeletePastSubmissionInput, input);
  if (!isUuid(id)) throw notFound("The past submission");
  // The institution is part of the lookup: another institution's record under this slug finds nothing.
  const mine = and(
    eq(submissionHistory.id, id),
    eq(submissionHistory.institutionId, institution.id),
    isNull(submissionHistory.deletedAt),
  );
  const [current] = await ctx.db.select(pastSubmissionColumns).from(submissionHistory).where(mine);
  if (!current) throw notFound("The past submission");
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(submissionHistory)
      .set({
        deletedAt: new Date(),
        updatedAt: new Date(),
        updatedBy: actorId(ctx.actor),
        version: expectedVersion + 1,
      })
      .where(and(mine, eq(submissionHistory.version, expectedVersion)))
      .returning({ id: submissionHistory.id });
    if (!row)
      throw new AppError("STALE", "Someone else changed this record since you opened it.", {
        current,
        currentVersion: current.version,
      });
    await recordChange(tx, ctx.actor, {
      action: "submission-history.delete",
      entityType: "submission_history",
      entityId: id,
      institutionId: institution.id,
      before: current,
    });
  });
}
