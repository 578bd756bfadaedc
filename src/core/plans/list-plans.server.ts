import { desc } from "drizzle-orm";
import { plan } from "../../db/schema";
import type { UseCaseContext } from "../context";
import { getInstitution } from "../institutions/get-institution.server";
import { currentPlan } from "./current-plan";
import { type PlanRow, planColumns, visiblePlans } from "./plan-access.server";
import { todayInLondon } from "./today";

export type PlanSummary = PlanRow & { isCurrent: boolean };

/**
 * The institution's plans this actor may read: all of them for members, the published ones for
 * everyone else. Newest period first; the current plan is marked.
 */
export async function listPlans(ctx: UseCaseContext, slug: string): Promise<PlanSummary[]> {
  const institution = await getInstitution(ctx, slug);
  const rows = await ctx.db
    .select(planColumns)
    .from(plan)
    .where(visiblePlans(ctx, institution.id))
    .orderBy(desc(plan.startsOn), desc(plan.createdAt));
  const current = currentPlan(rows, todayInLondon());
  return rows.map((r) => ({ ...r, isCurrent: r.id === current?.id }));
}
