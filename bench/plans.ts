/**
 * Plan benchmark (issue 3): seeds a 60-action plan with a year of ratings through the use-cases,
 * then loads the plan overview page and the plan API with a token, beside a trivial route of the
 * same server, at fixed connections for a fixed duration. Both engines (PostgreSQL when
 * TEST_DATABASE_URL is set). Run after `npm run build`: `npx tsx bench/plans.ts`.
 * Results go in BENCHMARKS.md by hand, with the machine they were measured on.
 */
import { createAction } from "../src/core/plans/create-action.server";
import { createPlan } from "../src/core/plans/create-plan.server";
import { PILLARS } from "../src/core/plans/plan-types";
import { rateAction } from "../src/core/plans/rate-action.server";
import { startServer, waitHealthy } from "../tests/servers/server-process";
import { benchSeeding, load, onBothEngines, PRODUCTION, type Result } from "./load";

const ACTIONS = 60;

/** Seeds through the use-cases on the database directly (before the server holds it). */
async function seed(env: Record<string, string>): Promise<{ planId: string; token: string }> {
  const { ctx, finish } = await benchSeeding(env);
  const plan = await createPlan(ctx, "lstm", {
    title: "Benchmark plan",
    startsOn: "2025-01-01",
    endsOn: "2027-12-31",
    ragScaleId: "progress",
  });
  const levels = ["completed", "in-progress", "no-progress"];
  for (let i = 0; i < ACTIONS; i++) {
    const action = await createAction(ctx, "lstm", plan.id, {
      title: `Benchmark action ${i + 1}: widen technician representation on committees`,
      pillars: [PILLARS[i % 4]!],
      primaryPillar: PILLARS[i % 4]!,
      aims: "A realistic paragraph of aims. ".repeat(6),
      plannedOutcomes: ["First outcome", "Second outcome", "Third outcome"],
      markers: [
        {
          text: "At least 20 % registered",
          target: { comparator: ">=", value: 20, unit: "%", byDate: "2027-07-31" },
        },
      ],
      timescaleText: ["Ongoing", "July 2026", "Jul-26", "Dec 2025 - Jun 2026"][i % 4],
      owner: "Technical Staff Steering Group",
      leadName: "Morgan",
    });
    for (const [n, assessedOn] of ["2025-03-31", "2025-09-30"].entries()) {
      const level = levels[(i + n) % 3]!;
      await rateAction(ctx, "lstm", action.id, {
        level,
        assessedOn,
        commentary: "Progress note for the benchmark.",
      });
    }
  }
  const token = await finish();
  return { planId: plan.id, token };
}

async function run(label: string, env: Record<string, string>, port: number): Promise<Result[]> {
  const { planId, token } = await seed({ ...env, AUTH_SECRET: PRODUCTION.AUTH_SECRET });
  const server = startServer(port, { ...env, ...PRODUCTION });
  try {
    await waitHealthy(server);
    const auth = { authorization: `Bearer ${token}` };
    return [
      await load(`${label}: GET /healthz (trivial)`, `${server.url}/healthz`, {}),
      await load(
        `${label}: GET /i/lstm/plans/:id (overview page, 60 actions)`,
        `${server.url}/i/lstm/plans/${planId}`,
        auth,
      ),
      await load(
        `${label}: GET /api/v1/institutions/lstm/plans/:id (API)`,
        `${server.url}/api/v1/institutions/lstm/plans/${planId}`,
        auth,
      ),
    ];
  } finally {
    await server.stop();
  }
}

await onBothEngines("plans", run, 3411);
