import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

/**
 * Browser tests against the built app (`npm run build` first; `npm test` does it). The full suite
 * runs on embedded PGlite; with E2E_PG_URL set, a short smoke suite also runs on PostgreSQL.
 * The servers trust X-Forwarded-For (TRUST_PROXY=1) so each test can sign in from its own
 * address without tripping the sign-in rate limit meant for people.
 */
// E2E_PORT lets two checkouts run their browser tests side by side without a port clash.
const PGLITE_PORT = Number(process.env.E2E_PORT ?? 3210);
const PG_PORT = PGLITE_PORT + 1;
// Set once in the main process; workers inherit the environment.
process.env.E2E_DATA_DIR ??= mkdtempSync(path.join(tmpdir(), "chub-e2e-"));
const pgUrl = process.env.E2E_PG_URL;
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const browser = {
  ...devices["Desktop Chrome"],
  launchOptions: {
    executablePath: chromium,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  },
};

const server = (port: number, env: Record<string, string>) => ({
  command: "node server.js",
  port,
  reuseExistingServer: false,
  timeout: 120_000,
  stdout: "ignore" as const,
  stderr: "pipe" as const,
  env: { PORT: String(port), PUBLIC_URL: `http://localhost:${port}`, TRUST_PROXY: "1", ...env },
});

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [["list"]],
  timeout: 30_000,
  use: { trace: "retain-on-failure" },
  projects: [
    {
      name: "pglite",
      testIgnore: /\.nojs\.spec\.ts$/,
      use: { ...browser, baseURL: `http://localhost:${PGLITE_PORT}` },
    },
    {
      name: "pglite-no-js",
      testMatch: /\.nojs\.spec\.ts$/,
      use: { ...browser, baseURL: `http://localhost:${PGLITE_PORT}`, javaScriptEnabled: false },
    },
    ...(pgUrl
      ? [
          {
            name: "postgresql-smoke",
            testMatch: /smoke\.spec\.ts$/,
            use: { ...browser, baseURL: `http://localhost:${PG_PORT}` },
          },
        ]
      : []),
  ],
  webServer: [
    server(PGLITE_PORT, { DATA_DIR: process.env.E2E_DATA_DIR }),
    ...(pgUrl ? [server(PG_PORT, { DATABASE_URL: pgUrl, DEMO: "1" })] : []),
  ],
});
