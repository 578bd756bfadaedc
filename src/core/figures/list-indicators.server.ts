import { and, asc, eq, isNull } from "drizzle-orm";
import { indicator } from "../../db/schema";
import type { UseCaseContext } from "../context";
import { institutionFor } from "../people/institution-for.server";
import { indicatorColumns } from "./figure-access.server";
import { type IndicatorFigures, loadObservations, summariseIndicator } from "./indicator-view.server";

/**
 * The institution's indicators, by category and name, each with its figures in period order and
 * what is derived from them. Members only: anyone else is refused as for the members' list.
 */
export async function listIndicators(ctx: UseCaseContext, slug: string): Promise<IndicatorFigures[]> {
  const institution = await institutionFor(ctx, slug, "figure.read");
  const rows = await ctx.db
    .select(indicatorColumns)
    .from(indicator)
    .where(and(eq(indicator.institutionId, institution.id), isNull(indicator.deletedAt)))
    .orderBy(asc(indicator.category), asc(indicator.name));
  const figures = await loadObservations(
    ctx.db,
    rows.map((r) => r.id),
  );
  return rows.map((row) => summariseIndicator(ctx.actor, row, figures.get(row.id) ?? []));
}
