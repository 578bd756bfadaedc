import { and, desc, eq, isNull } from "drizzle-orm";
import { submission, template, templateVersion } from "../../db/schema";
import type { UseCaseContext } from "../context";
import { AppError } from "../errors";
import { getInstitution } from "../institutions/get-institution.server";
import { authorize, can } from "../policy";
import { windowLabel } from "../windows/windows";
import { STATE_LABELS, type SubmissionState } from "./submission-rules";

export type SubmissionListItem = {
  id: string;
  windowCloses: string;
  windowLabel: string;
  stage: string;
  state: SubmissionState;
  stateLabel: string;
  templateName: string;
  templateVersion: number;
  latestVersion: number;
  submittedAt: Date | null;
  updatedAt: Date;
};

/**
 * The institution's submissions, newest window first. Members see all of them; the central team
 * sees the submitted ones; anyone else is refused.
 */
export async function listSubmissions(
  ctx: UseCaseContext,
  slug: string,
): Promise<{ items: SubmissionListItem[]; allowed: { start: boolean } }> {
  const institution = await getInstitution(ctx, slug);
  if (ctx.actor.kind === "anonymous") throw new AppError("UNAUTHENTICATED", "Please sign in to continue.");
  const member = can(ctx.actor, "submission.read", institution.id);
  const central = can(ctx.actor, "submission.read-submitted", institution.id);
  // Anyone else is refused, as for the institution's other private pages.
  if (!member && !central) authorize(ctx.actor, "submission.read", institution.id);
  const rows = await ctx.db
    .select({
      id: submission.id,
      windowCloses: submission.windowCloses,
      stage: submission.stage,
      state: submission.state,
      templateName: template.name,
      templateVersion: templateVersion.number,
      latestVersion: submission.latestVersion,
      submittedAt: submission.submittedAt,
      updatedAt: submission.updatedAt,
    })
    .from(submission)
    .innerJoin(templateVersion, eq(templateVersion.id, submission.templateVersionId))
    .innerJoin(template, eq(template.id, templateVersion.templateId))
    .where(
      and(
        eq(submission.institutionId, institution.id),
        isNull(submission.deletedAt),
        member ? undefined : eq(submission.state, "submitted"),
      ),
    )
    .orderBy(desc(submission.windowCloses));
  return {
    items: rows.map((r) => ({
      ...r,
      state: r.state as SubmissionState,
      stateLabel: STATE_LABELS[r.state as SubmissionState],
      windowLabel: windowLabel(r.windowCloses),
    })),
    allowed: { start: can(ctx.actor, "submission.start", institution.id) },
  };
}
