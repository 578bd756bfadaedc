import { and, desc, eq } from "drizzle-orm";
import { answerRevision, submission, submissionAnswer } from "../../db/schema";
import type { DbOrTx } from "../../db/types";
import { actorId } from "../actor";
import type { UseCaseContext } from "../context";
import { AppError, invalid, notFound } from "../errors";
import { recordChange } from "../history/record-change.server";
import { emptyDoc, type NarrativeDoc } from "../narrative/doc";
import { parseInput } from "../validate";
import { sectionShape, validateAnswerData } from "./answer-data";
import { type AnswerView, loadAnswer } from "./answer-view.server";
import { markEdited } from "./mark-edited.server";
import { sectionContext } from "./section-context.server";
import { submissionFor } from "./submission-access.server";
import { type TSaveAnswerInput, ZSaveAnswerInput } from "./submission-fields";

/** Autosaves by one person within this long are one revision, so a revision is a moment worth keeping. */
export const AUTOSAVE_COALESCE_MS = 10 * 60 * 1000;

export type SaveResult = { answer: AnswerView; reopened: boolean };

/**
 * Saves one section's answer: the narrative tree, the structured part and "complete". The author
 * names the version they started from; if someone saved since, nothing is written and the error
 * carries their answer, so the page can show both and let the author merge (never a silent
 * overwrite). Every save is a revision; an edit to a frozen submission reopens it.
 */
export async function saveAnswer(
  ctx: UseCaseContext,
  slug: string,
  submissionId: string,
  sectionKey: string,
  input: TSaveAnswerInput | Record<string, unknown>,
  options: { now?: Date } = {},
): Promise<SaveResult> {
  const found = await submissionFor(ctx, slug, submissionId, "submission.edit");
  const shape = sectionShape(found.template.content.questions, sectionKey);
  if (!shape) throw notFound("The section");
  const fields = parseInput(ZSaveAnswerInput, input);
  if (fields.narrative && shape.kind === "question" && !shape.question.narrative)
    throw invalid("This question has no narrative answer.", { narrative: ["Use the fields below instead."] });
  const context = fields.data === undefined ? undefined : await sectionContext(ctx, found);
  const data = fields.data === undefined ? undefined : validateAnswerData(shape, fields.data, context);
  const by = actorId(ctx.actor);
  const now = options.now ?? new Date();

  return ctx.db.transaction(async (tx) => {
    const current = await loadAnswer(tx, submissionId, sectionKey);
    if ((current?.version ?? 0) !== fields.version)
      throw new AppError("STALE", "Someone else saved this answer after you opened it.", {
        current,
        currentVersion: current?.version ?? 0,
      });
    const narrative: NarrativeDoc | null =
      fields.narrative === undefined ? (current?.narrative ?? null) : (fields.narrative ?? emptyDoc());
    const next = {
      narrative,
      data: data === undefined ? (current?.data ?? null) : data,
      complete: fields.complete ?? current?.complete ?? false,
    };
    let answerId: string;
    let version: number;
    if (!current) {
      const [row] = await tx
        .insert(submissionAnswer)
        .values({
          submissionId,
          institutionId: found.institution.id,
          sectionKey,
          ...next,
          createdBy: by,
          updatedBy: by,
          updatedAt: now,
        })
        .onConflictDoNothing()
        .returning({ id: submissionAnswer.id, version: submissionAnswer.version });
      // Two first saves at once: the second finds the first's row and is stale.
      if (!row) {
        const theirs = await loadAnswer(ctx.db, submissionId, sectionKey);
        throw new AppError("STALE", "Someone else saved this answer after you opened it.", {
          current: theirs,
          currentVersion: theirs?.version ?? 1,
        });
      }
      answerId = row.id;
      version = row.version;
    } else {
      version = current.version + 1;
      answerId = current.id;
      const updated = await tx
        .update(submissionAnswer)
        .set({ ...next, version, updatedBy: by, updatedAt: now })
        .where(and(eq(submissionAnswer.id, current.id), eq(submissionAnswer.version, current.version)))
        .returning({ id: submissionAnswer.id });
      if (!updated.length)
        throw new AppError("STALE", "Someone else saved this answer after you opened it.", {
          currentVersion: version,
        });
    }
    await writeRevision(tx, {
      answerId,
      institutionId: found.institution.id,
      version,
      by,
      now,
      autosave: fields.autosave,
      ...next,
    });
    const { reopened } = await markEdited(tx, ctx.actor, found.submission);
    if (!fields.autosave)
      await recordChange(tx, ctx.actor, {
        action: "submission.save-answer",
        entityType: "submission_answer",
        entityId: answerId,
        institutionId: found.institution.id,
        after: { submissionId, sectionKey, version, complete: next.complete },
      });
    const answer = await loadAnswer(tx, submissionId, sectionKey);
    if (!answer) throw new Error("The answer was not written.");
    // The new plan is also the submission's own link, which the RAG analysis and exports read.
    if (shape.kind === "question" && shape.question.structured === "new-plan" && data !== undefined)
      await tx
        .update(submission)
        .set({ newPlanId: (data as { planId: string | null } | null)?.planId ?? null })
        .where(eq(submission.id, submissionId));
    return { answer, reopened };
  });
}

async function writeRevision(
  tx: DbOrTx,
  r: {
    answerId: string;
    institutionId: string;
    version: number;
    by: string;
    now: Date;
    autosave: boolean;
    narrative: unknown;
    data: unknown;
  },
) {
  if (r.autosave) {
    const [last] = await tx
      .select({
        id: answerRevision.id,
        kind: answerRevision.kind,
        createdBy: answerRevision.createdBy,
        createdAt: answerRevision.createdAt,
      })
      .from(answerRevision)
      .where(eq(answerRevision.answerId, r.answerId))
      .orderBy(desc(answerRevision.number))
      .limit(1);
    if (
      last &&
      last.kind === "autosave" &&
      last.createdBy === r.by &&
      r.now.getTime() - last.createdAt.getTime() < AUTOSAVE_COALESCE_MS
    ) {
      await tx
        .update(answerRevision)
        .set({ number: r.version, narrative: r.narrative, data: r.data })
        .where(eq(answerRevision.id, last.id));
      return;
    }
  }
  await tx.insert(answerRevision).values({
    answerId: r.answerId,
    institutionId: r.institutionId,
    number: r.version,
    kind: r.autosave ? "autosave" : "save",
    narrative: r.narrative,
    data: r.data,
    createdBy: r.by,
    createdAt: r.now,
  });
}
