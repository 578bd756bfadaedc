import type { UseCaseContext } from "../context";
import type { SnapshotPlan } from "../submissions/snapshot-types";
import { getPlan } from "./get-plan.server";

/**
 * A plan as plain JSON: its period, scale, pillar aims and every action with its current rating.
 * What a submission freezes, and what the plan's exports (PDF, Word, Excel, CSV) print.
 */
export async function readPlanSnapshot(
  ctx: UseCaseContext,
  slug: string,
  planId: string,
): Promise<SnapshotPlan> {
  const p = await getPlan(ctx, slug, planId);
  return {
    id: p.plan.id,
    title: p.plan.title,
    startsOn: p.plan.startsOn,
    endsOn: p.plan.endsOn,
    status: p.plan.status,
    ragScale: p.plan.ragScale,
    pillarAims: p.plan.pillarAims,
    actions: p.actions.map((a) => ({
      id: a.id,
      ref: a.displayNumber,
      title: a.title,
      pillars: a.pillars,
      primaryPillar: a.primaryPillar,
      notes: a.notes,
      aims: a.aims,
      miniGoals: a.miniGoals,
      plannedOutcomes: a.plannedOutcomes,
      markers: a.markers.map((m) => ({ id: m.id, text: m.text })),
      timescaleText: a.timescaleText,
      owner: a.owner,
      leadName: a.leadName,
      retired: Boolean(a.retiredAt),
      rating: a.currentRating
        ? {
            level: a.currentRating.level,
            label: a.currentRating.label,
            colour: a.currentRating.colour,
            commentary: a.currentRating.commentary,
            assessedOn: a.currentRating.assessedOn,
          }
        : null,
    })),
  };
}
