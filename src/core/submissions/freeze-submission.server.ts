import { and, eq, sql } from "drizzle-orm";
import { submission, submissionVersion } from "../../db/schema";
import { actorId } from "../actor";
import type { UseCaseContext } from "../context";
import { AppError, conflict } from "../errors";
import { recordChange } from "../history/record-change.server";
import { todayInLondon } from "../plans/today";
import { buildSnapshot } from "./build-snapshot.server";
import { submissionFor } from "./submission-access.server";
import { fingerprint, nextState } from "./submission-rules";

/**
 * "Ready for sign-off": snapshots everything the submission shows and fingerprints it as version n+1.
 * Freezing is not held back by the readiness check: signers may be asked to read a version while
 * things are still open, and the check's blocking findings stop the submit instead (decision 0012).
 */
export async function freezeSubmission(
  ctx: UseCaseContext,
  slug: string,
  submissionId: string,
  options: { now?: Date } = {},
): Promise<{ number: number; fingerprint: string }> {
  const found = await submissionFor(ctx, slug, submissionId, "submission.freeze");
  if (nextState(found.submission.state, "freeze") === null)
    throw conflict(
      found.submission.state === "submitted"
        ? "This submission has been submitted."
        : "This submission is already frozen for sign-off. Change an answer to reopen it.",
    );
  const now = options.now ?? new Date();
  const snapshot = await buildSnapshot(ctx, found, todayInLondon(now));
  const hash = fingerprint(snapshot);
  const number = found.submission.latestVersion + 1;
  const by = actorId(ctx.actor);
  return ctx.db.transaction(async (tx) => {
    const updated = await tx
      .update(submission)
      .set({
        state: "ready",
        latestVersion: number,
        updatedAt: now,
        updatedBy: by,
        version: sql`${submission.version} + 1`,
      })
      .where(and(eq(submission.id, submissionId), eq(submission.version, found.submission.version)))
      .returning({ id: submission.id });
    if (!updated.length)
      throw new AppError("STALE", "The submission changed while it was being frozen. Try again.");
    await tx.insert(submissionVersion).values({
      submissionId,
      institutionId: found.institution.id,
      number,
      snapshot,
      fingerprint: hash,
      frozenAt: now,
      frozenBy: by,
    });
    await recordChange(tx, ctx.actor, {
      action: "submission.freeze",
      entityType: "submission",
      entityId: submissionId,
      institutionId: found.institution.id,
      after: { number, fingerprint: hash },
    });
    return { number, fingerprint: hash };
  });
}
