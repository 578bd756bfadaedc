import { inArray } from "drizzle-orm";
import { indicator } from "../../db/schema";
import type { Tx } from "../../db/types";
import type { DemoGradeStructure, DemoIndicator } from "../../demo/figures";
import type { UseCaseContext } from "../context";
import { createGradeStructure } from "../figures/create-grade-structure.server";
import { createIndicator } from "../figures/create-indicator.server";
import { recordObservation } from "../figures/record-observation.server";
import { demoLeads } from "./demo-leads.server";

/** How the demo plans name an indicator: by institution and name (ids are made when loading). */
export const demoIndicatorKey = (slug: string, name: string) => `${slug}/${name}`;

/**
 * Loads the demo indicators with their figures, and the grade structures, through the use-cases,
 * as each institution's lead. Returns the indicators' ids by `demoIndicatorKey`, for the demo
 * markers of success that point at them.
 */
export async function loadDemoFigures(
  tx: Tx,
  deps: Omit<UseCaseContext, "actor" | "db">,
  indicators: DemoIndicator[],
  gradeStructures: DemoGradeStructure[] = [],
): Promise<Map<string, string>> {
  const { leads } = await demoLeads(tx, [
    ...indicators.map((i) => i.institutionSlug),
    ...gradeStructures.map((g) => g.institutionSlug),
  ]);
  const ids = new Map<string, string>();
  for (const demo of indicators) {
    const ctx: UseCaseContext = { ...deps, db: tx, actor: leads.get(demo.institutionSlug)! };
    const { observations, institutionSlug: slug, ...fields } = demo;
    const created = await createIndicator(ctx, slug, fields);
    ids.set(demoIndicatorKey(slug, demo.name), created.id);
    for (const o of observations) await recordObservation(ctx, slug, created.id, o);
  }
  for (const { institutionSlug: slug, ...fields } of gradeStructures) {
    await createGradeStructure({ ...deps, db: tx, actor: leads.get(slug)! }, slug, fields);
  }
  if (ids.size)
    await tx
      .update(indicator)
      .set({ isDemo: true })
      .where(inArray(indicator.id, [...ids.values()]));
  return ids;
}
