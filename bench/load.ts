/**
 * What the request benchmarks share: a fixed-duration load at fixed connections, production
 * settings for the server, both engines (a fresh PostgreSQL database when TEST_DATABASE_URL is set),
 * and the Markdown table for BENCHMARKS.md with the machine it ran on.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";

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
    if (pgUrl) {
      const name = `chub_bench_${tag}_${Date.now()}`;
      const admin = new URL(pgUrl);
      admin.pathname = "/postgres";
      const client = new pg.Client({ connectionString: admin.toString() });
      await client.connect();
      await client.query(`create database "${name}"`);
      try {
        const url = new URL(pgUrl);
        url.pathname = `/${name}`;
        results.push(...(await run("PostgreSQL", { DATABASE_URL: url.toString(), DEMO: "1" }, port + 1)));
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
}
