import { describe, expect, it } from "vitest";
import { todayInLondon } from "../../src/core/plans/today";
import { TEST_PUBLIC_URL } from "../../tests/setup/test-services";
import { apiTestBed, call, etagOf, LSTM, problemOf } from "./api-test-bed";
import {
  list,
  ZActionDetailJson,
  ZActionJson,
  ZActionLocationJson,
  ZActionSummaryJson,
  ZCharterJson,
  ZPlanJson,
  ZPlanListItemJson,
  ZPlanOverviewJson,
  ZRatingJson,
} from "./schemas";

const { tokens } = apiTestBed("plans api test");

async function lstmPlans(token?: string) {
  const res = await call("GET", `${LSTM}/plans`, { token });
  expect(res.status).toBe(200);
  return list(ZPlanListItemJson).parse(await res.json()).items;
}

/** A fresh draft plan of LSTM on the Progress scale, with one action. */
async function newDraft(startsOn = "2030-08-01") {
  const created = await call("POST", `${LSTM}/plans`, {
    token: tokens.lead,
    body: {
      title: `API test plan ${startsOn}`,
      startsOn,
      endsOn: `${Number(startsOn.slice(0, 4)) + 3}-07-31`,
      ragScaleId: "progress",
      pillarAims: { recognition: "Technicians are recognised." },
    },
  });
  expect(created.status).toBe(201);
  const plan = ZPlanJson.parse(await created.json());
  expect(created.headers.get("location")).toBe(`${TEST_PUBLIC_URL}${LSTM}/plans/${plan.id}`);
  expect(etagOf(created)).toBe(plan.version);
  const res = await call("POST", `${LSTM}/plans/${plan.id}/actions`, {
    token: tokens.lead,
    body: {
      title: "Register technicians with the Science Council",
      pillars: ["recognition", "career-development"],
      primaryPillar: "recognition",
      timescaleText: "July 2031",
      plannedOutcomes: "More registered technicians\nA registration champion",
      markers: [
        {
          text: "At least 20 % of technical staff registered",
          target: { comparator: ">=", value: 20, unit: "%", byDate: "2031-07-31", baseline: 12 },
        },
      ],
    },
  });
  expect(res.status).toBe(201);
  const action = ZActionJson.parse(await res.json());
  expect(res.headers.get("location")).toBe(`${TEST_PUBLIC_URL}${LSTM}/actions/${action.id}`);
  return { plan, action };
}

describe("the charter", () => {
  it("is public: four pillars with their official aims, and the RAG scales", async () => {
    const res = await call("GET", "/api/v1/charter");
    expect(res.status).toBe(200);
    const charter = ZCharterJson.parse(await res.json());
    expect(charter.pillars.map((p) => p.key)).toEqual([
      "visibility",
      "recognition",
      "career-development",
      "sustainability",
    ]);
    expect(charter.pillars.every((p) => p.aim.length > 10)).toBe(true);
    expect(charter.ragScales.map((r) => r.id)).toEqual(["red-amber-green", "five-point", "progress"]);
    expect(etagOf(res)).toBe(charter.version);
  });
});

describe("plans", () => {
  it("lists drafts to members only; everyone else sees the published plans, the current one marked", async () => {
    const mine = await lstmPlans(tokens.signatory);
    expect(mine.some((p) => p.status === "draft")).toBe(true);
    expect(mine.filter((p) => p.isCurrent).map((p) => p.title)).toEqual([
      "LSTM Technician Commitment Action Plan 2024–2027",
    ]);
    for (const token of [undefined, tokens.other, tokens.central]) {
      const theirs = await lstmPlans(token);
      expect(theirs.length).toBeGreaterThan(0);
      expect(theirs.every((p) => p.status === "published")).toBe(true);
    }
    // Dates travel as ISO strings: calendar days for periods, instants for the rest.
    expect(mine[0]!.startsOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(mine[0]!.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });

  it("shows a published plan to anyone, with numbered, rated actions, parsed timescales and counts", async () => {
    const current = (await lstmPlans()).find((p) => p.isCurrent)!;
    const res = await call("GET", `${LSTM}/plans/${current.id}`);
    expect(res.status).toBe(200);
    const overview = ZPlanOverviewJson.parse(await res.json());
    expect(etagOf(res)).toBe(overview.plan.version);
    expect(overview.allowed).toEqual({ edit: false, approve: false, rate: false });
    expect(overview.actions.length).toBeGreaterThan(0);
    expect(overview.actions[0]!.displayNumber).toMatch(/^[A-Z ]+ 1$/);
    expect(overview.actions.some((a) => a.currentRating !== null)).toBe(true);
    expect(overview.actions.some((a) => a.timescale.kind !== "unparsed")).toBe(true);
    expect(overview.counts.totals.reduce((sum, t) => sum + t.percent, 0)).toBe(100);
  });

  it("hides a draft: 404 to another institution and the central team, 401 to the anonymous", async () => {
    const draft = (await lstmPlans(tokens.lead)).find((p) => p.status === "draft")!;
    const path = `${LSTM}/plans/${draft.id}`;
    expect((await call("GET", path, { token: tokens.signatory })).status).toBe(200);
    for (const token of [tokens.other, tokens.central]) {
      expect((await problemOf(await call("GET", path, { token }), 404)).code).toBe("NOT_FOUND");
      expect((await call("GET", `${path}/actions`, { token })).status).toBe(404);
    }
    const anonymous = await call("GET", path);
    expect((await problemOf(anonymous, 401)).code).toBe("UNAUTHENTICATED");
    expect(anonymous.headers.get("www-authenticate")).toMatch(/Bearer/);
    // Another institution's slug in the address finds nothing either.
    expect(
      (await call("GET", `/api/v1/institutions/birmingham/plans/${draft.id}`, { token: tokens.other }))
        .status,
    ).toBe(404);
  });

  it("answers invalid input as problem+json with a message per field", async () => {
    const res = await call("POST", `${LSTM}/plans`, {
      token: tokens.lead,
      body: { title: "x", startsOn: "2030-08-01", endsOn: "2030-01-01", ragScaleId: "traffic-lights" },
    });
    const problem = await problemOf(res, 422);
    expect(problem).toMatchObject({
      code: "INVALID",
      errors: {
        title: [expect.any(String)],
        endsOn: ["The end date must be after the start."],
        ragScaleId: ["Choose a RAG scale."],
      },
    });
    expect((await call("POST", `${LSTM}/plans`, { token: tokens.signatory, body: {} })).status).toBe(403);
  });

  it("needs If-Match to change a plan: 428 without, 412 when stale with the current plan", async () => {
    const { plan } = await newDraft("2030-08-01");
    const path = `${LSTM}/plans/${plan.id}`;
    const noVersion = await call("PATCH", path, { token: tokens.lead, body: { title: "Renamed plan" } });
    expect((await problemOf(noVersion, 428)).code).toBe("PRECONDITION_REQUIRED");
    const ok = await call("PATCH", path, {
      token: tokens.lead,
      body: { title: "Renamed plan" },
      headers: { "if-match": `"${plan.version}"` },
    });
    expect(ok.status).toBe(200);
    expect(ZPlanJson.parse(await ok.json())).toMatchObject({
      title: "Renamed plan",
      version: plan.version + 1,
    });
    expect(etagOf(ok)).toBe(plan.version + 1);
    const stale = await call("PATCH", path, {
      token: tokens.lead,
      body: { title: "Someone else's title" },
      headers: { "if-match": `"${plan.version}"` },
    });
    expect(await problemOf(stale, 412)).toMatchObject({
      code: "STALE",
      current: { id: plan.id, title: "Renamed plan" },
      currentVersion: plan.version + 1,
    });
  });

  it("approves, refuses to publish out of turn, and publishes with If-Match", async () => {
    const { plan } = await newDraft("2033-08-01");
    const path = `${LSTM}/plans/${plan.id}/status`;
    expect((await call("POST", path, { token: tokens.lead, body: { to: "approved" } })).status).toBe(428);
    const early = await call("POST", path, {
      token: tokens.lead,
      body: { to: "published" },
      headers: { "if-match": `"${plan.version}"` },
    });
    expect((await problemOf(early, 422)).errors?.to).toEqual(["You cannot publish a draft plan."]);
    let version = plan.version;
    for (const to of ["approved", "published"]) {
      const res = await call("POST", path, {
        token: tokens.lead,
        body: { to },
        headers: { "if-match": `"${version}"` },
      });
      expect(res.status).toBe(200);
      const changed = ZPlanJson.parse(await res.json());
      expect(changed.status).toBe(to);
      version = etagOf(res);
    }
    // Published: now anyone may read it.
    expect((await call("GET", `${LSTM}/plans/${plan.id}`)).status).toBe(200);
  });
});

describe("actions", () => {
  it("lists the plan's actions with numbers, and refuses an action whose primary pillar is not one of its own", async () => {
    const { plan, action } = await newDraft("2036-08-01");
    const res = await call("GET", `${LSTM}/plans/${plan.id}/actions`, { token: tokens.signatory });
    const { items } = list(ZActionSummaryJson).parse(await res.json());
    expect(items).toEqual([
      expect.objectContaining({
        id: action.id,
        displayNumber: "RECOGNITION 1",
        shortNumber: "R1",
        currentRating: null,
        timescale: { kind: "deadline", endsOn: "2031-07-31" },
        plannedOutcomes: ["More registered technicians", "A registration champion"],
      }),
    ]);
    const bad = await call("POST", `${LSTM}/plans/${plan.id}/actions`, {
      token: tokens.lead,
      body: { title: "Mismatched", pillars: ["visibility"], primaryPillar: "sustainability" },
    });
    expect((await problemOf(bad, 422)).errors).toEqual({
      primaryPillar: ["The primary pillar must be one of the action's pillars."],
    });
  });

  it("shows an action's detail with its ETag, and patches only the fields sent; 412 carries the current action", async () => {
    const { action } = await newDraft("2039-08-01");
    const path = `${LSTM}/actions/${action.id}`;
    const got = await call("GET", path, { token: tokens.signatory });
    expect(got.status).toBe(200);
    const detail = ZActionDetailJson.parse(await got.json());
    expect(etagOf(got)).toBe(detail.action.version);
    expect(detail.action.displayNumber).toBe("RECOGNITION 1");
    expect(detail.markers).toEqual([
      expect.objectContaining({ status: "no-data", targetAfterTimescale: false }),
    ]);
    expect(detail.allowed).toEqual({ edit: false, rate: false, figures: true });

    expect((await call("PATCH", path, { token: tokens.lead, body: { title: "New title" } })).status).toBe(
      428,
    );
    const ok = await call("PATCH", path, {
      token: tokens.lead,
      body: { title: "Register technicians with professional bodies" },
      headers: { "if-match": `"${detail.action.version}"` },
    });
    expect(ok.status).toBe(200);
    const updated = ZActionJson.parse(await ok.json());
    expect(updated).toMatchObject({
      title: "Register technicians with professional bodies",
      timescaleText: "July 2031",
      pillars: ["recognition", "career-development"],
      plannedOutcomes: ["More registered technicians", "A registration champion"],
      markers: [expect.objectContaining({ target: expect.objectContaining({ value: 20 }) })],
      version: detail.action.version + 1,
    });
    const stale = await call("PATCH", path, {
      token: tokens.lead,
      body: { title: "A title from an old tab" },
      headers: { "if-match": `"${detail.action.version}"` },
    });
    expect(await problemOf(stale, 412)).toMatchObject({
      code: "STALE",
      current: { id: action.id, title: "Register technicians with professional bodies" },
      currentVersion: updated.version,
    });
    const invalid = await call("PATCH", path, {
      token: tokens.lead,
      body: { pillars: [] },
      headers: { "if-match": `"${updated.version}"` },
    });
    expect((await problemOf(invalid, 422)).errors?.pillars).toEqual(["Choose at least one pillar."]);
    expect(
      (
        await call("PATCH", path, {
          token: tokens.signatory,
          body: { title: "Not mine to change" },
          headers: { "if-match": `"${updated.version}"` },
        })
      ).status,
    ).toBe(403);
  });
});

describe("marker ids", () => {
  it("returns each marker's id, keeps it when the id is sent back, and replaces one it does not know", async () => {
    const { action } = await newDraft("2041-08-01");
    const [marker] = action.markers;
    expect(marker?.id).toMatch(/^[0-9a-f-]{36}$/);
    const res = await call("PATCH", `${LSTM}/actions/${action.id}`, {
      token: tokens.lead,
      body: {
        markers: [
          { text: "A new first marker", id: "not-one-of-ours" },
          { ...marker, text: "At least 20 % registered, reworded" },
        ],
      },
      headers: { "if-match": `"${action.version}"` },
    });
    expect(res.status).toBe(200);
    const updated = ZActionJson.parse(await res.json());
    expect(updated.markers[1]).toMatchObject({ id: marker?.id, text: "At least 20 % registered, reworded" });
    expect(updated.markers[0]?.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(updated.markers[0]?.id).not.toBe(marker?.id);
    const detail = ZActionDetailJson.parse(
      await (await call("GET", `${LSTM}/actions/${action.id}`, { token: tokens.lead })).json(),
    );
    expect(detail.markers.map((m) => m.id)).toEqual(updated.markers.map((m) => m.id));
  });
});

describe("ratings", () => {
  it("needs commentary for a level that means red (422 errors.commentary), then records and shows it", async () => {
    const { action } = await newDraft("2042-08-01");
    const path = `${LSTM}/actions/${action.id}/ratings`;
    const today = todayInLondon();
    const red = await call("POST", path, {
      token: tokens.lead,
      body: { level: "no-progress", assessedOn: today },
    });
    expect(await problemOf(red, 422)).toMatchObject({
      code: "INVALID",
      errors: { commentary: [expect.stringContaining("rated red")] },
    });
    const unknown = await call("POST", path, {
      token: tokens.lead,
      body: { level: "purple", assessedOn: today },
    });
    expect((await problemOf(unknown, 422)).errors?.level).toEqual([
      "Choose one of: No Progress, In Progress, Completed.",
    ]);
    expect(
      (await call("POST", path, { token: tokens.signatory, body: { level: "completed", assessedOn: today } }))
        .status,
    ).toBe(403);

    const rated = await call("POST", path, {
      token: tokens.lead,
      body: {
        level: "no-progress",
        assessedOn: today,
        commentary: "The registration fund was not renewed; we reapply in May.",
        evidence: [{ url: "https://example.ac.uk/minutes", title: "Committee minutes" }],
      },
    });
    expect(rated.status).toBe(201);
    const rating = ZRatingJson.parse(await rated.json());
    expect(rating).toMatchObject({
      level: "no-progress",
      colour: "red",
      label: "No Progress",
      assessedOn: today,
      evidence: [{ url: "https://example.ac.uk/minutes", title: "Committee minutes" }],
    });
    const timeline = list(ZRatingJson).parse(
      await (await call("GET", path, { token: tokens.signatory })).json(),
    );
    expect(timeline.items.map((r) => r.id)).toEqual([rating.id]);
    const detail = ZActionDetailJson.parse(
      await (await call("GET", `${LSTM}/actions/${action.id}`, { token: tokens.lead })).json(),
    );
    expect(detail.action.currentRating?.id).toBe(rating.id);
    expect(detail.timeline).toHaveLength(1);
  });
});

describe("carrying forward and retiring", () => {
  it("carries an action into a later draft, linking both ways, and refuses a second copy", async () => {
    const { action } = await newDraft("2045-08-01");
    const { plan: later } = await newDraft("2048-08-01");
    const path = `${LSTM}/actions/${action.id}/carry-forward`;
    const res = await call("POST", path, { token: tokens.lead, body: { toPlanId: later.id } });
    expect(res.status).toBe(201);
    const copy = ZActionJson.parse(await res.json());
    expect(copy).toMatchObject({ planId: later.id, carriedFromActionId: action.id, title: action.title });
    expect(res.headers.get("location")).toBe(`${TEST_PUBLIC_URL}${LSTM}/actions/${copy.id}`);
    const original = ZActionDetailJson.parse(
      await (await call("GET", `${LSTM}/actions/${action.id}`, { token: tokens.lead })).json(),
    );
    expect(original.carriedTo.map((l) => l.id)).toEqual([copy.id]);
    const again = await call("POST", path, { token: tokens.lead, body: { toPlanId: later.id } });
    expect((await problemOf(again, 422)).errors?.toPlanId).toEqual([
      "This action has already been carried into that plan.",
    ]);
    expect(
      (await problemOf(await call("POST", path, { token: tokens.lead, body: {} }), 422)).errors?.toPlanId,
    ).toBeDefined();
  });

  it("retires an action with a reason and its successor; it is then no longer rated or retired again", async () => {
    const { plan, action } = await newDraft("2051-08-01");
    const successor = ZActionJson.parse(
      await (
        await call("POST", `${LSTM}/plans/${plan.id}/actions`, {
          token: tokens.lead,
          body: {
            title: "A broader registration campaign",
            pillars: ["recognition"],
            primaryPillar: "recognition",
          },
        })
      ).json(),
    );
    const path = `${LSTM}/actions/${action.id}/retire`;
    expect(
      (await problemOf(await call("POST", path, { token: tokens.lead, body: {} }), 422)).errors,
    ).toHaveProperty("reason");
    const res = await call("POST", path, {
      token: tokens.lead,
      body: { reason: "Folded into the broader campaign.", supersededByActionId: successor.id },
    });
    expect(res.status).toBe(200);
    const retired = ZActionJson.parse(await res.json());
    expect(retired).toMatchObject({
      retiredReason: "Folded into the broader campaign.",
      supersededByActionId: successor.id,
    });
    expect(retired.retiredAt).not.toBeNull();
    expect(etagOf(res)).toBe(retired.version);
    const detail = ZActionDetailJson.parse(
      await (await call("GET", `${LSTM}/actions/${action.id}`, { token: tokens.lead })).json(),
    );
    expect(detail.supersededBy).toMatchObject({ id: successor.id, title: "A broader registration campaign" });
    expect(detail.allowed.rate).toBe(false);
    expect(
      (await call("POST", path, { token: tokens.lead, body: { reason: "Again, to be sure." } })).status,
    ).toBe(422);
    const rate = await call("POST", `${LSTM}/actions/${action.id}/ratings`, {
      token: tokens.lead,
      body: { level: "completed", assessedOn: todayInLondon() },
    });
    expect((await problemOf(rate, 422)).errors?.level).toEqual([
      "This action is retired; it is no longer rated.",
    ]);
  });
});

describe("locating an action by its id", () => {
  it("names the institution and plan of an action the caller may read, and nothing else", async () => {
    const { plan, action } = await newDraft("2054-08-01");
    const path = `/api/v1/actions/${action.id}`;
    const res = await call("GET", path, { token: tokens.signatory });
    expect(res.status).toBe(200);
    expect(ZActionLocationJson.parse(await res.json())).toEqual({
      institution: "lstm",
      planId: plan.id,
      actionId: action.id,
      href: `${TEST_PUBLIC_URL}${LSTM}/actions/${action.id}`,
    });
    // Another institution's draft is not found, exactly like an id that does not exist.
    for (const token of [tokens.other, tokens.central]) {
      expect((await problemOf(await call("GET", path, { token }), 404)).detail).toBe(
        "The action was not found.",
      );
    }
    expect((await call("GET", path)).status).toBe(401);
    for (const id of ["00000000-0000-4000-8000-000000000000", "not-a-uuid"]) {
      expect((await call("GET", `/api/v1/actions/${id}`, { token: tokens.lead })).status).toBe(404);
    }
  });

  it("locates a published plan's action for anyone", async () => {
    const current = (await lstmPlans()).find((p) => p.isCurrent)!;
    const overview = ZPlanOverviewJson.parse(await (await call("GET", `${LSTM}/plans/${current.id}`)).json());
    const first = overview.actions[0]!;
    const res = await call("GET", `/api/v1/actions/${first.id}`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ institution: "lstm", planId: current.id, actionId: first.id });
  });
});

describe("the OpenAPI document for plans", () => {
  it("takes request bodies from the use-cases' schemas", async () => {
    const doc = await (await call("GET", "/api/v1/openapi.json")).json();
    const body = (path: string, method: string) =>
      doc.paths[path][method].requestBody.content["application/json"].schema;
    expect(body("/api/v1/institutions/{slug}/plans", "post").required).toEqual(
      expect.arrayContaining(["title", "startsOn", "endsOn", "ragScaleId"]),
    );
    expect(body("/api/v1/institutions/{slug}/actions/{actionId}/ratings", "post").required).toEqual(
      expect.arrayContaining(["level", "assessedOn"]),
    );
    // PATCH on an action is partial: nothing is required.
    expect(body("/api/v1/institutions/{slug}/actions/{actionId}", "patch").required).toBeUndefined();
    const patch = doc.paths["/api/v1/institutions/{slug}/plans/{planId}"].patch;
    expect(patch.parameters).toContainEqual(expect.objectContaining({ name: "If-Match", required: true }));
    expect(doc.paths["/api/v1/actions/{actionId}"].get.security).toEqual([]);
  });
});
