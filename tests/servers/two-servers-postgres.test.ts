import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, expect, it } from "vitest";
import { adminUrl } from "../setup/postgres-databases";
import { type ServerProcess, startServer, waitHealthy } from "./server-process";

/**
 * Two app servers on one PostgreSQL, started at the same moment on an empty database: the
 * advisory locks must serialise migrations and demo loading, and a session made on one server
 * must work on the other (nothing is kept in a server's memory).
 */
const testUrl = process.env.TEST_DATABASE_URL;
if (!testUrl)
  throw new Error("TEST_DATABASE_URL is required for this test (scripts/test.ts runs it only then)");
const name = `chub_test_servers_${randomBytes(4).toString("hex")}`;
const url = new URL(testUrl);
url.pathname = `/${name}`;
const servers: ServerProcess[] = [];

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: adminUrl(testUrl!) });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  await admin(`create database "${name}"`);
  const env = { DATABASE_URL: url.toString(), DEMO: "1", AUTH_SECRET: "" };
  servers.push(startServer(3321, env), startServer(3322, env));
  await Promise.all(servers.map(waitHealthy));
});

afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  await admin(`drop database if exists "${name}" with (force)`);
});

it("migrates and loads the demo once when two servers start together", async () => {
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    const users = await client.query('select count(*)::int as n from "user" where is_demo');
    expect(users.rows[0].n).toBe(7);
    const secrets = await client.query(
      "select count(*)::int as n from platform_setting where key = 'auth_secret'",
    );
    expect(secrets.rows[0].n).toBe(1);
  } finally {
    await client.end();
  }
  for (const s of servers)
    expect(await (await fetch(`${s.url}/healthz`)).json()).toMatchObject({ database: "postgresql" });
});

it("signs in on one server and acts on the other", async () => {
  const [a, b] = servers as [ServerProcess, ServerProcess];
  const signIn = await fetch(`${a.url}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: a.url },
    body: JSON.stringify({ email: "lead@lstm.demo", password: "commitment-demo" }),
  });
  expect(signIn.status).toBe(200);
  const cookie = signIn.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");

  // The session made on A is honoured by B, which creates a token with it…
  const created = await fetch(`${b.url}/api/v1/tokens`, {
    method: "POST",
    headers: { cookie, "content-type": "application/json", origin: b.url },
    body: JSON.stringify({ name: "two servers" }),
  });
  expect(created.status).toBe(201);
  const { token } = (await created.json()) as { token: string };

  // …and the token made on B works on A.
  const me = await fetch(`${a.url}/api/v1/me`, { headers: { authorization: `Bearer ${token}` } });
  expect(await me.json()).toMatchObject({
    email: "lead@lstm.demo",
    memberships: [{ slug: "lstm", role: "lead" }],
  });

  // An invitation made on A is listed on B.
  const invited = await fetch(`${a.url}/api/v1/institutions/lstm/invitations`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify({ email: "two.servers@lstm.demo", role: "editor" }),
  });
  expect(invited.status).toBe(201);
  const list = await fetch(`${b.url}/api/v1/institutions/lstm/invitations`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const { items } = (await list.json()) as { items: { email: string }[] };
  expect(items.map((i) => i.email)).toContain("two.servers@lstm.demo");
});
