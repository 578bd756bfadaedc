import type { FixtureHelpers } from "./route-access";

type FreshPlan = Awaited<ReturnType<FixtureHelpers["newPlan"]>>;

const made = new WeakMap<FixtureHelpers, Map<string, Promise<FreshPlan>>>();

/**
 * For the plan pages' `access` fixtures: one fresh plan per request of the isolation test (it
 * hands `params` and `body` the same helpers), so a form's hidden version matches the plan in
 * its URL. `key` tells apart two plans of one request (an action and the plan it is carried to).
 */
export function planOf(h: FixtureHelpers, status: "draft" | "published", key = "main"): Promise<FreshPlan> {
  let plans = made.get(h);
  if (!plans) {
    plans = new Map();
    made.set(h, plans);
  }
  const id = `${key}:${status}`;
  let plan = plans.get(id);
  if (!plan) {
    plan = h.newPlan(status);
    plans.set(id, plan);
  }
  return plan;
}
