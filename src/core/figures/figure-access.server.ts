import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { indicator, observation } from "../../db/schema";
import type { DbOrTx } from "../../db/types";
import type { UseCaseContext } from "../context";
import { AppError, notFound } from "../errors";
import { getInstitution, type InstitutionWithRole } from "../institutions/get-institution.server";
import { type Action, authorize, can } from "../policy";

export const indicatorColumns = {
  id: indicator.id,
  institutionId: indicator.institutionId,
  name: indicator.name,
  definition: indicator.definition,
  unit: indicator.unit,
  category: indicator.category,
  breakdownKeys: indicator.breakdownKeys,
  isDemo: indicator.isDemo,
  createdAt: indicator.createdAt,
  updatedAt: indicator.updatedAt,
  version: indicator.version,
};
export type IndicatorRow = Pick<typeof indicator.$inferSelect, keyof typeof indicatorColumns>;

export const observationColumns = {
  id: observation.id,
  indicatorId: observation.indicatorId,
  institutionId: observation.institutionId,
  period: observation.period,
  periodStart: observation.periodStart,
  periodEnd: observation.periodEnd,
  value: observation.value,
  numerator: observation.numerator,
  denominator: observation.denominator,
  breakdown: observation.breakdown,
  provisional: observation.provisional,
  asOf: observation.asOf,
  note: observation.note,
  createdAt: observation.createdAt,
  updatedAt: observation.updatedAt,
  version: observation.version,
};
export type ObservationRow = Pick<typeof observation.$inferSelect, keyof typeof observationColumns>;

/**
 * Figures are private to the institution's members. Anyone else is told the indicator does not
 * exist, so one institution cannot learn what another counts; the anonymous are asked to sign in.
 * Checked before the lookup, so the answer is the same whether or not the id exists.
 */
function authorizeFigureRead(ctx: UseCaseContext, institutionId: string): void {
  if (can(ctx.actor, "figure.read", institutionId)) return;
  if (ctx.actor.kind === "anonymous") throw new AppError("UNAUTHENTICATED", "Please sign in to continue.");
  throw notFound("The indicator");
}

export type IndicatorInContext = { institution: InstitutionWithRole; indicator: IndicatorRow };

/**
 * The indicator named in the URL, within the institution named in the URL, checked for reading and
 * then for `action` (a signatory may read but not edit: FORBIDDEN, since they can see it exists).
 */
export async function indicatorFor(
  ctx: UseCaseContext,
  slug: string,
  indicatorId: string,
  action: Action = "figure.read",
): Promise<IndicatorInContext> {
  const institution = await getInstitution(ctx, slug);
  authorizeFigureRead(ctx, institution.id);
  if (!isUuid(indicatorId)) throw notFound("The indicator");
  // The institution is part of the lookup: another institution's id under this slug finds nothing.
  const [row] = await ctx.db
    .select(indicatorColumns)
    .from(indicator)
    .where(
      and(
        eq(indicator.id, indicatorId),
        eq(indicator.institutionId, institution.id),
        isNull(indicator.deletedAt),
      ),
    );
  if (!row) throw notFound("The indicator");
  authorize(ctx.actor, action, institution.id);
  return { institution, indicator: row };
}

/** Malformed ids are simply not found (PostgreSQL would otherwise reject them with a 500). */
export const isUuid = (id: string) => z.uuid().safeParse(id).success;

/** A PostgreSQL unique violation (23505), as node-postgres or PGlite raise it, possibly wrapped by Drizzle. */
export function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error; e && typeof e === "object"; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: unknown }).code === "23505") return true;
  }
  return false;
}

/**
 * A live figure of the indicator, or null. The indicator is part of the lookup, so a figure of
 * another indicator (or institution) under this indicator's address is not found.
 */
export async function liveObservation(
  db: DbOrTx,
  indicatorId: string,
  observationId: string,
): Promise<ObservationRow | null> {
  if (!isUuid(observationId)) return null;
  const [row] = await db
    .select(observationColumns)
    .from(observation)
    .where(
      and(
        eq(observation.id, observationId),
        eq(observation.indicatorId, indicatorId),
        isNull(observation.deletedAt),
      ),
    );
  return row ?? null;
}
