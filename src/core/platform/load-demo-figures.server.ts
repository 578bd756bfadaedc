import { inArray } from "drizzle-orm";
import { indicator } from "../../db/schema";
import type { Tx } from "../../db/types";
import type { DemoIndicator } from "../../demo/figures";
import type { UseCaseContext } from "../context";
import { createIndicator } from "../figures/create-indicator.server";
import { recordObservation } from "../figures/record-observation.server";
import { demoLeads } from "./demo-leads.server";

/** How the demo plans name an indicator: by institution and name (ids are made when loading). */
export const demoIndicatorKey = (slug: string, name: string) => `${slug}/${name}`;

/**
 * Loads the demo indicators and their figures through the use-cases, as each institution's lead.
 * Returns their ids by `demoIndicatorKey`, for the demo markers of success that point at them.
 */
export async function loadDemoFigures(
  tx: Tx,
  deps: Omit<UseCaseContext, "actor" | "db">,
  indicators: DemoIndicator[],
): Promise<Map<string, string>> {
  const { leads } = await demoLeads(
    tx,
    indicators.map((i) => i.institutionSlug),
  );
  const ids = new Map<string, string>();
  for (const demo of indicators) {
    const ctx: UseCaseContext = { ...deps, db: tx, actor: leads.get(demo.institutionSlug)! };
    const { observations, institutionSlug: slug, ...fields } = demo;
    const created = await createIndicator(ctx, slug, fields);
    ids.set(demoIndicatorKey(slug, demo.name), created.id);
    for (const o of observations) await recordObservation(ctx, slug, created.id, o);
  }
  if (ids.size)
    await tx
      .update(indicator)
      .set({ isDemo: true })
      .where(inArray(indicator.id, [...ids.values()]));
  return ids;
}
