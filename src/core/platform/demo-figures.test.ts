import { afterAll, beforeAll, expect, it } from "vitest";
import { openTestServices, type TestServices } from "../../../tests/setup/test-services";
import { listIndicators } from "../figures/list-indicators.server";

let s: TestServices;
beforeAll(async () => {
  s = await openTestServices();
});
afterAll(() => s.close());

it("loads the seeds' figures, and the product computes what the seeds got wrong", async () => {
  const lstm = await listIndicators(s.ctx(await s.actorFor("editor@lstm.demo")), "lstm");
  const staff = lstm.find((i) => i.indicator.name === "Technical staff")!;
  expect(staff.derived.latestChange?.percent).toBeCloseTo(26.19, 1);
  const senior = staff.derived.breakdowns.find((b) => b.key === "senior")!;
  // The seed says 125 %; 4 → 11 is +175 %.
  expect(senior.latestChange?.percent).toBeCloseTo(175, 5);

  const birmingham = await listIndicators(s.ctx(await s.actorFor("editor@birmingham.demo")), "birmingham");
  const training = birmingham.find((i) => i.indicator.name.startsWith("Training attendance"))!;
  expect(training.observations.map((o) => o.isProvisional)).toEqual([false, false, false, true]);
  expect(training.derived.latestChange?.flags).toContain("provisional");
  const cohorts = birmingham.find((i) => i.indicator.name === "Technical apprentices by cohort")!;
  // The seed says 16 apprentices took permanent roles; its own table adds up to 14.
  const permanent = cohorts.observations.reduce((n, o) => n + (o.breakdown["in-permanent-roles"] ?? 0), 0);
  expect(permanent).toBe(14);
});
