import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { institutionSchedule, organization, submissionHistory } from "../../db/schema";
import type { DbOrTx } from "../../db/types";
import {
  type DeadlineStatus,
  deadlineStatus,
  type NextWindow,
  nextWindow,
  normaliseDueMonths,
} from "./windows";

export type Deadline = {
  institution: { id: string; slug: string; name: string; type: string; signingDate: string | null };
  /** The months its windows close in (January and July unless it keeps the older timetable). */
  dueMonths: number[];
  hasOwnSchedule: boolean;
  /** The latest recorded submission, which the renewal rule counts from. */
  lastSubmission: { stage: string; submittedOn: string } | null;
  /** Null when there is neither a signing date nor a submission, or for a supporter (who never submits). */
  next: (NextWindow & DeadlineStatus) | null;
};

/**
 * What the rules need for each signatory institution (signing date, latest submission, its own
 * due months), with the next window worked out at `now`; all institutions when `ids` is undefined.
 * Callers authorise first: this reads across institutions.
 */
export async function loadDeadlines(db: DbOrTx, now: Date, ids?: string[]): Promise<Deadline[]> {
  const latest = db
    .select({
      institutionId: submissionHistory.institutionId,
      submittedOn: sql<string>`max(${submissionHistory.submittedOn})::text`.as("submitted_on"),
    })
    .from(submissionHistory)
    .where(isNull(submissionHistory.deletedAt))
    .groupBy(submissionHistory.institutionId)
    .as("latest");
  const rows = await db
    .select({
      id: organization.id,
      slug: organization.slug,
      name: organization.name,
      type: organization.type,
      signingDate: organization.signingDate,
      dueMonths: institutionSchedule.dueMonths,
      lastSubmittedOn: latest.submittedOn,
      lastStage: sql<string | null>`(select ${submissionHistory.stage} from ${submissionHistory}
        where ${submissionHistory.institutionId} = ${organization.id} and ${submissionHistory.deletedAt} is null
        order by ${submissionHistory.submittedOn} desc, ${submissionHistory.createdAt} desc limit 1)`,
    })
    .from(organization)
    .leftJoin(institutionSchedule, eq(institutionSchedule.institutionId, organization.id))
    .leftJoin(latest, eq(latest.institutionId, organization.id))
    .where(and(isNull(organization.deletedAt), ids ? inArray(organization.id, ids) : undefined))
    .orderBy(organization.name);
  return rows.map((r) => {
    const dueMonths = normaliseDueMonths(r.dueMonths);
    const window =
      r.type === "signatory"
        ? nextWindow({ signedOn: r.signingDate, lastSubmittedOn: r.lastSubmittedOn }, dueMonths)
        : null;
    return {
      institution: { id: r.id, slug: r.slug, name: r.name, type: r.type, signingDate: r.signingDate },
      dueMonths,
      hasOwnSchedule: Boolean(r.dueMonths?.length),
      lastSubmission:
        r.lastSubmittedOn && r.lastStage ? { stage: r.lastStage, submittedOn: r.lastSubmittedOn } : null,
      next: window && { ...window, ...deadlineStatus(window.closesOn, now) },
    };
  });
}
