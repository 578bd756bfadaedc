/**
 * Plan benchmark (issue 3): seeds a 60-action plan with a year of ratings through the use-cases,
 * then loads the plan overview page and the plan API with a token, beside a trivial route of the
 * same server, at fixed connections for a fixed duration. Both engines (PostgreSQL when
 * TEST_DATABASE_URL is set). Run after `npm run build`: `npx tsx bench/plans.ts`.
 * Results go in BENCHMARKS.md by hand, with the machine they were measured on.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import pg from "pg";
import { readConfig } from "../src/config.server";
import { loadActor } from "../src/core/people/load-actor.server";
import { createAction } from "../src/core/plans/create-action.server";
import { createPlan } from "../src/core/plans/create-plan.server";
import { PILLARS } from "../src/core/plans/plan-types";
import { rateAction } from "../src/core/plans/rate-action.server";
import { createToken } from "../src/core/tokens/create-token.server";
import { openDatabase } from "../src/db/client.server";
import { user } from "../src/db/schema";
import { startServices } from "../src/server/services.server";
import { startServer, waitHealthy } from "../tests/servers/server-process";

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 8);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const ACTIONS = 60;

type Result = { name: string; requests: number; rps: number; p50: number; p99: number };

/** Seeds through the use-cases on the database directly (before the server holds it). */
async function seed(env: Record<string, string>): Promise<{ planId: string; token: string }> {
  const config = readConfig(env);
  const handle = await openDatabase(
    config.databaseUrl ? { databaseUrl: config.databaseUrl } : { dataDir: config.dataDir },
  );
  const services = await startServices(config, { handle, log: () => {} });
  const [lead] = await services.db.select({ id: user.id }).from(user).where(eq(user.email, "lead@lstm.demo"));
  const actor = await loadActor(services.db, lead!.id, "session");
  const ctx = { db: services.db, actor, auth: services.auth, config, mailer: services.mailer };
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
  const { token } = await createToken(ctx, { name: "bench" });
  await handle.analyze();
  await handle.close();
  return { planId: plan.id, token };
}

async function load(name: string, url: string, headers: Record<string, string>): Promise<Result> {
  for (let i = 0; i < 10; i++) await (await fetch(url, { headers })).arrayBuffer(); // warm-up
  const times: number[] = [];
  const deadline = performance.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (performance.now() < deadline) {
        const t = performance.now();
        const res = await fetch(url, { headers });
        await res.arrayBuffer();
        if (res.status >= 400) throw new Error(`${name}: HTTP ${res.status}`);
        times.push(performance.now() - t);
      }
    }),
  );
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]!;
  return { name, requests: times.length, rps: times.length / SECONDS, p50: at(50), p99: at(99) };
}

/** As deployed: production React and a fixed secret (NODE_ENV=production requires one). */
const PRODUCTION = { NODE_ENV: "production", AUTH_SECRET: "bench-secret-0123456789abcdef0123456789" };

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

const results: Result[] = [];
const dataDir = mkdtempSync(path.join(os.tmpdir(), "chub-bench-plans-"));
try {
  results.push(...(await run("PGlite", { DATA_DIR: dataDir }, 3411)));
  const pgUrl = process.env.TEST_DATABASE_URL;
  if (pgUrl) {
    const name = `chub_bench_${Date.now()}`;
    const admin = new URL(pgUrl);
    admin.pathname = "/postgres";
    const client = new pg.Client({ connectionString: admin.toString() });
    await client.connect();
    await client.query(`create database "${name}"`);
    try {
      const url = new URL(pgUrl);
      url.pathname = `/${name}`;
      results.push(...(await run("PostgreSQL", { DATABASE_URL: url.toString(), DEMO: "1" }, 3412)));
    } finally {
      await client.query(`drop database if exists "${name}" with (force)`);
      await client.end();
    }
  }
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
console.log(
  `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`,
);
console.log(`${CONNECTIONS} connections, ${SECONDS} s per row\n`);
console.log("| request | requests | req/s | p50 ms | p99 ms |\n|---|---|---|---|---|");
for (const r of results)
  console.log(
    `| ${r.name} | ${r.requests} | ${r.rps.toFixed(0)} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} |`,
  );
