import { and, asc, desc, eq, isNull } from "drizzle-orm";
import { evidenceItem } from "../../db/schema";
import type { UseCaseContext } from "../context";
import { evidenceInstitution } from "./evidence-access.server";
import type { EvidenceDetails, EvidenceKind } from "./evidence-types";

export type EvidenceChoice = {
  id: string;
  kind: EvidenceKind;
  title: string;
  occurredOn: string | null;
  /** Events only: how many came. */
  attendance: number | null;
};

/** The most a choice list offers; a library larger than this is searched instead (the library page). */
export const CHOICE_LIMIT = 2000;

/**
 * Every item of the institution's library as a short choice (newest first), for pickers that cite
 * evidence: a submission's evidence of impact and consultations. Same read rule as the library.
 */
export async function listEvidenceChoices(ctx: UseCaseContext, slug: string): Promise<EvidenceChoice[]> {
  const institution = await evidenceInstitution(ctx, slug);
  const rows = await ctx.db
    .select({
      id: evidenceItem.id,
      kind: evidenceItem.kind,
      title: evidenceItem.title,
      occurredOn: evidenceItem.occurredOn,
      details: evidenceItem.details,
    })
    .from(evidenceItem)
    .where(and(eq(evidenceItem.institutionId, institution.id), isNull(evidenceItem.deletedAt)))
    .orderBy(desc(evidenceItem.occurredOn), asc(evidenceItem.title))
    .limit(CHOICE_LIMIT);
  return rows.map(({ details, ...r }) => ({
    ...r,
    kind: r.kind as EvidenceKind,
    attendance: (details as EvidenceDetails | null)?.attendance ?? null,
  }));
}
