import type { UseCaseContext } from "../context";
import { listEvidenceChoices } from "../evidence/list-evidence-choices.server";
import { pillarName } from "../plans/charter-data";
import { getPlan } from "../plans/get-plan.server";
import { listPlans } from "../plans/list-plans.server";
import { PILLARS } from "../plans/plan-types";
import { listTalentRecommendations } from "../talent/list-talent-recommendations.server";
import type { SectionContext } from "./sections/context";
import type { SubmissionInContext } from "./submission-access.server";

/**
 * What a section's structured part chooses from: the institution's plans, the new plan's actions,
 * its evidence (events for consultations), the TALENT recommendations and the template's schemes.
 * Read through the other capabilities' use-cases, with the caller's own permissions.
 */
export async function sectionContext(
  ctx: UseCaseContext,
  found: SubmissionInContext,
): Promise<SectionContext> {
  const slug = found.institution.slug;
  const [plans, evidence, recommendations] = await Promise.all([
    listPlans(ctx, slug),
    listEvidenceChoices(ctx, slug),
    listTalentRecommendations(ctx),
  ]);
  const newPlan = found.submission.newPlanId ? await getPlan(ctx, slug, found.submission.newPlanId) : null;
  return {
    slug,
    plans: plans.map((p) => ({
      id: p.id,
      title: p.title,
      startsOn: p.startsOn,
      endsOn: p.endsOn,
      status: p.status,
    })),
    actions: (newPlan?.actions ?? [])
      .filter((a) => !a.retiredAt)
      .map((a) => ({ id: a.id, ref: a.displayNumber, title: a.title, pillars: a.pillars })),
    pillars: PILLARS.map((id) => ({ id, name: pillarName(id) })),
    events: evidence
      .filter((e) => e.kind === "event")
      .map((e) => ({ id: e.id, title: e.title, occurredOn: e.occurredOn, attendance: e.attendance })),
    evidence: evidence.map((e) => ({ id: e.id, title: e.title, kind: e.kind })),
    recommendations: recommendations.map((r) => ({ id: r.id, number: r.number, summary: r.summary })),
    crossReferenceSchemes: found.template.content.crossReferenceSchemes,
    talentMode: found.template.content.talentMode,
  };
}
