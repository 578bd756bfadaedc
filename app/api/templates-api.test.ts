import { describe, expect, it } from "vitest";
import { z } from "zod";
import { apiTestBed, call, etagOf, problemOf } from "./api-test-bed";
import { ZTemplateJson, ZTemplateVersionJson } from "./schemas";

const { tokens } = apiTestBed("templates api test");
const BASE = "/api/v1/templates/renewal/versions";

describe("the templates API", () => {
  it("lists the templates for anyone signed in, without drafts for institutions; refuses the anonymous", async () => {
    const res = await call("GET", "/api/v1/templates", { token: tokens.other });
    expect(res.status).toBe(200);
    const { items } = z.object({ items: z.array(ZTemplateJson) }).parse(await res.json());
    expect(items.map((t) => `${t.key}:${t.published?.number}`)).toEqual([
      "renewal:1",
      "stage-3:1",
      "initial:1",
    ]);
    await problemOf(await call("GET", "/api/v1/templates"), 401);
  });

  it("reads a version by number or as the published one, with its row version as the ETag", async () => {
    const one = await call("GET", `${BASE}/1`, { token: tokens.lead });
    expect(one.status).toBe(200);
    const v1 = ZTemplateVersionJson.parse(await one.json());
    expect(v1).toMatchObject({ key: "renewal", number: 1, status: "published" });
    expect(v1.content.questions).toHaveLength(8);
    expect(etagOf(one)).toBe(v1.version);
    const published = ZTemplateVersionJson.parse(
      await (await call("GET", `${BASE}/published`, { token: tokens.lead })).json(),
    );
    expect(published.id).toBe(v1.id);
    await problemOf(await call("GET", `${BASE}/9`, { token: tokens.lead }), 404);
  });

  it("the central team makes a draft, changes it with If-Match and publishes it; v1 is superseded unchanged", async () => {
    const created = await call("POST", BASE, { token: tokens.central });
    expect(created.status).toBe(201);
    expect(created.headers.get("location")).toBe(`${BASE}/2`);
    const draft = ZTemplateVersionJson.parse(await created.json());
    expect(draft).toMatchObject({ number: 2, status: "draft" });
    await problemOf(await call("POST", BASE, { token: tokens.central }), 409);
    // The draft is the central team's: an institution's lead does not see it.
    await problemOf(await call("GET", `${BASE}/2`, { token: tokens.lead }), 404);

    const questions = draft.content.questions.map((q) =>
      q.id === "q2" ? { ...q, help: "Who leads it, and how." } : q,
    );
    await problemOf(await call("PATCH", `${BASE}/2`, { token: tokens.central, body: { questions } }), 428);
    const patched = await call("PATCH", `${BASE}/2`, {
      token: tokens.central,
      headers: { "if-match": `"${draft.version}"` },
      body: { questions },
    });
    expect(patched.status).toBe(200);
    const saved = ZTemplateVersionJson.parse(await patched.json());
    expect(saved.content.questions[1]?.help).toBe("Who leads it, and how.");
    expect(saved.content.title).toBe(draft.content.title);
    const stale = await problemOf(
      await call("PATCH", `${BASE}/2`, {
        token: tokens.central,
        headers: { "if-match": `"${draft.version}"` },
        body: { title: "Late" },
      }),
      412,
    );
    expect(stale).toMatchObject({ code: "STALE", currentVersion: saved.version });
    const invalid = await problemOf(
      await call("PATCH", `${BASE}/2`, {
        token: tokens.central,
        headers: { "if-match": `"${saved.version}"` },
        body: { contactEmail: "not an address", questions: [] },
      }),
      422,
    );
    expect(Object.keys(invalid.errors ?? {}).sort()).toEqual(["contactEmail", "questions"]);

    const published = await call("POST", `${BASE}/2/publish`, {
      token: tokens.central,
      headers: { "if-match": `"${saved.version}"` },
      body: { verified: true },
    });
    expect(published.status).toBe(200);
    expect(ZTemplateVersionJson.parse(await published.json())).toMatchObject({
      number: 2,
      status: "published",
    });
    const v1 = ZTemplateVersionJson.parse(
      await (await call("GET", `${BASE}/1`, { token: tokens.lead })).json(),
    );
    expect(v1.status).toBe("superseded");
    expect(v1.content.questions[1]?.help).not.toBe("Who leads it, and how.");
    await problemOf(
      await call("PATCH", `${BASE}/1`, {
        token: tokens.central,
        headers: { "if-match": `"${v1.version}"` },
        body: { title: "Rewritten" },
      }),
      409,
    );
  });

  it("refuses every change to an institution's lead (403) and the anonymous (401)", async () => {
    const headers = { "if-match": '"1"' };
    await problemOf(await call("POST", "/api/v1/templates/stage-3/versions", { token: tokens.lead }), 403);
    await problemOf(await call("POST", "/api/v1/templates/stage-3/versions"), 401);
    await problemOf(
      await call("PATCH", "/api/v1/templates/stage-3/versions/1", { token: tokens.lead, headers, body: {} }),
      403,
    );
    await problemOf(
      await call("POST", "/api/v1/templates/stage-3/versions/1/publish", {
        token: tokens.signatory,
        headers,
        body: {},
      }),
      403,
    );
  });
});
