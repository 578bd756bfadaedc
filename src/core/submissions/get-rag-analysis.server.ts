import type { UseCaseContext } from "../context";
import { getPlan, type PlanOverview } from "../plans/get-plan.server";
import { can } from "../policy";
import { submissionFor } from "./submission-access.server";

export type RagAnalysis = {
  plan: Pick<PlanOverview["plan"], "id" | "title" | "startsOn" | "endsOn" | "ragScale"> | null;
  actions: PlanOverview["actions"];
  counts: PlanOverview["counts"] | null;
  /** A rating made here is a new, dated rating on the plan (written back). */
  allowed: { rate: boolean };
};

/**
 * The RAG analysis of the previous plan as it stands now: each action's current rating and the counts
 * by pillar and level (the same counts the plan page charts). A frozen version keeps its own copy.
 */
export async function getRagAnalysis(
  ctx: UseCaseContext,
  slug: string,
  submissionId: string,
): Promise<RagAnalysis> {
  const found = await submissionFor(ctx, slug, submissionId);
  const planId = found.submission.previousPlanId;
  if (!planId) return { plan: null, actions: [], counts: null, allowed: { rate: false } };
  const overview = await getPlan(ctx, slug, planId);
  return {
    plan: {
      id: overview.plan.id,
      title: overview.plan.title,
      startsOn: overview.plan.startsOn,
      endsOn: overview.plan.endsOn,
      ragScale: overview.plan.ragScale,
    },
    actions: overview.actions.filter((a) => !a.retiredAt),
    counts: overview.counts,
    allowed: {
      rate:
        overview.allowed.rate &&
        can(ctx.actor, "submission.edit", found.institution.id) &&
        found.submission.state !== "submitted",
    },
  };
}
