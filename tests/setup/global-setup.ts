import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { readConfig } from "../../src/config.server";
import { openDatabase } from "../../src/db/client.server";
import { startServices } from "../../src/server/services.server";
import { adminUrl, baseDatabaseName, dropRunDatabases, runId } from "./postgres-databases";

/**
 * Builds the migrated database with demo data once per run. PGlite: a data-dir snapshot that
 * each test file loads (about 0.5 s instead of a 4 s boot). PostgreSQL (TEST_DATABASE_URL): a
 * template database that each file copies with CREATE DATABASE … TEMPLATE; all are dropped after.
 */
export default async function setup(project: TestProject) {
  const quiet = () => {};
  const testUrl = process.env.TEST_DATABASE_URL;
  if (testUrl) {
    const id = runId();
    const base = baseDatabaseName(id);
    const admin = await openDatabase({ databaseUrl: adminUrl(testUrl) });
    await admin.db.execute(`create database "${base}"`);
    await admin.close();
    const handle = await openDatabase({ databaseUrl: withDatabase(testUrl, base) });
    await startServices(readConfig({ DEMO: "1" }), { handle, log: quiet });
    await handle.close();
    project.provide("pgRunId", id);
    return async () => {
      await dropRunDatabases(testUrl, id);
    };
  }
  const handle = await openDatabase({ dataDir: null });
  await startServices(readConfig({}), { handle, log: quiet });
  const dump = await handle.dump!();
  await handle.close();
  const dir = mkdtempSync(path.join(tmpdir(), "chub-test-"));
  const file = path.join(dir, "snapshot.tar.gz");
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide("pgliteSnapshot", file);
  return () => rmSync(dir, { recursive: true, force: true });
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

declare module "vitest" {
  export interface ProvidedContext {
    pgliteSnapshot: string;
    pgRunId: string;
  }
}
