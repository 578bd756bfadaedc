import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import pg from "pg";
import { lockDataDir } from "./data-dir-lock.server";
import * as schema from "./schema";
import type { Db, EngineKind } from "./types";

export type DatabaseHandle = {
  db: Db;
  kind: EngineKind;
  /** Runs `fn` while holding a cluster-wide lock named `name` (PostgreSQL advisory lock). */
  withLock<T>(name: string, fn: () => Promise<T>): Promise<T>;
  /** Refreshes planner statistics; PGlite has no autovacuum, so bulk writes call this. */
  analyze(): Promise<void>;
  close(): Promise<void>;
  /** PGlite only: the whole data folder as a tarball, for test snapshots. */
  dump?(): Promise<Blob>;
};

export type OpenOptions =
  | { databaseUrl: string }
  /** `dataDir` null keeps PGlite in memory (tests); `loadDataDir` starts from a snapshot. */
  | { dataDir: string | null; loadDataDir?: Blob };

export async function openDatabase(options: OpenOptions): Promise<DatabaseHandle> {
  if ("databaseUrl" in options) return openPostgres(options.databaseUrl);
  return openPglite(options.dataDir, options.loadDataDir);
}

async function openPostgres(databaseUrl: string): Promise<DatabaseHandle> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  const db = drizzlePg(pool, { schema });
  return {
    db,
    kind: "postgresql",
    async withLock(name, fn) {
      // A dedicated connection holds the session-level lock while `fn` uses the pool, so two
      // servers starting together run migrations and demo loading one after the other.
      const client = await pool.connect();
      try {
        await client.query("select pg_advisory_lock(hashtext($1))", [name]);
        try {
          return await fn();
        } finally {
          await client.query("select pg_advisory_unlock(hashtext($1))", [name]);
        }
      } finally {
        client.release();
      }
    },
    async analyze() {
      await db.execute(sql`analyze`);
    },
    close: () => pool.end(),
  };
}

async function openPglite(dataDir: string | null, loadDataDir?: Blob): Promise<DatabaseHandle> {
  let release = () => {};
  let client: PGlite;
  if (dataDir) {
    const folder = path.resolve(dataDir);
    release = lockDataDir(folder);
    try {
      client = await PGlite.create(path.join(folder, "pglite"));
    } catch (error) {
      release();
      throw error;
    }
  } else {
    client = await PGlite.create(loadDataDir ? { loadDataDir } : {});
  }
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    db,
    kind: "pglite",
    // One process owns a PGlite folder (the lock file), so there is nobody to race.
    withLock: (_name, fn) => fn(),
    async analyze() {
      await client.exec("vacuum analyze");
    },
    async close() {
      await client.close();
      release();
    },
    dump: () => client.dumpDataDir("gzip") as Promise<Blob>,
  };
}
