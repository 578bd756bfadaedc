import { eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { openTestServices, type TestServices } from "../../../tests/setup/test-services";
import { apiToken } from "../../db/schema";
import { ANONYMOUS } from "../actor";
import { authenticateToken } from "./authenticate-token.server";
import { createToken } from "./create-token.server";
import { listTokens } from "./list-tokens.server";
import { revokeToken } from "./revoke-token.server";

let s: TestServices;
beforeAll(async () => {
  s = await openTestServices();
});
afterAll(() => s.close());

it("creates a token shown once, stores only its hash, and revokes it", async () => {
  const lead = await s.actorFor("lead@lstm.demo");
  const { token, view } = await createToken(s.ctx(lead), { name: "laptop", expiresInDays: 30 });
  expect(token).toMatch(/^chub_[A-Za-z0-9_-]{43}$/);
  const [row] = await s.db.select().from(apiToken).where(eq(apiToken.id, view.id));
  expect(row!.tokenHash).not.toContain(token.slice(5));
  expect(row!.tokenHash).toHaveLength(64);
  expect(await authenticateToken(s.db, token)).toBe((lead as { userId: string }).userId);
  expect((await listTokens(s.ctx(lead))).find((t) => t.id === view.id)?.state).toBe("active");
  await revokeToken(s.ctx(lead), { tokenId: view.id });
  expect(await authenticateToken(s.db, token)).toBeNull();
  expect((await listTokens(s.ctx(lead))).find((t) => t.id === view.id)?.state).toBe("revoked");
});

it("stops an expired token", async () => {
  const lead = await s.actorFor("lead@lstm.demo");
  const { token, view } = await createToken(s.ctx(lead), { name: "short" });
  await s.db
    .update(apiToken)
    .set({ expiresAt: new Date(Date.now() - 1000) })
    .where(eq(apiToken.id, view.id));
  expect(await authenticateToken(s.db, token)).toBeNull();
});

it("does not let one person revoke another's token, nor the anonymous make one", async () => {
  const lead = await s.actorFor("lead@lstm.demo");
  const other = await s.actorFor("lead@birmingham.demo");
  const { view } = await createToken(s.ctx(lead), { name: "mine" });
  await expect(revokeToken(s.ctx(other), { tokenId: view.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  await expect(createToken(s.ctx(ANONYMOUS), { name: "x" })).rejects.toMatchObject({
    code: "UNAUTHENTICATED",
  });
  expect(await authenticateToken(s.db, "chub_not-a-real-token")).toBeNull();
  expect(await authenticateToken(s.db, "not even the prefix")).toBeNull();
});

it("checks the expiry range", async () => {
  const lead = await s.actorFor("lead@lstm.demo");
  await expect(createToken(s.ctx(lead), { name: "x", expiresInDays: 400 })).rejects.toMatchObject({
    code: "INVALID",
    details: { fieldErrors: { expiresInDays: ["At most 366 days."] } },
  });
  await expect(createToken(s.ctx(lead), { name: "  " })).rejects.toMatchObject({ code: "INVALID" });
});
