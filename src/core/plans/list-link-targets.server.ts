import { and, asc, desc, inArray, isNull } from "drizzle-orm";
import { plan, planAction, rating } from "../../db/schema";
import type { UseCaseContext } from "../context";
import { getInstitution } from "../institutions/get-institution.server";
import { displayNumbers } from "./numbering";
import { visiblePlans } from "./plan-access.server";
import type { Marker, Pillar } from "./plan-types";
import { ratingLabel } from "./rag";

export type LinkTargetAction = {
  id: string;
  planId: string;
  planTitle: string;
  /** e.g. "VISIBILITY 1". */
  number: string;
  title: string;
  pillars: string[];
  markers: { id: string; text: string }[];
  ratings: { id: string; label: string; assessedOn: string }[];
};

/**
 * What evidence can be linked to in an institution, as this actor may see it: every action of its
 * plans (newest plan first) with its markers (those with a stable id) and its ratings. A plan
 * holds tens of actions, so three queries answer the whole list.
 */
export async function listLinkTargets(ctx: UseCaseContext, slug: string): Promise<LinkTargetAction[]> {
  const institution = await getInstitution(ctx, slug);
  const plans = await ctx.db
    .select({ id: plan.id, title: plan.title, ragScale: plan.ragScale })
    .from(plan)
    .where(visiblePlans(ctx, institution.id))
    .orderBy(desc(plan.startsOn), desc(plan.createdAt));
  if (!plans.length) return [];
  const actions = await ctx.db
    .select({
      id: planAction.id,
      planId: planAction.planId,
      title: planAction.title,
      pillars: planAction.pillars,
      primaryPillar: planAction.primaryPillar,
      position: planAction.position,
      markers: planAction.markers,
    })
    .from(planAction)
    .where(
      and(
        inArray(
          planAction.planId,
          plans.map((p) => p.id),
        ),
        isNull(planAction.deletedAt),
      ),
    )
    .orderBy(asc(planAction.position));
  const ratings = actions.length
    ? await ctx.db
        .select({
          id: rating.id,
          actionId: rating.actionId,
          level: rating.level,
          assessedOn: rating.assessedOn,
        })
        .from(rating)
        .where(
          and(
            inArray(
              rating.actionId,
              actions.map((a) => a.id),
            ),
            isNull(rating.deletedAt),
          ),
        )
        .orderBy(asc(rating.assessedOn), asc(rating.createdAt))
    : [];
  return plans.flatMap((p) => {
    const own = actions.filter((a) => a.planId === p.id);
    const numbers = displayNumbers(
      own.map((a) => ({ id: a.id, primaryPillar: a.primaryPillar as Pillar, position: a.position })),
    );
    return own.map((a) => ({
      id: a.id,
      planId: p.id,
      planTitle: p.title,
      number: numbers.get(a.id)?.label ?? "",
      title: a.title,
      pillars: a.pillars,
      markers: (a.markers as Marker[]).flatMap((m) => (m.id ? [{ id: m.id, text: m.text }] : [])),
      ratings: ratings
        .filter((r) => r.actionId === a.id)
        .map((r) => ({ id: r.id, label: ratingLabel(p.ragScale, r.level), assessedOn: r.assessedOn })),
    }));
  });
}
