import { and, eq, isNull, sql } from "drizzle-orm";
import { submission, submissionVersion } from "../../db/schema";
import type { DbOrTx } from "../../db/types";
import { type Actor, actorId } from "../actor";
import { conflict } from "../errors";
import { recordChange } from "../history/record-change.server";
import type { SubmissionRow } from "./submission-access.server";
import { isFrozen, nextState, type SubmissionState } from "./submission-rules";

/**
 * Every change to a submission's content goes through here, inside its transaction: a submitted
 * submission refuses it; a frozen one (ready or signed) becomes a draft again, its newest version is
 * marked reopened and so its signatures no longer count; the next freeze makes version n+1.
 * Returns whether the change reopened a frozen version, so the page can say so.
 */
export async function markEdited(
  tx: DbOrTx,
  actor: Actor,
  row: Pick<SubmissionRow, "id" | "institutionId" | "latestVersion"> & { state: SubmissionState },
): Promise<{ reopened: boolean }> {
  if (nextState(row.state, "edit") === null)
    throw conflict(
      "This submission has been submitted and can no longer change. Start the next window's submission.",
    );
  const by = actorId(actor);
  const reopened = isFrozen(row.state);
  await tx
    .update(submission)
    .set({ state: "draft", updatedAt: new Date(), updatedBy: by, version: sql`${submission.version} + 1` })
    .where(eq(submission.id, row.id));
  if (reopened) {
    await tx
      .update(submissionVersion)
      .set({ reopenedAt: new Date(), reopenedBy: by })
      .where(
        and(
          eq(submissionVersion.submissionId, row.id),
          eq(submissionVersion.number, row.latestVersion),
          isNull(submissionVersion.reopenedAt),
        ),
      );
    await recordChange(tx, actor, {
      action: "submission.reopen",
      entityType: "submission",
      entityId: row.id,
      institutionId: row.institutionId,
      before: { state: row.state, version: row.latestVersion },
      after: { state: "draft" },
    });
  }
  return { reopened };
}
