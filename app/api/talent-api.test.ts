import { describe, expect, it } from "vitest";
import { apiTestBed, call, etagOf, problemOf } from "./api-test-bed";
import { ZTalentRecommendationJson } from "./schemas";

const { tokens } = apiTestBed("talent api test");
const PATH = "/api/v1/talent-recommendations/talent-12";

describe("a TALENT recommendation", () => {
  it("is public, with its version as the ETag", async () => {
    const res = await call("GET", PATH);
    expect(res.status).toBe(200);
    expect(ZTalentRecommendationJson.parse(await res.json())).toMatchObject({ id: "talent-12", number: 12 });
    expect(etagOf(res)).toBe(1);
    await problemOf(await call("GET", "/api/v1/talent-recommendations/talent-99"), 404);
  });

  it("the central team marks it checked; what the PATCH leaves out is kept; a stale write gets 412", async () => {
    const before = ZTalentRecommendationJson.parse(await (await call("GET", PATH)).json());
    const res = await call("PATCH", PATH, {
      token: tokens.central,
      headers: { "if-match": `"${before.version}"` },
      body: { verified: true },
    });
    expect(res.status).toBe(200);
    const after = ZTalentRecommendationJson.parse(await res.json());
    expect(after).toMatchObject({ summary: before.summary, verified: true, version: before.version + 1 });
    const stale = await problemOf(
      await call("PATCH", PATH, {
        token: tokens.central,
        headers: { "if-match": `"${before.version}"` },
        body: {},
      }),
      412,
    );
    expect(stale).toMatchObject({ code: "STALE", currentVersion: after.version });
  });

  it("refuses an institution's lead (403), the anonymous (401) and empty wording (422)", async () => {
    const headers = { "if-match": '"1"' };
    await problemOf(
      await call("PATCH", "/api/v1/talent-recommendations/talent-01", {
        token: tokens.lead,
        headers,
        body: {},
      }),
      403,
    );
    await problemOf(
      await call("PATCH", "/api/v1/talent-recommendations/talent-01", { headers, body: {} }),
      401,
    );
    const invalid = await problemOf(
      await call("PATCH", "/api/v1/talent-recommendations/talent-01", {
        token: tokens.central,
        headers,
        body: { summary: " " },
      }),
      422,
    );
    expect(invalid.errors).toEqual({ summary: ["Enter the recommendation's wording."] });
  });
});
