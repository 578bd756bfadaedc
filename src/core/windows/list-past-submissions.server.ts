import { and, desc, eq, isNull } from "drizzle-orm";
import { evidenceFile, submissionHistory } from "../../db/schema";
import type { UseCaseContext } from "../context";
import { institutionFor } from "../people/institution-for.server";
import { can } from "../policy";
import { type PastSubmissionRow, pastSubmissionColumns } from "./past-submission-view.server";

export type PastSubmission = PastSubmissionRow & {
  file: { fileName: string; sizeBytes: number } | null;
};

export type PastSubmissions = {
  items: PastSubmission[];
  allowed: { manage: boolean };
};

/** The institution's recorded past submissions, newest first (members only). */
export async function listPastSubmissions(ctx: UseCaseContext, slug: string): Promise<PastSubmissions> {
  const institution = await institutionFor(ctx, slug, "submission-history.read");
  const rows = await ctx.db
    .select({ ...pastSubmissionColumns, fileName: evidenceFile.fileName, sizeBytes: evidenceFile.sizeBytes })
    .from(submissionHistory)
    .leftJoin(evidenceFile, eq(evidenceFile.evidenceId, submissionHistory.evidenceId))
    .where(and(eq(submissionHistory.institutionId, institution.id), isNull(submissionHistory.deletedAt)))
    .orderBy(desc(submissionHistory.submittedOn), desc(submissionHistory.createdAt));
  return {
    items: rows.map(({ fileName, sizeBytes, ...r }) => ({
      ...r,
      file: fileName ? { fileName, sizeBytes: sizeBytes ?? 0 } : null,
    })),
    allowed: { manage: can(ctx.actor, "submission-history.manage", institution.id) },
  };
}
