import { and, eq, exists, isNull, sql } from "drizzle-orm";
import { submission, submissionSignature, submissionVersion } from "../../db/schema";
import type { UseCaseContext } from "../context";
import { getInstitution } from "../institutions/get-institution.server";
import { authorize } from "../policy";
import { windowLabel } from "../windows/windows";

export type CitingVersion = {
  submissionId: string;
  windowCloses: string;
  windowLabel: string;
  number: number;
};

/**
 * The signed versions (at least one signature) whose snapshot cites an evidence item. Signed
 * material is a record of what was attested: the evidence capability refuses to delete what it
 * cites and flags it when a case study's consent is withdrawn.
 */
export async function listCitingVersions(
  ctx: UseCaseContext,
  slug: string,
  evidenceId: string,
): Promise<CitingVersion[]> {
  const institution = await getInstitution(ctx, slug);
  authorize(ctx.actor, "submission.read", institution.id);
  const rows = await ctx.db
    .select({
      submissionId: submission.id,
      windowCloses: submission.windowCloses,
      number: submissionVersion.number,
    })
    .from(submissionVersion)
    .innerJoin(submission, eq(submission.id, submissionVersion.submissionId))
    .where(
      and(
        eq(submissionVersion.institutionId, institution.id),
        isNull(submission.deletedAt),
        sql`${submissionVersion.snapshot}->'evidence' @> ${JSON.stringify([{ id: evidenceId }])}::jsonb`,
        exists(
          ctx.db
            .select({ one: sql`1` })
            .from(submissionSignature)
            .where(eq(submissionSignature.versionId, submissionVersion.id)),
        ),
      ),
    )
    .orderBy(submission.windowCloses, submissionVersion.number);
  return rows.map((r) => ({ ...r, windowLabel: windowLabel(r.windowCloses) }));
}
