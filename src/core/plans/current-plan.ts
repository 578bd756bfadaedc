import type { IsoDate, PlanStatus } from "./plan-types";

/**
 * The plan an institution is working to today: the published plan whose period includes today
 * (the latest start if periods overlap). Failing that, the newest plan with status "approved"
 * (by approval time), so a plan signed off but not yet published shows before its period starts.
 * A published plan whose period does not include today is history, not a fallback; drafts never count.
 */
export function currentPlan<
  T extends { id: string; status: PlanStatus; startsOn: IsoDate; endsOn: IsoDate; approvedAt: Date | null },
>(plans: T[], today: IsoDate): T | null {
  let best: T | null = null;
  for (const plan of plans) {
    if (plan.status !== "published" || plan.startsOn > today || plan.endsOn < today) continue;
    if (!best || plan.startsOn > best.startsOn) best = plan;
  }
  if (best) return best;
  for (const plan of plans) {
    if (plan.status !== "approved") continue;
    // An approved plan without an approval time (imported data) ranks below any dated one.
    if (!best || (plan.approvedAt?.getTime() ?? -1) > (best.approvedAt?.getTime() ?? -1)) best = plan;
  }
  return best;
}

/**
 * draft → approved (signed off) → published (public, and then fixed: corrections become a new
 * plan, because the public record must not change under readers). An approved plan may be
 * reopened to draft before it is published.
 */
const TRANSITIONS: Record<PlanStatus, readonly PlanStatus[]> = {
  draft: ["approved"],
  approved: ["published", "draft"],
  published: [],
};

/** The next step forward from a status, or null once published. */
export function nextStatus(from: PlanStatus): PlanStatus | null {
  return TRANSITIONS[from][0] ?? null;
}

export function canTransition(from: PlanStatus, to: PlanStatus): boolean {
  return TRANSITIONS[from].includes(to);
}
