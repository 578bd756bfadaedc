import type { Tx } from "../../db/types";
import { demoPdf } from "../../demo/demo-pdf";
import type { DemoEvidence } from "../../demo/evidence";
import type { UseCaseContext } from "../context";
import { createEvidence } from "../evidence/create-evidence.server";
import { linkEvidence } from "../evidence/link-evidence.server";
import { listLinkTargets } from "../plans/list-link-targets.server";
import { demoLeads } from "./demo-leads.server";

/**
 * Loads the demo evidence through the use-cases, as each institution's lead, after the demo plans
 * (links name actions by title: the newest plan's action of that title).
 */
export async function loadDemoEvidence(
  tx: Tx,
  deps: Omit<UseCaseContext, "actor" | "db">,
  items: DemoEvidence[],
): Promise<void> {
  const { leads } = await demoLeads(
    tx,
    items.map((i) => i.institutionSlug),
  );
  for (const demo of items) {
    const { institutionSlug: slug, consent, file, linkTo = [], ...fields } = demo;
    const ctx: UseCaseContext = { ...deps, db: tx, actor: leads.get(slug)! };
    const created = await createEvidence(ctx, slug, fields, {
      consent,
      file: file ? { name: file.name, bytes: demoPdf(file.lines) } : null,
      isDemo: true,
    });
    const actions = linkTo.some((l) => l.actionTitle) ? await listLinkTargets(ctx, slug) : [];
    for (const link of linkTo) {
      if (link.talent) {
        await linkEvidence(ctx, slug, created.id, {
          target: "talent",
          talentId: `talent-${String(link.talent).padStart(2, "0")}`,
        });
        continue;
      }
      const action = actions.find((a) => a.title === link.actionTitle && (!link.rating || a.ratings.length));
      if (!action)
        throw new Error(
          `Demo evidence "${fields.title}" names an action that is not in the demo: ${link.actionTitle}`,
        );
      const rating = link.rating ? action.ratings.at(-1) : undefined;
      await linkEvidence(
        ctx,
        slug,
        created.id,
        rating
          ? { target: "rating", actionId: action.id, ratingId: rating.id }
          : { target: "action", actionId: action.id },
      );
    }
  }
}
