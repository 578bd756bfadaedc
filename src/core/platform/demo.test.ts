import { count, eq } from "drizzle-orm";
import { afterEach, expect, it } from "vitest";
import { readConfig } from "../../config.server";
import { type DatabaseHandle, openDatabase } from "../../db/client.server";
import { organization, user } from "../../db/schema";
import { startServices } from "../../server/services.server";
import { OPERATOR } from "../actor";
import { createUser } from "../people/create-user.server";
import { loadDemo } from "./load-demo.server";

/** Each case needs an empty database: a fresh in-memory PGlite (a few seconds each). */
const handles: DatabaseHandle[] = [];
const fresh = async () => {
  const h = await openDatabase({ dataDir: null });
  handles.push(h);
  return h;
};
afterEach(async () => {
  for (const h of handles.splice(0)) await h.close();
});
const quiet = () => {};

it("loads by default into an empty embedded database, once", async () => {
  const handle = await fresh();
  const s = await startServices(readConfig({}), { handle, log: quiet });
  expect(s.demoStatus).toBe("loaded");
  const [n] = await s.db.select({ n: count() }).from(user);
  expect(Number(n!.n)).toBe(7);
  expect(await loadDemo(s, { requireEmpty: false })).toBe("present");
});

it("never loads into a database that has a real account, even when asked", async () => {
  const handle = await fresh();
  const s = await startServices(readConfig({ DEMO: "0" }), { handle, log: quiet });
  expect(s.demoStatus).toBe("off");
  await createUser(
    { db: s.db, auth: s.auth, config: s.config, mailer: s.mailer, actor: OPERATOR },
    {
      email: "real@example.ac.uk",
      name: "Real Person",
      password: "heron-lantern-quarry-93",
    },
  );
  expect(await loadDemo(s, { requireEmpty: false })).toBe("refused-real-users");
  const [inst] = await s.db.select({ n: count() }).from(organization);
  expect(Number(inst!.n)).toBe(0);
});

it("does not load by default into an embedded database that already has institutions", async () => {
  const handle = await fresh();
  const s = await startServices(readConfig({ DEMO: "0" }), { handle, log: quiet });
  await s.db.insert(organization).values({ id: crypto.randomUUID(), name: "Existing", slug: "existing" });
  expect(await loadDemo(s, { requireEmpty: true })).toBe("not-empty");
  const [demo] = await s.db.select({ n: count() }).from(user).where(eq(user.isDemo, true));
  expect(Number(demo!.n)).toBe(0);
});

it.each([
  ["pglite", undefined, true],
  ["pglite", true, true],
  ["pglite", false, false],
  ["postgresql", undefined, false],
  ["postgresql", true, true],
  ["postgresql", false, false],
] as const)("demo on %s with DEMO=%s → %s", async (kind, demo, expected) => {
  const { shouldLoadDemo } = await import("../../server/services.server");
  expect(shouldLoadDemo(kind, demo)).toBe(expected);
});
