import { and, eq, isNull } from "drizzle-orm";
import { submission, template, templateVersion } from "../../db/schema";
import type { UseCaseContext } from "../context";
import { AppError, notFound } from "../errors";
import { getInstitution, type InstitutionWithRole } from "../institutions/get-institution.server";
import { isUuid } from "../plans/plan-access.server";
import { type Action, authorize, can } from "../policy";
import { type TemplateContent, ZTemplateContent } from "../templates/template-types";
import type { SubmissionState } from "./submission-rules";

export const submissionColumns = {
  id: submission.id,
  institutionId: submission.institutionId,
  templateVersionId: submission.templateVersionId,
  windowCloses: submission.windowCloses,
  stage: submission.stage,
  state: submission.state,
  previousPlanId: submission.previousPlanId,
  newPlanId: submission.newPlanId,
  latestVersion: submission.latestVersion,
  submittedAt: submission.submittedAt,
  submittedBy: submission.submittedBy,
  isDemo: submission.isDemo,
  createdAt: submission.createdAt,
  createdBy: submission.createdBy,
  updatedAt: submission.updatedAt,
  updatedBy: submission.updatedBy,
  version: submission.version,
};
export type SubmissionRow = Pick<typeof submission.$inferSelect, keyof typeof submissionColumns>;

export type TemplateVersionInfo = {
  id: string;
  key: string;
  name: string;
  number: number;
  verified: boolean;
  content: TemplateContent;
};

export type SubmissionInContext = {
  institution: InstitutionWithRole;
  submission: SubmissionRow & { state: SubmissionState };
  template: TemplateVersionInfo;
};

/** The template version a submission keeps, with its content checked on the way out. */
export async function templateVersionById(ctx: UseCaseContext, id: string): Promise<TemplateVersionInfo> {
  const [row] = await ctx.db
    .select({
      id: templateVersion.id,
      key: template.key,
      name: template.name,
      number: templateVersion.number,
      verified: templateVersion.verified,
      content: templateVersion.content,
    })
    .from(templateVersion)
    .innerJoin(template, eq(template.id, templateVersion.templateId))
    .where(eq(templateVersion.id, id));
  if (!row) throw notFound("The template version");
  return { ...row, content: ZTemplateContent.parse(row.content) };
}

/**
 * Finds a submission of the institution in the URL. Members read their own institution's, drafts
 * included; the central team reads submitted ones only. Anyone else gets "not found", so a draft's
 * existence never leaks. `change` names the permission a write needs.
 */
export async function submissionFor(
  ctx: UseCaseContext,
  slug: string,
  submissionId: string,
  change?: Action,
): Promise<SubmissionInContext> {
  const institution = await getInstitution(ctx, slug);
  if (ctx.actor.kind === "anonymous") throw new AppError("UNAUTHENTICATED", "Please sign in to continue.");
  if (!isUuid(submissionId)) throw notFound("The submission");
  const [row] = await ctx.db
    .select(submissionColumns)
    .from(submission)
    .where(
      and(
        eq(submission.id, submissionId),
        eq(submission.institutionId, institution.id),
        isNull(submission.deletedAt),
      ),
    );
  if (!row) throw notFound("The submission");
  const readable =
    can(ctx.actor, "submission.read", institution.id) ||
    (row.state === "submitted" && can(ctx.actor, "submission.read-submitted", institution.id));
  if (!readable) throw notFound("The submission");
  if (change) authorize(ctx.actor, change, institution.id);
  return {
    institution,
    submission: row as SubmissionRow & { state: SubmissionState },
    template: await templateVersionById(ctx, row.templateVersionId),
  };
}
