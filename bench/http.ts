/**
 * HTTP benchmark of the built server on both engines: start-up time, and latency and throughput
 * of representative requests. Loopback only, bounded request counts. Run: `npx tsx bench/http.ts`
 * (after `npm run build`; TEST_DATABASE_URL adds PostgreSQL). Results go in BENCHMARKS.md by hand,
 * with the machine they were measured on.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { type ServerProcess, startServer, waitHealthy } from "../tests/servers/server-process";
import { machine, withFreshPgDatabase } from "./load";

const SEQUENTIAL = 200;
const CONCURRENT = 8;
const CONCURRENT_TOTAL = 400;

type Result = { name: string; p50: number; p95: number; rps: number };

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function measure(name: string, fn: () => Promise<Response>): Promise<Result> {
  for (let i = 0; i < 10; i++) await (await fn()).arrayBuffer(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < SEQUENTIAL; i++) {
    const t = performance.now();
    const res = await fn();
    await res.arrayBuffer();
    if (res.status >= 400) throw new Error(`${name}: HTTP ${res.status}`);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENT }, async () => {
      while (next++ < CONCURRENT_TOTAL) await (await fn()).arrayBuffer();
    }),
  );
  const rps = CONCURRENT_TOTAL / ((performance.now() - started) / 1000);
  return { name, p50: percentile(times, 50), p95: percentile(times, 95), rps };
}

async function benchServer(label: string, server: ServerProcess): Promise<Result[]> {
  const url = server.url;
  const signIn = () =>
    fetch(`${url}/api/auth/sign-in/email`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        origin: url,
        "x-forwarded-for": `10.0.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
      },
      body: JSON.stringify({ email: "lead@lstm.demo", password: "commitment-demo" }),
    });
  const cookie = (await signIn()).headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const created = await fetch(`${url}/api/v1/tokens`, {
    method: "POST",
    headers: { cookie, origin: url, "content-type": "application/json" },
    body: JSON.stringify({ name: "bench" }),
  });
  const { token } = (await created.json()) as { token: string };
  const auth = { authorization: `Bearer ${token}` };
  const results = [
    await measure(`${label}: GET /healthz`, () => fetch(`${url}/healthz`)),
    await measure(`${label}: GET /api/v1/institutions (anonymous)`, () =>
      fetch(`${url}/api/v1/institutions`),
    ),
    await measure(`${label}: GET /api/v1/institutions/lstm/members (token)`, () =>
      fetch(`${url}/api/v1/institutions/lstm/members`, { headers: auth }),
    ),
    await measure(`${label}: GET /i/lstm (page, session cookie)`, () =>
      fetch(`${url}/i/lstm`, { headers: { cookie } }),
    ),
    await measure(`${label}: POST sign-in (scrypt)`, signIn),
  ];
  return results;
}

async function timeStart(env: Record<string, string>, port: number) {
  const t = performance.now();
  const server = startServer(port, { ...env, TRUST_PROXY: "1" });
  await waitHealthy(server);
  return { server, seconds: (performance.now() - t) / 1000 };
}

const lines: string[] = [];
const dataDir = mkdtempSync(path.join(os.tmpdir(), "chub-bench-"));
try {
  const cold = await timeStart({ DATA_DIR: dataDir }, 3401);
  lines.push(`start-up, PGlite, empty folder (migrate + demo data): ${cold.seconds.toFixed(1)} s`);
  const results = await benchServer("PGlite", cold.server);
  await cold.server.stop();
  const warm = await timeStart({ DATA_DIR: dataDir }, 3402);
  lines.push(`start-up, PGlite, existing folder: ${warm.seconds.toFixed(1)} s`);
  await warm.server.stop();

  const pgUrl = process.env.TEST_DATABASE_URL;
  if (pgUrl)
    await withFreshPgDatabase(pgUrl, "http", async (url) => {
      const pgCold = await timeStart({ DATABASE_URL: url, DEMO: "1" }, 3403);
      lines.push(
        `start-up, PostgreSQL, empty database (migrate + demo data): ${pgCold.seconds.toFixed(1)} s`,
      );
      results.push(...(await benchServer("PostgreSQL", pgCold.server)));
      await pgCold.server.stop();
    });
  console.log(machine());
  for (const l of lines) console.log(l);
  console.log(`\n| request | p50 ms | p95 ms | req/s at concurrency ${CONCURRENT} |\n|---|---|---|---|`);
  for (const r of results)
    console.log(`| ${r.name} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.rps.toFixed(0)} |`);
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
