import { randomBytes } from "node:crypto";
import pg from "pg";

export function runId(): string {
  return `${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
}

export const baseDatabaseName = (id: string) => `chub_test_${id}_base`;

/** The maintenance database of the server TEST_DATABASE_URL points at. */
export function adminUrl(url: string): string {
  const u = new URL(url);
  u.pathname = "/postgres";
  return u.toString();
}

export async function createFromTemplate(testUrl: string, id: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl(testUrl) });
  await client.connect();
  try {
    await client.query(`create database "${name}" template "${baseDatabaseName(id)}"`);
  } finally {
    await client.end();
  }
}

/** Drops every database this run made, even those a crashed test file left behind. */
export async function dropRunDatabases(testUrl: string, id: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl(testUrl) });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>(
      "select datname from pg_database where datname like $1",
      [`chub_test_${id}_%`],
    );
    for (const { datname } of rows) await client.query(`drop database if exists "${datname}" with (force)`);
  } finally {
    await client.end();
  }
}
