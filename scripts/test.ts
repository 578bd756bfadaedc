/**
 * `npm test`: every layer in order, with timings. Always on PGlite; also on PostgreSQL when
 * TEST_DATABASE_URL is set; the browser tests when Chromium is found (and, under CI=true, a
 * missing Chromium is a failure). Ends with "N passed, N failed" counted over all tests.
 */
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";

const CI = process.env.CI === "true";
const PG_URL = process.env.TEST_DATABASE_URL;
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const out = mkdtempSync(path.join(tmpdir(), "chub-test-out-"));

type Layer = { name: string; seconds: number; ok: boolean; passed: number; failed: number; note?: string };
const layers: Layer[] = [];

function run(
  name: string,
  command: string,
  args: string[],
  env: Record<string, string> = {},
  count?: () => { passed: number; failed: number },
) {
  console.log(`\n━━ ${name} ━━ ${command} ${args.join(" ")}`);
  const started = performance.now();
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  const seconds = (performance.now() - started) / 1000;
  const ok = result.status === 0;
  let counts = { passed: ok ? 1 : 0, failed: ok ? 0 : 1 };
  try {
    if (count) counts = count();
  } catch {
    // A runner that crashed before writing its report counts as one failure.
    if (!ok) counts = { passed: 0, failed: Math.max(1, counts.failed) };
  }
  if (!ok && counts.failed === 0) counts.failed = 1;
  layers.push({ name, seconds, ok, ...counts });
  return ok;
}

function vitestCounts(file: string) {
  return () => {
    const report = JSON.parse(readFileSync(file, "utf8"));
    return { passed: report.numPassedTests, failed: report.numFailedTests + (report.numRuntimeErrors ?? 0) };
  };
}

function playwrightCounts(file: string) {
  return () => {
    const { stats } = JSON.parse(readFileSync(file, "utf8"));
    return { passed: stats.expected + stats.flaky, failed: stats.unexpected };
  };
}

async function withDatabase<T>(fn: (url: string) => T): Promise<T> {
  const name = `chub_e2e_${randomBytes(4).toString("hex")}`;
  const admin = new URL(PG_URL!);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`create database "${name}"`);
  try {
    const url = new URL(PG_URL!);
    url.pathname = `/${name}`;
    return fn(url.toString());
  } finally {
    await client.query(`drop database if exists "${name}" with (force)`);
    await client.end();
  }
}

/**
 * The test files that open a database, directly or through a test bed. Pure tests (rules, printers,
 * components) cannot behave differently on another engine, so the PostgreSQL layer runs only these.
 */
function databaseTestFiles(): string[] {
  const opensDatabase = /test-services|test-bed|openDatabase|TEST_DATABASE_URL|submission-fixtures/;
  const files = ["src", "app", "tests/integration"].flatMap((root) =>
    readdirSync(root, { recursive: true, encoding: "utf8" })
      .filter((f) => /\.test\.tsx?$/.test(f))
      .map((f) => path.join(root, f)),
  );
  return files.filter((f) => opensDatabase.test(readFileSync(f, "utf8"))).sort();
}

const npx = "npx";
run("lint and format (Biome)", npx, ["biome", "check", "."]);
run("types (react-router typegen + tsc)", "sh", ["-c", "npx react-router typegen && npx tsc -p ."]);

const unitPglite = path.join(out, "vitest-pglite.json");
run(
  "unit + integration on PGlite",
  npx,
  ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${unitPglite}`],
  { TEST_DATABASE_URL: "" },
  vitestCounts(unitPglite),
);

if (PG_URL) {
  const unitPg = path.join(out, "vitest-pg.json");
  const dbFiles = databaseTestFiles();
  run(
    `integration on PostgreSQL (${dbFiles.length} files that open a database; pure tests ran on PGlite)`,
    npx,
    ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${unitPg}`, ...dbFiles],
    {},
    vitestCounts(unitPg),
  );
} else {
  console.log("\nTEST_DATABASE_URL is not set: the PostgreSQL layers are skipped (set it to run them).");
}

const built = run("build", npx, ["react-router", "build"]);

if (built) {
  const serversFile = path.join(out, "vitest-servers.json");
  const files = [
    "tests/servers/pglite-lock.test.ts",
    ...(PG_URL ? ["tests/servers/two-servers-postgres.test.ts"] : []),
  ];
  run(
    `server processes (${PG_URL ? "PGlite lock; two servers on PostgreSQL" : "PGlite lock"})`,
    npx,
    [
      "vitest",
      "run",
      "--config",
      "vitest.servers.config.ts",
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=${serversFile}`,
      ...files,
    ],
    {},
    vitestCounts(serversFile),
  );

  if (existsSync(CHROMIUM)) {
    const e2eFile = path.join(out, "playwright.json");
    const browser = (pgUrl?: string) => {
      const dataDir = mkdtempSync(path.join(tmpdir(), "chub-e2e-"));
      try {
        return run(
          `browser (Chromium: PGlite${pgUrl ? " + PostgreSQL smoke" : ""})`,
          npx,
          ["playwright", "test", "--reporter=list,json"],
          {
            PLAYWRIGHT_JSON_OUTPUT_NAME: e2eFile,
            ...(pgUrl ? { E2E_PG_URL: pgUrl } : {}),
            E2E_DATA_DIR: dataDir,
          },
          playwrightCounts(e2eFile),
        );
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    };
    if (PG_URL) await withDatabase((url) => browser(url));
    else browser();
  } else {
    const message = `Chromium was not found at ${CHROMIUM}: the BROWSER TESTS (axe, keyboard, no-JavaScript) DID NOT RUN. Install it with: apt-get install chromium`;
    console.log(`\n${"!".repeat(100)}\n!! ${message}\n${"!".repeat(100)}`);
    layers.push({
      name: "browser (Chromium)",
      seconds: 0,
      ok: !CI,
      passed: 0,
      failed: CI ? 1 : 0,
      note: CI ? "missing Chromium fails under CI=true" : "NOT RUN",
    });
  }
}

rmSync(out, { recursive: true, force: true });
console.log("\n━━ Summary ━━");
for (const l of layers) {
  console.log(
    `${l.ok ? "ok  " : "FAIL"}  ${l.seconds.toFixed(1).padStart(6)} s  ${l.name}  (${l.passed} passed, ${l.failed} failed)${l.note ? `  ${l.note}` : ""}`,
  );
}
const total = layers.reduce((s, l) => s + l.seconds, 0);
const passed = layers.reduce((s, l) => s + l.passed, 0);
const failed = layers.reduce((s, l) => s + l.failed, 0);
console.log(`total ${total.toFixed(1)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(layers.every((l) => l.ok) ? 0 : 1);
