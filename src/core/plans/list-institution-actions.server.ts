import { and, asc, desc, eq, isNull } from "drizzle-orm";
import { plan, planAction } from "../../db/schema";
import type { UseCaseContext } from "../context";
import { getInstitution } from "../institutions/get-institution.server";
import { displayNumbers } from "./numbering";
import { visiblePlans } from "./plan-access.server";
import type { Pillar } from "./plan-types";

export type InstitutionActionsGroup = {
  planId: string;
  planTitle: string;
  actions: { id: string; title: string; shortNumber: string; retired: boolean }[];
};

/**
 * Every action of the institution's plans that this actor may read, grouped by plan (newest
 * first), with derived short numbers: what a "superseded by" choice needs, in two queries.
 */
export async function listInstitutionActions(
  ctx: UseCaseContext,
  slug: string,
): Promise<InstitutionActionsGroup[]> {
  const institution = await getInstitution(ctx, slug);
  const plans = await ctx.db
    .select({ id: plan.id, title: plan.title })
    .from(plan)
    .where(visiblePlans(ctx, institution.id))
    .orderBy(desc(plan.startsOn), desc(plan.createdAt));
  const rows = await ctx.db
    .select({
      id: planAction.id,
      planId: planAction.planId,
      title: planAction.title,
      primaryPillar: planAction.primaryPillar,
      position: planAction.position,
      retiredAt: planAction.retiredAt,
    })
    .from(planAction)
    .where(and(eq(planAction.institutionId, institution.id), isNull(planAction.deletedAt)))
    .orderBy(asc(planAction.position));
  return plans.map((p) => {
    const actions = rows.filter((r) => r.planId === p.id);
    const numbers = displayNumbers(
      actions.map((a) => ({ id: a.id, primaryPillar: a.primaryPillar as Pillar, position: a.position })),
    );
    return {
      planId: p.id,
      planTitle: p.title,
      actions: actions.map((a) => ({
        id: a.id,
        title: a.title,
        shortNumber: numbers.get(a.id)?.shortLabel ?? "",
        retired: Boolean(a.retiredAt),
      })),
    };
  });
}
