import { afterAll, beforeAll, expect } from "vitest";
import { createToken } from "../../src/core/tokens/create-token.server";
import { useServices } from "../../src/server/services.server";
import { openTestServices, TEST_PUBLIC_URL, type TestServices } from "../../tests/setup/test-services";
import { type CallOptions, callRoute } from "./call-route";
import { ZProblem } from "./schemas";

/**
 * For API test files: a fresh demo database per file and a token for each of the people the API
 * tests act as — LSTM's lead, LSTM's signatory (reads, may not edit), Birmingham's lead and the
 * central team.
 */
export function apiTestBed(label: string) {
  const tokens = { lead: "", signatory: "", other: "", central: "" };
  let s: TestServices | undefined;
  beforeAll(async () => {
    s = await openTestServices();
    useServices(s);
    const services = s;
    const tokenFor = async (email: string) =>
      (await createToken(services.ctx(await services.actorFor(email)), { name: label })).token;
    tokens.lead = await tokenFor("lead@lstm.demo");
    tokens.signatory = await tokenFor("signatory@lstm.demo");
    tokens.other = await tokenFor("lead@birmingham.demo");
    tokens.central = await tokenFor("team@technician-commitment.demo");
  });
  afterAll(() => s?.close());
  return {
    tokens,
    /** The file's services, once its beforeAll has run. */
    services: () => s!,
  };
}

export const LSTM = "/api/v1/institutions/lstm";

export const call = (method: string, path: string, opts: CallOptions = {}) =>
  callRoute(TEST_PUBLIC_URL, method, path, opts);

export const etagOf = (res: Response) => Number(res.headers.get("etag")!.replaceAll('"', ""));

export async function problemOf(res: Response, status: number) {
  expect(res.status).toBe(status);
  expect(res.headers.get("content-type")).toContain("application/problem+json");
  return ZProblem.parse(await res.json());
}
