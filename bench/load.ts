/**
 * What the request benchmarks share: a fixed-duration load at fixed connections, production
 * settings for the server, both engines (a fresh PostgreSQL database when TEST_DATABASE_URL is set),
 * and the Markdown table for BENCHMARKS.md with the machine it ran on.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import pg from "pg";
import { readConfig } from "../src/config.server";
import { loadActor } from "../src/core/people/load-actor.server";
import { createToken } from "../src/core/tokens/create-token.server";
import { openDatabase } from "../src/db/client.server";
import { user } from "../src/db/schema";
import { startServices } from "../src/server/services.server";

export const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 8);
export const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);

export type Result = { name: string; requests: number; rps: number; p50: number; p99: number };

/** As deployed: production React and a fixed secret (NODE_ENV=production requires one). */
export const PRODUCTION = { NODE_ENV: "production", AUTH_SECRET: "bench-secret-0123456789abcdef0123456789" };

export async function load(name: string, url: string, headers: Record<string, string>): Promise<Result> {
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

/**
 * Runs `run` on PGlite (a fresh data folder) and, with TEST_DATABASE_URL, on a fresh PostgreSQL
 * database, then prints the results table.
 */
export async function onBothEngines(
  tag: string,
  run: (label: string, env: Record<string, string>, port: number) => Promise<Result[]>,
  port: number,
): Promise<void> {
  const results: Result[] = [];
  const dataDir = mkdtempSync(path.join(os.tmpdir(), `chub-bench-${tag}-`));
  try {
    results.push(...(await run("PGlite", { DATA_DIR: dataDir }, port)));
    const pgUrl = process.env.TEST_DATABASE_URL;
    if (pgUrl)
      await withFreshPgDatabase(pgUrl, tag, async (url) => {
        results.push(...(await run("PostgreSQL", { DATABASE_URL: url, DEMO: "1" }, port + 1)));
      });
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  console.log(machine());
  console.log(`${CONNECTIONS} connections, ${SECONDS} s per row\n`);
  console.log("| request | requests | req/s | p50 ms | p99 ms |\n|---|---|---|---|---|");
  for (const r of results)
    console.log(
      `| ${r.name} | ${r.requests} | ${r.rps.toFixed(0)} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} |`,
    );
}

/** The machine a result was measured on, for BENCHMARKS.md. */
export const machine = () =>
  `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`;

/** Runs `fn` with the URL of a new PostgreSQL database next to `pgUrl`'s, dropped afterwards. */
export async function withFreshPgDatabase(pgUrl: string, tag: string, fn: (url: string) => Promise<void>) {
  const name = `chub_bench_${tag}_${Date.now()}`;
  const admin = new URL(pgUrl);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`create database "${name}"`);
  try {
    const url = new URL(pgUrl);
    url.pathname = `/${name}`;
    await fn(url.toString());
  } finally {
    await client.query(`drop database if exists "${name}" with (force)`);
    await client.end();
  }
}

/**
 * Opens the database the server will use (before the server holds it), starts the services with
 * the demo, and gives the seeding code LSTM's lead. `finish` makes the lead's API token, analyses
 * the tables and closes the database.
 */
export async function benchSeeding(env: Record<string, string>) {
  const config = readConfig(env);
  const handle = await openDatabase(
    config.databaseUrl ? { databaseUrl: config.databaseUrl } : { dataDir: config.dataDir },
  );
  const services = await startServices(config, { handle, log: () => {} });
  const [lead] = await services.db.select({ id: user.id }).from(user).where(eq(user.email, "lead@lstm.demo"));
  const actor = await loadActor(services.db, lead!.id, "session");
  const ctx = { db: services.db, actor, auth: services.auth, config, mailer: services.mailer };
  async function finish() {
    const { token } = await createToken(ctx, { name: "bench" });
    await handle.analyze();
    await handle.close();
    return token;
  }
  return { ctx, finish };
}
