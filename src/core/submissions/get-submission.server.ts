import { eq } from "drizzle-orm";
import { user } from "../../db/schema";
import type { UseCaseContext } from "../context";
import { isEmptyDoc } from "../narrative/doc";
import { can } from "../policy";
import { type DeadlineStatus, deadlineStatus } from "../windows/windows";
import { dataHasContent, sectionShape } from "./answer-data";
import { type AnswerView, loadAnswers } from "./answer-view.server";
import { type SubmissionInContext, submissionFor } from "./submission-access.server";
import { STATE_LABELS, sectionsOf, type TaskStatus, taskStatus } from "./submission-rules";
import { loadVersions, type VersionSummary } from "./version-view.server";

export type TaskListItem = {
  key: string;
  number: string | null;
  title: string;
  required: boolean;
  status: TaskStatus;
  updatedAt: Date | null;
  updatedByName: string | null;
};

export type SubmissionOverview = SubmissionInContext & {
  stateLabel: string;
  /** Who sent it to the central team. */
  submittedByName: string | null;
  window: DeadlineStatus;
  tasks: TaskListItem[];
  completeCount: number;
  versions: VersionSummary[];
  /** The newest frozen version while it still counts (not reopened). */
  current: VersionSummary | null;
  allowed: { edit: boolean; freeze: boolean; signLead: boolean; signSignatory: boolean; submit: boolean };
};

export function hasAnswerContent(
  shape: ReturnType<typeof sectionShape>,
  answer: Pick<AnswerView, "narrative" | "data"> | undefined,
): boolean {
  if (!shape || !answer) return false;
  return !isEmptyDoc(answer.narrative) || dataHasContent(shape, answer.data);
}

async function userName(ctx: UseCaseContext, id: string): Promise<string | null> {
  const [row] = await ctx.db.select({ name: user.name }).from(user).where(eq(user.id, id));
  return row?.name ?? null;
}

/** A submission with its task list (each section's state and who changed it last) and its versions. */
export async function getSubmission(
  ctx: UseCaseContext,
  slug: string,
  submissionId: string,
  now: Date = new Date(),
): Promise<SubmissionOverview> {
  const found = await submissionFor(ctx, slug, submissionId);
  const [answers, versions] = await Promise.all([
    loadAnswers(ctx.db, submissionId),
    loadVersions(ctx.db, submissionId),
  ]);
  const questions = found.template.content.questions;
  const tasks = sectionsOf(found.template.content).map((s) => {
    const answer = answers.get(s.key);
    const shape = sectionShape(questions, s.key);
    return {
      ...s,
      status: taskStatus(
        answer ? { hasContent: hasAnswerContent(shape, answer), complete: answer.complete } : null,
      ),
      updatedAt: answer?.updatedAt ?? null,
      updatedByName: answer?.updatedByName ?? null,
    };
  });
  const latest = versions[0];
  const current = latest && !latest.reopenedAt ? latest : null;
  const id = found.institution.id;
  return {
    ...found,
    stateLabel: STATE_LABELS[found.submission.state],
    submittedByName: found.submission.submittedBy ? await userName(ctx, found.submission.submittedBy) : null,
    window: deadlineStatus(found.submission.windowCloses, now),
    tasks,
    completeCount: tasks.filter((t) => t.status === "complete").length,
    versions,
    current,
    allowed: {
      edit: can(ctx.actor, "submission.edit", id) && found.submission.state !== "submitted",
      freeze: can(ctx.actor, "submission.freeze", id) && found.submission.state === "draft",
      signLead: can(ctx.actor, "submission.sign-lead", id) && found.submission.state === "ready",
      signSignatory: can(ctx.actor, "submission.sign-signatory", id) && found.submission.state === "ready",
      submit: can(ctx.actor, "submission.submit", id) && found.submission.state === "signed",
    },
  };
}
