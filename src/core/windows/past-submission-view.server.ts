import { submissionHistory } from "../../db/schema";

export const pastSubmissionColumns = {
  id: submissionHistory.id,
  institutionId: submissionHistory.institutionId,
  stage: submissionHistory.stage,
  submittedOn: submissionHistory.submittedOn,
  evidenceId: submissionHistory.evidenceId,
  note: submissionHistory.note,
  createdAt: submissionHistory.createdAt,
  createdBy: submissionHistory.createdBy,
  version: submissionHistory.version,
};
export type PastSubmissionRow = Pick<
  typeof submissionHistory.$inferSelect,
  keyof typeof pastSubmissionColumns
>;
