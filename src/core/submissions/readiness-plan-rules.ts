import { addMonths, formatLongDate } from "../plans/timescale";
import type { Finding, Placed, ReadinessInput } from "./readiness";
import { planActionHref, planHref, sectionHref } from "./readiness-href";
import { actionName } from "./readiness-messages";
import { finding, isUnanswered, questionOf } from "./readiness-rules";

/*
 * The readiness check's rules about the two plans and the sections that present them (pure): the
 * previous plan's red ratings and age, the new plan's actions and pillars, the technician voice and
 * the public page. A warning about a section the template does not ask for is not given: the
 * template decides what a submission must show. Nor is one given beside the "not answered" that
 * already covers the same section.
 */

/** A previous plan that ended more than this long before the window is probably the wrong one to rate. */
export const OLD_PLAN_MONTHS = 12;

/** Whole months from `from` to `to`: 31 December 2021 to 31 July 2024 is 31. */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split("-").map(Number);
  const [ty, tm, td] = to.split("-").map(Number);
  return (ty! - fy!) * 12 + (tm! - fm!) - (td! < fd! ? 1 : 0);
}

function previousPlanFindings(input: ReadinessInput): Placed[] {
  const plan = input.previousPlan;
  if (!plan) return [];
  const rag = questionOf(input, "rag-analysis");
  const at = rag?.at ?? input.questions.length;
  const placed: Placed[] = [];
  for (const action of plan.actions) {
    const rating = action.rating;
    if (rating?.colour !== "red" || rating.commentary.trim()) continue;
    const href = rag ? sectionHref(rag.q.id, `action-${action.id}`) : planHref(plan.id);
    const params = { action: actionName(action), label: rating.label };
    placed.push({
      finding: finding(
        "red-without-explanation",
        "blocking",
        "red-without-explanation",
        params,
        href,
        action.id,
      ),
      at,
    });
  }
  // The LSTM seed rated a plan that ended in December 2021 in a July 2024 renewal.
  if (plan.endsOn < addMonths(input.windowCloses, -OLD_PLAN_MONTHS)) {
    const params = {
      title: plan.title,
      endsOn: formatLongDate(plan.endsOn),
      months: monthsBetween(plan.endsOn, input.windowCloses),
      closes: formatLongDate(input.windowCloses),
    };
    const href = rag ? sectionHref(rag.q.id) : planHref(plan.id);
    placed.push({
      finding: finding("previous-plan-old", "warning", "previous-plan-old", params, href, plan.id),
      at,
    });
  }
  return placed;
}

function newPlanFindings(input: ReadinessInput): Placed[] {
  const section = questionOf(input, "new-plan");
  const at = section?.at ?? input.questions.length;
  const plan = input.newPlan;
  if (!plan) {
    if (!section || isUnanswered(input, section.q)) return [];
    const href = sectionHref(section.q.id);
    return [{ finding: finding("no-new-plan", "warning", "no-new-plan", {}, href, section.q.id), at }];
  }
  const found: Finding[] = [];
  for (const a of plan.actions) {
    const params = { action: actionName(a) };
    const href = planActionHref(a.id);
    // Someone must answer for an action: a group (owner) or a person (lead). The seeds use one or
    // the other (Birmingham's owner is the steering group; LSTM names a committee lead), so only an
    // action with neither is worth a reviewer's question.
    if (!a.owner.trim() && !a.leadName.trim())
      found.push(finding("action-without-owner", "warning", "action-without-owner.both", params, href, a.id));
    if (!a.timescaleText.trim())
      found.push(
        finding("action-without-timescale", "warning", "action-without-timescale", params, href, a.id),
      );
    if (!a.markers.some((m) => m.trim()))
      found.push(finding("action-without-outcome", "warning", "action-without-outcome", params, href, a.id));
  }
  for (const pillar of plan.pillars) {
    if (plan.actions.some((a) => a.pillars.includes(pillar.id))) continue;
    const href = planHref(plan.id, pillar.id);
    found.push(
      finding(
        "pillar-without-action",
        "warning",
        "pillar-without-action",
        { pillar: pillar.name },
        href,
        pillar.id,
      ),
    );
  }
  return found.map((f) => ({ finding: f, at }));
}

function sectionWarnings(input: ReadinessInput): Placed[] {
  const placed: Placed[] = [];
  const voice = questionOf(input, "technician-voice");
  if (voice && !isUnanswered(input, voice.q) && input.technicianVoice.consultations === 0) {
    const href = sectionHref(voice.q.id);
    placed.push({
      finding: finding("no-technician-voice", "warning", "no-technician-voice", {}, href, voice.q.id),
      at: voice.at,
    });
  }
  const page = questionOf(input, "public-page");
  if (page && !isUnanswered(input, page.q) && !input.publicUrl?.trim()) {
    const href = sectionHref(page.q.id);
    placed.push({
      finding: finding("no-public-url", "warning", "no-public-url", {}, href, page.q.id),
      at: page.at,
    });
  }
  return placed;
}

export function planFindings(input: ReadinessInput): Placed[] {
  return [...previousPlanFindings(input), ...newPlanFindings(input), ...sectionWarnings(input)];
}
