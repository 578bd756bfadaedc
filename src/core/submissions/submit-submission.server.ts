import { and, eq, sql } from "drizzle-orm";
import { submission } from "../../db/schema";
import { actorId } from "../actor";
import type { UseCaseContext } from "../context";
import { AppError, conflict } from "../errors";
import { recordChange } from "../history/record-change.server";
import { todayInLondon } from "../plans/today";
import { parseInput } from "../validate";
import { recordPastSubmission } from "../windows/record-past-submission.server";
import { currentVersionFor } from "./current-version.server";
import { checkReadiness } from "./readiness";
import { loadReadinessInput } from "./readiness-input.server";
import { submissionFor } from "./submission-access.server";
import { ZSubmitInput } from "./submission-fields";
import { nextState } from "./submission-rules";

/**
 * Sends the signed version to the central team (who, when), once the readiness check finds nothing
 * blocking. The submission joins the institution's
 * submission history, so the next window is worked out from it like any other submission.
 */
export async function submitSubmission(
  ctx: UseCaseContext,
  slug: string,
  submissionId: string,
  input: { fingerprint: string } | Record<string, unknown>,
  options: { now?: Date; isDemo?: boolean } = {},
): Promise<{ submittedAt: Date }> {
  const found = await submissionFor(ctx, slug, submissionId, "submission.submit");
  const fields = parseInput(ZSubmitInput, input);
  if (nextState(found.submission.state, "submit") === null)
    throw conflict(
      found.submission.state === "submitted"
        ? "This submission has already been submitted."
        : "Both signatures are needed before the submission can be submitted.",
    );
  const version = await currentVersionFor(ctx.db, found.submission);
  if (version.fingerprint !== fields.fingerprint)
    throw new AppError("STALE", "The submission changed after you opened it.", {
      current: { fingerprint: version.fingerprint, number: version.number },
    });
  const now = options.now ?? new Date();
  const blocking = checkReadiness(await loadReadinessInput(ctx, found, now)).filter(
    (f) => f.severity === "blocking",
  );
  if (blocking.length)
    throw new AppError("INVALID", "The readiness check found things that must be fixed before submitting.", {
      fieldErrors: { _form: blocking.map((f) => f.message) },
    });
  const by = actorId(ctx.actor);
  return ctx.db.transaction(async (tx) => {
    const updated = await tx
      .update(submission)
      .set({
        state: "submitted",
        submittedAt: now,
        submittedBy: by,
        updatedAt: now,
        updatedBy: by,
        version: sql`${submission.version} + 1`,
      })
      .where(and(eq(submission.id, submissionId), eq(submission.state, "signed")))
      .returning({ id: submission.id });
    if (!updated.length) throw conflict("The submission changed while it was being submitted. Reload it.");
    await recordPastSubmission(
      { ...ctx, db: tx },
      slug,
      {
        stage: found.submission.stage,
        submittedOn: todayInLondon(now),
        note: `Submitted in Commitment Hub (version ${version.number}).`,
      },
      { now, isDemo: options.isDemo },
    );
    await recordChange(tx, ctx.actor, {
      action: "submission.submit",
      entityType: "submission",
      entityId: submissionId,
      institutionId: found.institution.id,
      after: { version: version.number, fingerprint: version.fingerprint },
    });
    return { submittedAt: now };
  });
}
