import type { Tx } from "../../db/types";
import { demoPdf } from "../../demo/demo-pdf";
import { DEMO_PAST_SUBMISSIONS, type DemoPastSubmission } from "../../demo/submission-history";
import type { UseCaseContext } from "../context";
import { recordPastSubmission } from "../windows/record-past-submission.server";
import { demoLeads } from "./demo-leads.server";

/** Records the seeds' 2024 submissions through the use-case, as each institution's lead. */
export async function loadDemoWindows(
  tx: Tx,
  deps: Omit<UseCaseContext, "actor" | "db">,
  items: DemoPastSubmission[] = DEMO_PAST_SUBMISSIONS,
): Promise<void> {
  const { leads } = await demoLeads(
    tx,
    items.map((i) => i.institutionSlug),
  );
  for (const { institutionSlug: slug, file, ...fields } of items) {
    const ctx: UseCaseContext = { ...deps, db: tx, actor: leads.get(slug)! };
    await recordPastSubmission(ctx, slug, fields, {
      file: file ? { name: file.name, bytes: demoPdf(file.lines) } : null,
      isDemo: true,
    });
  }
}
