import { and, desc, eq, exists, inArray, isNull, lt, or, type SQL, sql } from "drizzle-orm";
import { z } from "zod";
import { consentRecord, evidenceFile, evidenceItem, evidenceLink, planAction } from "../../db/schema";
import type { UseCaseContext } from "../context";
import { decodeCursor, type PageOf, toPage, ZPage } from "../pagination";
import { PILLARS } from "../plans/plan-types";
import { can } from "../policy";
import { parseInput } from "../validate";
import { currentConsent, isShareable } from "./consent";
import { type EvidenceRow, evidenceColumns, evidenceInstitution } from "./evidence-access.server";
import { type ConsentStatus, EVIDENCE_KINDS } from "./evidence-types";

const blankToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);

export const ZListEvidenceInput = ZPage.extend({
  kind: z.preprocess(blankToUndefined, z.enum(EVIDENCE_KINDS, "Choose a kind from the list.").optional()),
  /** Items tagged with the pillar, or linked to an action under it. */
  pillar: z.preprocess(blankToUndefined, z.enum(PILLARS, "Choose a pillar from the list.").optional()),
  /** The calendar year of the item's date (or, without one, of when it was added). */
  year: z.preprocess(
    blankToUndefined,
    z.coerce.number("Enter a year such as 2024.").int().min(1900).max(2200).optional(),
  ),
  /** Words in the title or description. */
  q: z.preprocess(blankToUndefined, z.string().trim().max(200).optional()),
});
export type TListEvidenceInput = z.input<typeof ZListEvidenceInput>;

export type EvidenceListItem = EvidenceRow & {
  /** The date the library sorts and filters by. */
  dated: string;
  linkCount: number;
  file: { fileName: string; sizeBytes: number } | null;
  consent: ConsentStatus | "none";
  shareable: boolean;
};

export type EvidenceLibrary = PageOf<EvidenceListItem> & {
  years: number[];
  allowed: { add: boolean; manage: boolean };
};

const dated = sql<string>`coalesce(${evidenceItem.occurredOn}, (${evidenceItem.createdAt} at time zone 'Europe/London')::date)::text`;

/** The institution's evidence library, newest first, filtered by kind, pillar, year and words. */
export async function listEvidence(
  ctx: UseCaseContext,
  slug: string,
  input: TListEvidenceInput | Record<string, unknown> = {},
): Promise<EvidenceLibrary> {
  const institution = await evidenceInstitution(ctx, slug);
  const f = parseInput(ZListEvidenceInput, input);
  const after = decodeCursor(f.cursor);
  const where: (SQL | undefined)[] = [
    eq(evidenceItem.institutionId, institution.id),
    isNull(evidenceItem.deletedAt),
  ];
  if (f.kind) where.push(eq(evidenceItem.kind, f.kind));
  if (f.year) where.push(sql`extract(year from ${dated}::date) = ${f.year}`);
  if (f.q) {
    const like = `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(or(sql`${evidenceItem.title} ilike ${like}`, sql`${evidenceItem.description} ilike ${like}`));
  }
  if (f.pillar)
    where.push(
      or(
        sql`${f.pillar} = any(${evidenceItem.pillars})`,
        exists(
          ctx.db
            .select({ one: sql`1` })
            .from(evidenceLink)
            .innerJoin(planAction, eq(planAction.id, evidenceLink.actionId))
            .where(
              and(
                eq(evidenceLink.evidenceId, evidenceItem.id),
                sql`${f.pillar} = any(${planAction.pillars})`,
              ),
            ),
        ),
      ),
    );
  if (after) {
    const [date = "", id = ""] = after.split("|");
    where.push(or(lt(dated, date), and(eq(dated, date), lt(evidenceItem.id, id))));
  }
  const rows = await ctx.db
    .select({
      ...evidenceColumns,
      dated,
      linkCount: sql<number>`(select count(*)::int from ${evidenceLink} where ${evidenceLink.evidenceId} = ${evidenceItem.id})`,
      fileName: evidenceFile.fileName,
      sizeBytes: evidenceFile.sizeBytes,
    })
    .from(evidenceItem)
    .leftJoin(evidenceFile, eq(evidenceFile.evidenceId, evidenceItem.id))
    .where(and(...where))
    .orderBy(desc(dated), desc(evidenceItem.id))
    .limit(f.limit + 1);
  const caseStudies = rows.filter((r) => r.kind === "case-study").map((r) => r.id);
  const consents = caseStudies.length
    ? await ctx.db
        .select({
          evidenceId: consentRecord.evidenceId,
          status: consentRecord.status,
          on: consentRecord.on,
          recordedAt: consentRecord.recordedAt,
        })
        .from(consentRecord)
        .where(
          and(
            eq(consentRecord.institutionId, institution.id),
            inArray(consentRecord.evidenceId, caseStudies),
          ),
        )
    : [];
  const years = await ctx.db
    .selectDistinct({ year: sql<number>`extract(year from ${dated}::date)::int` })
    .from(evidenceItem)
    .where(and(eq(evidenceItem.institutionId, institution.id), isNull(evidenceItem.deletedAt)));
  const items = rows.map(({ fileName, sizeBytes, ...r }) => {
    const consent =
      r.kind === "case-study"
        ? currentConsent(consents.filter((c) => c.evidenceId === r.id))
        : ("none" as const);
    return {
      ...r,
      file: fileName ? { fileName, sizeBytes: sizeBytes ?? 0 } : null,
      consent,
      shareable: isShareable(r.kind, consent),
    };
  });
  return {
    ...toPage(items, f.limit, (r) => `${r.dated}|${r.id}`),
    years: years.map((y) => y.year).sort((a, b) => b - a),
    allowed: {
      add: can(ctx.actor, "evidence.add", institution.id),
      manage: can(ctx.actor, "evidence.manage", institution.id),
    },
  };
}
