import { afterAll, beforeAll, expect, it } from "vitest";
import { useServices } from "../../src/server/services.server";
import { openTestServices, TEST_PUBLIC_URL, type TestServices } from "../../tests/setup/test-services";
import { action } from "./sign-in";

let s: TestServices;
beforeAll(async () => {
  s = await openTestServices();
  useServices(s);
});
afterAll(() => s.close());

function attempt(ip: string, password: string) {
  const request = new Request(`${TEST_PUBLIC_URL}/sign-in`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", "x-commitment-hub-client-ip": ip },
    body: new URLSearchParams({ email: "lead@lstm.demo", password, redirectTo: "/i/lstm" }).toString(),
  });
  return action({ request, params: {}, context: {} } as never) as Promise<unknown>;
}

const statusOf = (r: unknown) =>
  r instanceof Response ? r.status : ((r as { init?: { status?: number } }).init?.status ?? 200);

it("signs in, keeping the destination, and sets the session cookie", async () => {
  const result = (await attempt("192.0.2.1", "commitment-demo")) as Response;
  expect(result.status).toBe(302);
  expect(result.headers.get("location")).toBe("/i/lstm");
  expect(result.headers.get("set-cookie")).toMatch(/better-auth\.session_token=/);
});

it("keeps the email and says what is wrong on a bad password", async () => {
  const result = (await attempt("192.0.2.2", "wrong-password-1")) as {
    data: { formError: string; values: { email: string } };
  };
  expect(statusOf(result)).toBe(401);
  expect(result.data.values.email).toBe("lead@lstm.demo");
  expect(result.data.formError).toMatch(/not right/);
});

it("limits sign-in to 5 attempts a minute from one address, counted in the database", async () => {
  const statuses: number[] = [];
  for (let i = 0; i < 7; i++) statuses.push(statusOf(await attempt("192.0.2.3", "wrong-password-1")));
  expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
  expect(statuses.slice(5)).toEqual([429, 429]);
  // Even the right password waits; another address is not affected.
  expect(statusOf(await attempt("192.0.2.3", "commitment-demo"))).toBe(429);
  expect(statusOf(await attempt("192.0.2.4", "commitment-demo"))).toBe(302);
});
