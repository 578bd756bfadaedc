import { pillarName } from "../plans/charter-data";
import { PILLARS } from "../plans/plan-types";
import type { SectionContext } from "./sections/context";
import type { SubmissionSnapshot } from "./snapshot-types";

/**
 * What a frozen version's sections are read against: its own copies of the plans, evidence and
 * recommendations, never today's, so a version reads as it was signed.
 */
export function snapshotContext(snapshot: SubmissionSnapshot): SectionContext {
  const plans = [snapshot.previousPlan, snapshot.newPlan].filter((p) => p !== null);
  return {
    slug: snapshot.institution.slug,
    plans: plans.map((p) => ({
      id: p.id,
      title: p.title,
      startsOn: p.startsOn,
      endsOn: p.endsOn,
      status: p.status,
    })),
    actions: (snapshot.newPlan?.actions ?? [])
      .filter((a) => !a.retired)
      .map((a) => ({ id: a.id, ref: a.ref, title: a.title, pillars: a.pillars })),
    pillars: PILLARS.map((id) => ({ id, name: pillarName(id) })),
    events: snapshot.evidence
      .filter((e) => e.kind === "event")
      .map((e) => ({ id: e.id, title: e.title, occurredOn: e.occurredOn, attendance: null })),
    evidence: snapshot.evidence.map((e) => ({ id: e.id, title: e.title, kind: e.kind })),
    recommendations: snapshot.talentRecommendations,
    crossReferenceSchemes: snapshot.template.content.crossReferenceSchemes,
    talentMode: snapshot.template.content.talentMode,
  };
}

/** Bound figures as the version shows them: the values frozen with it. */
export function snapshotFigures(
  snapshot: SubmissionSnapshot,
): Record<string, { label: string; text: string }> {
  return Object.fromEntries(
    (snapshot.figureFacts ?? []).map((f) => [f.ref, { label: f.label, text: f.display }]),
  );
}
