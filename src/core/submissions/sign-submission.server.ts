import { and, eq, sql } from "drizzle-orm";
import { submission, submissionSignature } from "../../db/schema";
import { actorId } from "../actor";
import type { UseCaseContext } from "../context";
import { AppError, conflict, forbidden, invalid } from "../errors";
import { recordChange } from "../history/record-change.server";
import { todayInLondon } from "../plans/today";
import { authorize } from "../policy";
import { parseInput } from "../validate";
import { currentVersionFor } from "./current-version.server";
import { submissionFor } from "./submission-access.server";
import { type TSignInput, ZSignInput } from "./submission-fields";
import { BLOCK_LABELS, nextState } from "./submission-rules";

const BLOCK_PERMISSION = { lead: "submission.sign-lead", signatory: "submission.sign-signatory" } as const;

/**
 * Signs one block of the frozen version the signer read (named by its fingerprint, so a signature
 * never lands on content they did not see). Each block is signed by a different account; when both
 * are signed the submission is "signed".
 */
export async function signSubmission(
  ctx: UseCaseContext,
  slug: string,
  submissionId: string,
  input: TSignInput | Record<string, unknown>,
  options: { now?: Date } = {},
): Promise<{ state: "ready" | "signed" }> {
  const found = await submissionFor(ctx, slug, submissionId);
  const fields = parseInput(ZSignInput, input);
  authorize(ctx.actor, BLOCK_PERMISSION[fields.block], found.institution.id);
  if (ctx.actor.kind !== "user") throw forbidden("A signature needs a person's own account.");
  const userId = ctx.actor.userId;
  if (found.submission.state !== "ready" && found.submission.state !== "signed")
    throw conflict("Only a submission that is ready for sign-off can be signed.");
  const version = await currentVersionFor(ctx.db, found.submission);
  if (version.fingerprint !== fields.fingerprint)
    throw new AppError(
      "STALE",
      "The submission changed after you opened it: read the new version before signing.",
      {
        current: { fingerprint: version.fingerprint, number: version.number },
      },
    );
  const today = todayInLondon(options.now);
  const errors: Record<string, string[]> = {};
  if (fields.signedOn > today) errors.signedOn = ["Enter today's date or an earlier one."];
  if (fields.signedOn < version.frozenOn)
    errors.signedOn = ["Enter a date on or after the day this version was frozen."];
  if (Object.keys(errors).length) throw invalid("Some answers need correcting.", errors);
  const mine = version.signatures.find((s) => s.userId === userId);
  if (mine)
    throw conflict(
      `You have already signed this version as the ${BLOCK_LABELS[mine.block].toLowerCase()}; the other block needs another person.`,
    );
  if (version.signatures.some((s) => s.block === fields.block))
    throw conflict("This block is already signed.");
  const by = actorId(ctx.actor);
  return ctx.db.transaction(async (tx) => {
    await tx.insert(submissionSignature).values({
      versionId: version.id,
      submissionId,
      institutionId: found.institution.id,
      block: fields.block,
      userId: by,
      typedName: fields.typedName,
      role: fields.role,
      signedOn: fields.signedOn,
      createdAt: options.now ?? new Date(),
    });
    const complete = version.signatures.length + 1 === 2;
    const state = complete && nextState("ready", "sign-complete") ? "signed" : "ready";
    await tx
      .update(submission)
      .set({
        state,
        updatedAt: options.now ?? new Date(),
        updatedBy: by,
        version: sql`${submission.version} + 1`,
      })
      .where(and(eq(submission.id, submissionId)));
    await recordChange(tx, ctx.actor, {
      action: "submission.sign",
      entityType: "submission",
      entityId: submissionId,
      institutionId: found.institution.id,
      after: {
        block: fields.block,
        version: version.number,
        typedName: fields.typedName,
        role: fields.role,
        signedOn: fields.signedOn,
      },
    });
    return { state };
  });
}
