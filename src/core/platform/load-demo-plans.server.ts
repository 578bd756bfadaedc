import { inArray } from "drizzle-orm";
import { plan } from "../../db/schema";
import type { Tx } from "../../db/types";
import type { DemoPlan } from "../../demo/plans/demo-plan-types";
import type { UseCaseContext } from "../context";
import { carryForwardAction } from "../plans/carry-forward-action.server";
import { changePlanStatus } from "../plans/change-plan-status.server";
import { createAction } from "../plans/create-action.server";
import { createPlan } from "../plans/create-plan.server";
import type { ActionRow } from "../plans/plan-access.server";
import { rateAction } from "../plans/rate-action.server";
import { retireAction } from "../plans/retire-action.server";
import { updateAction } from "../plans/update-action.server";
import { demoLeads } from "./demo-leads.server";
import { demoIndicatorKey } from "./load-demo-figures.server";

type Deps = Omit<UseCaseContext, "actor" | "db">;

/**
 * Loads the demo plans through the same use-cases people use, acting as each institution's demo
 * lead, so the demo exercises the rules (numbering, red needs a reason, carry-forward links).
 * Order matters: plans and ratings first, then retirements (which may point at later plans'
 * actions), then approval and publication. `indicatorIds` (from loadDemoFigures, which runs first)
 * resolves the indicators that markers of success name.
 */
export async function loadDemoPlans(
  tx: Tx,
  deps: Deps,
  plans: DemoPlan[],
  indicatorIds: ReadonlyMap<string, string> = new Map(),
): Promise<void> {
  const { leads, memberIds } = await demoLeads(
    tx,
    plans.map((p) => p.institutionSlug),
  );
  const ctxFor = (slug: string): UseCaseContext => ({ ...deps, db: tx, actor: leads.get(slug)! });
  const actions = new Map<string, { slug: string; row: ActionRow }>();
  const planIds = new Map<string, string>();

  for (const demo of plans) {
    const ctx = ctxFor(demo.institutionSlug);
    const slug = demo.institutionSlug;
    const created = await createPlan(ctx, slug, {
      title: demo.title,
      startsOn: demo.startsOn,
      endsOn: demo.endsOn,
      ragScaleId: demo.ragScaleId,
      pillarAims: demo.pillarAims,
      previousPlanId: demo.previousKey ? planIds.get(demo.previousKey) : null,
    });
    planIds.set(demo.key, created.id);
    for (const a of demo.actions) {
      const fields = {
        title: a.title,
        pillars: a.pillars,
        primaryPillar: a.primaryPillar,
        aims: a.aims ?? "",
        plannedOutcomes: a.plannedOutcomes ?? [],
        miniGoals: a.miniGoals ?? [],
        markers: (a.markers ?? []).map(({ indicatorName, ...m }) => {
          if (!indicatorName) return m;
          const indicatorId = indicatorIds.get(demoIndicatorKey(slug, indicatorName));
          if (!indicatorId)
            throw new Error(`Demo action ${a.key} names an unknown indicator ${indicatorName}.`);
          return { ...m, indicatorId };
        }),
        timescaleText: a.timescaleText ?? "",
        owner: a.owner ?? "",
        leadMemberId: a.leadEmail ? (memberIds.get(a.leadEmail) ?? null) : null,
        leadName: a.leadName ?? "",
        notes: a.notes ?? "",
        referenceAsPublished: a.referenceAsPublished ?? "",
      };
      let row: ActionRow;
      const from = a.carriedFromKey ? actions.get(a.carriedFromKey) : undefined;
      if (a.carriedFromKey && !from)
        throw new Error(`Demo action ${a.key} carries an unknown ${a.carriedFromKey}.`);
      if (from) {
        const carried = await carryForwardAction(ctx, slug, from.row.id, { toPlanId: created.id });
        row = await updateAction(ctx, slug, carried.id, { ...fields, expectedVersion: carried.version });
      } else {
        row = await createAction(ctx, slug, created.id, fields);
      }
      actions.set(a.key, { slug, row });
      for (const r of a.ratings ?? []) {
        await rateAction(
          ctx,
          slug,
          row.id,
          {
            level: r.level,
            qualifier: r.qualifier ?? "",
            assessedOn: r.assessedOn,
            commentary: r.commentary ?? "",
            evidence: r.evidence ?? [],
          },
          { isDemo: Boolean(r.invented) },
        );
      }
    }
  }
  for (const demo of plans)
    for (const a of demo.actions) {
      if (!a.retired) continue;
      const { slug, row } = actions.get(a.key)!;
      await retireAction(ctxFor(slug), slug, row.id, {
        reason: a.retired.reason,
        supersededByActionId: a.retired.supersededByKey
          ? actions.get(a.retired.supersededByKey)?.row.id
          : null,
      });
    }
  for (const demo of plans) {
    const id = planIds.get(demo.key)!;
    const ctx = ctxFor(demo.institutionSlug);
    let version = 1;
    for (const to of demo.status === "draft"
      ? []
      : demo.status === "approved"
        ? ["approved"]
        : ["approved", "published"])
      version = (await changePlanStatus(ctx, demo.institutionSlug, id, { to, expectedVersion: version }))
        .version;
  }
  await tx
    .update(plan)
    .set({ isDemo: true })
    .where(inArray(plan.id, [...planIds.values()]));
}
