import { inArray } from "drizzle-orm";
import { indicator } from "../../db/schema";
import type { Tx } from "../../db/types";
import type { DemoIndicator } from "../../demo/figures";
import type { UseCaseContext } from "../context";
import { createIndicator } from "../figures/create-indicator.server";
import { recordObservation } from "../figures/record-observation.server";
import { demoLeads } from "./demo-leads.server";

/** Loads the demo indicators and their figures through the use-cases, as each institution's lead. */
export async function loadDemoFigures(
  tx: Tx,
  deps: Omit<UseCaseContext, "actor" | "db">,
  indicators: DemoIndicator[],
): Promise<void> {
  const { leads } = await demoLeads(
    tx,
    indicators.map((i) => i.institutionSlug),
  );
  const ids: string[] = [];
  for (const demo of indicators) {
    const ctx: UseCaseContext = { ...deps, db: tx, actor: leads.get(demo.institutionSlug)! };
    const { observations, institutionSlug: slug, ...fields } = demo;
    const created = await createIndicator(ctx, slug, fields);
    ids.push(created.id);
    for (const o of observations) await recordObservation(ctx, slug, created.id, o);
  }
  if (ids.length) await tx.update(indicator).set({ isDemo: true }).where(inArray(indicator.id, ids));
}
