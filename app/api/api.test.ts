import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createToken } from "../../src/core/tokens/create-token.server";
import { useServices } from "../../src/server/services.server";
import { openTestServices, TEST_PUBLIC_URL, type TestServices } from "../../tests/setup/test-services";
import type { RouteAccess } from "../lib/route-access";
import routes from "../routes";
import { type CallOptions, callRoute } from "./call-route";
import { OPERATIONS } from "./spec";

type Mod = {
  access?: RouteAccess;
  loader?: (a: unknown) => Promise<Response>;
  action?: (a: unknown) => Promise<Response>;
};

let s: TestServices;
let leadToken: string;
let centralToken: string;
beforeAll(async () => {
  s = await openTestServices();
  useServices(s);
  leadToken = (await createToken(s.ctx(await s.actorFor("lead@lstm.demo")), { name: "api test" })).token;
  centralToken = (
    await createToken(s.ctx(await s.actorFor("team@technician-commitment.demo")), { name: "api test" })
  ).token;
});
afterAll(() => s.close());

const apiRoutes = routes.filter((r) => r.file.startsWith("routes/api.v1") || r.file === "routes/healthz.ts");

/** Calls a resource route the way React Router does, with params taken from the path. */
const call = (method: string, path: string, opts: CallOptions = {}) =>
  callRoute(TEST_PUBLIC_URL, method, path, opts);

describe("the OpenAPI document", () => {
  it("lists every API route and method, and nothing that is not one", async () => {
    const declared = new Set<string>();
    for (const r of apiRoutes) {
      const mod = (await import(/* @vite-ignore */ `../${r.file}`)) as Mod;
      const path = `/${r.path!.replace(/:(\w+)/g, "{$1}")}`;
      for (const req of mod.access!.requests) declared.add(`${req.method.toLowerCase()} ${path}`);
    }
    const documented = new Set(OPERATIONS.map((o) => `${o.method} ${o.path}`));
    expect([...declared].sort()).toEqual([...documented].sort());
  });

  it("is served as OpenAPI 3.1 with request schemas from the use-cases", async () => {
    const doc = await (await call("GET", "/api/v1/openapi.json")).json();
    expect(doc.openapi).toBe("3.1.0");
    const create = doc.paths["/api/v1/institutions"].post.requestBody.content["application/json"].schema;
    expect(create.required).toEqual(expect.arrayContaining(["name", "slug", "type"]));
    expect(create.properties.type.enum).toEqual(["signatory", "supporter"]);
    const figure =
      doc.paths["/api/v1/institutions/{slug}/indicators/{indicatorId}/observations/{observationId}"];
    expect(figure.patch.parameters.map((p: { name: string }) => p.name)).toEqual([
      "slug",
      "indicatorId",
      "observationId",
      "If-Match",
    ]);
    const patch = figure.patch.requestBody.content["application/json"].schema;
    expect(Object.keys(patch.properties)).toEqual(expect.arrayContaining(["period", "value", "breakdown"]));
    expect(patch.required ?? []).toEqual([]);
    expect(Object.keys(figure.delete.responses)).toContain("204");
  });
});

describe("/api/v1", () => {
  it("lists institutions for anyone, paginated by cursor", async () => {
    const first = await (await call("GET", "/api/v1/institutions?limit=1")).json();
    expect(first.items).toHaveLength(1);
    const second = await (
      await call("GET", `/api/v1/institutions?limit=1&cursor=${first.nextCursor}`)
    ).json();
    expect(second.items[0].slug).not.toBe(first.items[0].slug);
    expect(second.nextCursor).toBeNull();
  });

  it("answers errors as problem+json with per-field messages", async () => {
    const res = await call("POST", "/api/v1/institutions", {
      token: centralToken,
      body: { name: "", slug: "Bad Slug", type: "x" },
    });
    expect(res.status).toBe(422);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    const problem = await res.json();
    expect(problem).toMatchObject({
      status: 422,
      code: "INVALID",
      errors: { slug: [expect.any(String)], type: [expect.any(String)] },
    });
  });

  it("refuses a body that is not JSON, and a bad limit", async () => {
    const res = await call("POST", "/api/v1/institutions", {
      token: centralToken,
      body: "name=x",
      headers: { "content-type": "text/plain" },
    });
    expect(res.status).toBe(422);
    expect((await call("GET", "/api/v1/institutions?limit=1000")).status).toBe(422);
  });

  it("asks for a token: 401 with WWW-Authenticate, and a revoked or wrong token is anonymous", async () => {
    const res = await call("GET", "/api/v1/institutions/lstm/members", { token: "chub_wrong" });
    expect(res.status).toBe(401);
    expect(res.headers.get("www-authenticate")).toMatch(/Bearer/);
  });

  it("uses ETag and If-Match: 428 without, 412 with a stale version and both versions shown", async () => {
    const got = await call("GET", "/api/v1/institutions/lstm");
    const etag = got.headers.get("etag")!;
    expect(etag).toMatch(/^"\d+"$/);
    expect(
      (await call("PATCH", "/api/v1/institutions/lstm", { token: leadToken, body: { contactName: "A" } }))
        .status,
    ).toBe(428);
    const ok = await call("PATCH", "/api/v1/institutions/lstm", {
      token: leadToken,
      body: { contactName: "A" },
      headers: { "if-match": etag },
    });
    expect(ok.status).toBe(200);
    expect(ok.headers.get("etag")).not.toBe(etag);
    const stale = await call("PATCH", "/api/v1/institutions/lstm", {
      token: leadToken,
      body: { contactName: "B" },
      headers: { "if-match": etag },
    });
    expect(stale.status).toBe(412);
    expect(await stale.json()).toMatchObject({
      code: "STALE",
      current: { contactName: "A" },
      currentVersion: Number(ok.headers.get("etag")!.replaceAll('"', "")),
    });
  });

  it("creates an invitation and lists it with its link", async () => {
    const created = await call("POST", "/api/v1/institutions/lstm/invitations", {
      token: leadToken,
      body: { email: "api@example.ac.uk", role: "viewer" },
    });
    expect(created.status).toBe(201);
    const body = await created.json();
    expect(body.link).toBe(`${TEST_PUBLIC_URL}/invitations/${body.id}`);
    const list = await (
      await call("GET", "/api/v1/institutions/lstm/invitations", { token: leadToken })
    ).json();
    expect(list.items.map((i: { email: string }) => i.email)).toContain("api@example.ac.uk");
  });

  it("reports the caller", async () => {
    const me = await (await call("GET", "/api/v1/me", { token: leadToken })).json();
    expect(me).toMatchObject({
      email: "lead@lstm.demo",
      platformRole: null,
      memberships: [{ slug: "lstm", role: "lead" }],
    });
  });

  it("answers /healthz after migrations", async () => {
    const health = await (await call("GET", "/healthz")).json();
    expect(health).toEqual({
      status: "ok",
      database: process.env.TEST_DATABASE_URL ? "postgresql" : "pglite",
      version: "0.1.0",
    });
  });
});
