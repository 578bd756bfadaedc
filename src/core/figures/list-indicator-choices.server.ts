import { and, asc, eq, isNull } from "drizzle-orm";
import { indicator } from "../../db/schema";
import type { UseCaseContext } from "../context";
import { institutionFor } from "../people/institution-for.server";
import type { IndicatorLabel } from "./known-indicators.server";

/**
 * The institution's indicators by name, without their figures: what a form offers when something
 * (a marker of success) may point at one. Members only, as for the indicators themselves.
 */
export async function listIndicatorChoices(ctx: UseCaseContext, slug: string): Promise<IndicatorLabel[]> {
  const institution = await institutionFor(ctx, slug, "figure.read");
  return ctx.db
    .select({ id: indicator.id, name: indicator.name, unit: indicator.unit })
    .from(indicator)
    .where(and(eq(indicator.institutionId, institution.id), isNull(indicator.deletedAt)))
    .orderBy(asc(indicator.name));
}
