import { and, asc, eq, isNull } from "drizzle-orm";
import { plan, planAction } from "../../db/schema";
import type { UseCaseContext } from "../context";
import { can } from "../policy";
import { type ActionSummary, summariseActions } from "./action-summary";
import { countsByPillarAndLevel } from "./counts";
import { currentPlan } from "./current-plan";
import { loadRatings } from "./load-ratings.server";
import { actionColumns, type PlanInContext, planColumns, planFor } from "./plan-access.server";
import type { Pillar } from "./plan-types";
import { todayInLondon } from "./today";

export type PlanOverview = PlanInContext & {
  actions: ActionSummary[];
  counts: ReturnType<typeof countsByPillarAndLevel>;
  isCurrent: boolean;
  ratingCount: number;
  /** What the page may offer this actor; the use-cases still check every change. */
  allowed: { edit: boolean; approve: boolean; rate: boolean };
};

/** A plan with its actions in order, each with its derived number and current rating, and the counts. */
export async function getPlan(ctx: UseCaseContext, slug: string, planId: string): Promise<PlanOverview> {
  const found = await planFor(ctx, slug, planId);
  const period = { startsOn: found.plan.startsOn, endsOn: found.plan.endsOn };
  const rows = await ctx.db
    .select(actionColumns)
    .from(planAction)
    .where(and(eq(planAction.planId, planId), isNull(planAction.deletedAt)))
    .orderBy(asc(planAction.position));
  const ratings = await loadRatings(
    ctx.db,
    rows.map((r) => r.id),
  );
  const actions = summariseActions(rows, ratings, found.plan.ragScale, period);
  const counts = countsByPillarAndLevel(
    found.plan.ragScale,
    actions
      .filter((a) => !a.retiredAt)
      .map((a) => ({
        primaryPillar: a.primaryPillar as Pillar,
        currentLevel: a.currentRating?.level ?? null,
      })),
  );
  const siblings = await ctx.db
    .select(planColumns)
    .from(plan)
    .where(and(eq(plan.institutionId, found.institution.id), isNull(plan.deletedAt)));
  const id = found.institution.id;
  return {
    ...found,
    actions,
    counts,
    isCurrent: currentPlan(siblings, todayInLondon())?.id === planId,
    ratingCount: ratings.length,
    allowed: {
      edit: can(ctx.actor, "plan.edit", id),
      approve: can(ctx.actor, "plan.approve", id),
      rate: can(ctx.actor, "action.rate", id),
    },
  };
}
