import { describe, expect, it } from "vitest";
import { TEST_PUBLIC_URL } from "../../tests/setup/test-services";
import { apiTestBed, call, etagOf, LSTM, problemOf } from "./api-test-bed";
import {
  list,
  ZIndicatorFiguresJson,
  ZIndicatorJson,
  ZObservationImportReportJson,
  ZObservationJson,
} from "./schemas";

const { tokens } = apiTestBed("figures api test");

let counter = 0;
/** A fresh count indicator of LSTM, made through the API by its lead. */
async function newIndicator(fields: Record<string, unknown> = {}) {
  const res = await call("POST", `${LSTM}/indicators`, {
    token: tokens.lead,
    body: { name: `API test indicator ${++counter}`, unit: "count", ...fields },
  });
  expect(res.status).toBe(201);
  const indicator = ZIndicatorJson.parse(await res.json());
  expect(res.headers.get("location")).toBe(`${TEST_PUBLIC_URL}${LSTM}/indicators/${indicator.id}`);
  expect(etagOf(res)).toBe(indicator.version);
  return indicator;
}

const record = (indicatorId: string, body: Record<string, unknown>, token = tokens.lead) =>
  call("POST", `${LSTM}/indicators/${indicatorId}/observations`, { token, body });

describe("indicators", () => {
  it("lists an institution's indicators with their figures and derived changes to its members", async () => {
    const indicator = await newIndicator({ breakdownKeys: ["total", "senior"] });
    expect(
      (await record(indicator.id, { period: "2023", value: 40, breakdown: { total: 40, senior: 8 } })).status,
    ).toBe(201);
    expect(
      (await record(indicator.id, { period: "2024", value: 50, breakdown: { total: 50, senior: 15 } }))
        .status,
    ).toBe(201);
    const res = await call("GET", `${LSTM}/indicators`, { token: tokens.signatory });
    expect(res.status).toBe(200);
    const { items } = list(ZIndicatorFiguresJson).parse(await res.json());
    const mine = items.find((i) => i.indicator.id === indicator.id)!;
    expect(mine.observations.map((o) => o.label)).toEqual(["2023", "2024"]);
    expect(mine.derived.latestChange).toMatchObject({
      fromValue: 40,
      toValue: 50,
      absolute: 10,
      percent: 25,
    });
    expect(mine.derived.breakdowns.find((b) => b.key === "senior")?.shares.map((x) => x.share)).toEqual([
      20, 30,
    ]);
    expect(mine.allowed).toEqual({ edit: false });
  });

  it("keeps figures to members: 403 for another institution's list, 404 for its indicator, 401 anonymous", async () => {
    const indicator = await newIndicator();
    const path = `${LSTM}/indicators/${indicator.id}`;
    for (const token of [tokens.other, tokens.central]) {
      expect((await problemOf(await call("GET", `${LSTM}/indicators`, { token }), 403)).code).toBe(
        "FORBIDDEN",
      );
      expect((await problemOf(await call("GET", path, { token }), 404)).code).toBe("NOT_FOUND");
      expect((await record(indicator.id, { period: "2024", value: 1 }, token)).status).toBe(404);
    }
    const anonymous = await call("GET", `${LSTM}/indicators`);
    expect((await problemOf(anonymous, 401)).code).toBe("UNAUTHENTICATED");
    expect(anonymous.headers.get("www-authenticate")).toMatch(/Bearer/);
    expect((await call("GET", path)).status).toBe(401);
    // Another institution's slug in the address finds nothing either.
    expect(
      (
        await call("GET", `/api/v1/institutions/birmingham/indicators/${indicator.id}`, {
          token: tokens.other,
        })
      ).status,
    ).toBe(404);
  });

  it("answers an invalid indicator with a message per field, and a signatory with 403", async () => {
    const res = await call("POST", `${LSTM}/indicators`, {
      token: tokens.lead,
      body: { name: "", unit: "kilograms", breakdownKeys: ["senior", "senior"] },
    });
    expect(await problemOf(res, 422)).toMatchObject({
      code: "INVALID",
      errors: {
        name: ["Enter the indicator's name."],
        unit: ["Choose count, percent, currency or other."],
        breakdownKeys: ["'senior' appears twice."],
      },
    });
    const refused = await call("POST", `${LSTM}/indicators`, {
      token: tokens.signatory,
      body: { name: "Not mine to add", unit: "count" },
    });
    expect((await problemOf(refused, 403)).code).toBe("FORBIDDEN");
  });

  it("needs If-Match to change an indicator: 428 without, 412 when stale with the current indicator", async () => {
    const indicator = await newIndicator();
    const path = `${LSTM}/indicators/${indicator.id}`;
    const got = await call("GET", path, { token: tokens.signatory });
    expect(got.status).toBe(200);
    expect(etagOf(got)).toBe(ZIndicatorFiguresJson.parse(await got.json()).indicator.version);
    const noVersion = await call("PATCH", path, { token: tokens.lead, body: { definition: "Headcount" } });
    expect((await problemOf(noVersion, 428)).code).toBe("PRECONDITION_REQUIRED");
    const ok = await call("PATCH", path, {
      token: tokens.lead,
      body: { definition: "Headcount on 31 July" },
      headers: { "if-match": `"${indicator.version}"` },
    });
    expect(ok.status).toBe(200);
    expect(ZIndicatorJson.parse(await ok.json())).toMatchObject({
      name: indicator.name,
      definition: "Headcount on 31 July",
      version: indicator.version + 1,
    });
    expect(etagOf(ok)).toBe(indicator.version + 1);
    const stale = await call("PATCH", path, {
      token: tokens.lead,
      body: { definition: "From an old tab" },
      headers: { "if-match": `"${indicator.version}"` },
    });
    expect(await problemOf(stale, 412)).toMatchObject({
      code: "STALE",
      current: { id: indicator.id, definition: "Headcount on 31 July" },
      currentVersion: indicator.version + 1,
    });
  });
});

describe("observations", () => {
  it("records a figure (201) and refuses a second one for the same period with 409 and errors.period", async () => {
    const indicator = await newIndicator();
    const res = await record(indicator.id, { period: "2023/24", value: "1,234", asOf: "2024-07-31" });
    expect(res.status).toBe(201);
    expect(ZObservationJson.parse(await res.json())).toMatchObject({
      indicatorId: indicator.id,
      period: { kind: "academic-year", startYear: 2023 },
      periodStart: "2023-08-01",
      periodEnd: "2024-07-31",
      value: 1234,
    });
    const again = await record(indicator.id, {
      period: { kind: "academic-year", startYear: 2023 },
      value: 5,
    });
    expect(await problemOf(again, 409)).toMatchObject({
      code: "CONFLICT",
      errors: { period: [expect.stringContaining("2023/24")] },
    });
    const invalid = await record(indicator.id, { period: "sometime", value: 2.5 });
    expect((await problemOf(invalid, 422)).errors).toMatchObject({
      period: [expect.any(String)],
    });
    expect((await record(indicator.id, { period: "2025", value: 3 }, tokens.signatory)).status).toBe(403);
  });
});

describe("one figure: PATCH and DELETE with If-Match", () => {
  /** A fresh indicator with a figure for 2023, read back through the API. */
  async function figure() {
    const indicator = await newIndicator({ breakdownKeys: ["total", "senior"] });
    const res = await record(indicator.id, {
      period: "2023",
      value: 40,
      breakdown: { total: 40, senior: 8 },
      note: "From HR.",
    });
    const created = ZObservationJson.parse(await res.json());
    return { indicator, created, path: `${LSTM}/indicators/${indicator.id}/observations/${created.id}` };
  }

  it("changes only the fields sent (200 with the new ETag), and a stale If-Match gets 412 with both versions", async () => {
    const { created, path } = await figure();
    expect(
      (await problemOf(await call("PATCH", path, { token: tokens.lead, body: { value: 41 } }), 428)).code,
    ).toBe("PRECONDITION_REQUIRED");
    const ok = await call("PATCH", path, {
      token: tokens.lead,
      body: { value: 41, breakdown: { total: 41, senior: 9 } },
      headers: { "if-match": `"${created.version}"` },
    });
    expect(ok.status).toBe(200);
    expect(etagOf(ok)).toBe(created.version + 1);
    expect(ZObservationJson.parse(await ok.json())).toMatchObject({
      value: 41,
      breakdown: { total: 41, senior: 9 },
      note: "From HR.",
      period: { kind: "year", year: 2023 },
    });
    const stale = await call("PATCH", path, {
      token: tokens.lead,
      body: { note: "From an old tab" },
      headers: { "if-match": `"${created.version}"` },
    });
    expect(await problemOf(stale, 412)).toMatchObject({
      code: "STALE",
      current: { id: created.id, value: 41, note: "From HR." },
      currentVersion: created.version + 1,
    });
  });

  it("refuses a period that already has a figure with 409, and a bad value with 422", async () => {
    const { indicator, created, path } = await figure();
    expect((await record(indicator.id, { period: "2024", value: 50, breakdown: { total: 50 } })).status).toBe(
      201,
    );
    const headers = { "if-match": `"${created.version}"` };
    const taken = await call("PATCH", path, { token: tokens.lead, body: { period: "2024" }, headers });
    expect(await problemOf(taken, 409)).toMatchObject({
      errors: { period: [expect.stringContaining("2024")] },
    });
    const bad = await call("PATCH", path, { token: tokens.lead, body: { value: "many" }, headers });
    expect((await problemOf(bad, 422)).errors?.value).toEqual(["Enter a number, such as 42 or 1,234."]);
  });

  it("deletes at the version read (204), then the figure is gone: 404", async () => {
    const { indicator, created, path } = await figure();
    expect((await problemOf(await call("DELETE", path, { token: tokens.lead }), 428)).code).toBe(
      "PRECONDITION_REQUIRED",
    );
    const stale = await call("DELETE", path, { token: tokens.lead, headers: { "if-match": '"7"' } });
    expect(await problemOf(stale, 412)).toMatchObject({ currentVersion: created.version });
    const gone = await call("DELETE", path, {
      token: tokens.lead,
      headers: { "if-match": `"${created.version}"` },
    });
    expect(gone.status).toBe(204);
    const figures = ZIndicatorFiguresJson.parse(
      await (await call("GET", `${LSTM}/indicators/${indicator.id}`, { token: tokens.lead })).json(),
    );
    expect(figures.observations).toEqual([]);
    const again = await call("DELETE", path, { token: tokens.lead, headers: { "if-match": '"2"' } });
    expect((await problemOf(again, 404)).code).toBe("NOT_FOUND");
  });

  it("refuses a viewer with 403, another institution with 404 and the anonymous with 401", async () => {
    const { path } = await figure();
    const headers = { "if-match": '"1"' };
    for (const method of ["PATCH", "DELETE"]) {
      const body = method === "PATCH" ? { value: 1 } : undefined;
      expect((await call(method, path, { token: tokens.signatory, body, headers })).status).toBe(403);
      expect((await call(method, path, { token: tokens.other, body, headers })).status).toBe(404);
      expect((await call(method, path, { body, headers })).status).toBe(401);
      const elsewhere = path.replace("/lstm/", "/birmingham/");
      expect((await call(method, elsewhere, { token: tokens.other, body, headers })).status).toBe(404);
    }
  });
});

describe("importing figures", () => {
  it("previews a table row by row, saving nothing", async () => {
    const indicator = await newIndicator();
    expect((await record(indicator.id, { period: "2022", value: 7 })).status).toBe(201);
    const res = await call("POST", `${LSTM}/indicators/${indicator.id}/import`, {
      token: tokens.lead,
      body: { text: "Period\tValue\n2022\t8\n2023\t9\n", mode: "preview", replaceExisting: true },
    });
    expect(res.status).toBe(200);
    const report = ZObservationImportReportJson.parse(await res.json());
    expect(report).toMatchObject({
      mode: "preview",
      ok: true,
      counts: { add: 1, replace: 1, withErrors: 0 },
      written: [],
    });
    expect(report.rows.map((r) => r.outcome)).toEqual(["replace", "add"]);
    const figures = ZIndicatorFiguresJson.parse(
      await (await call("GET", `${LSTM}/indicators/${indicator.id}`, { token: tokens.lead })).json(),
    );
    expect(figures.observations.map((o) => [o.label, o.value])).toEqual([["2022", 7]]);
  });

  it("imports all rows or none: a bad row gets 422 with errors.rows and the report, and nothing is saved", async () => {
    const indicator = await newIndicator();
    const path = `${LSTM}/indicators/${indicator.id}/import`;
    const refused = await call("POST", path, {
      token: tokens.lead,
      body: { text: "period,value\n2021,4\nnot a period,5\n", mode: "import" },
    });
    const problem = await problemOf(refused, 422);
    expect(problem.code).toBe("INVALID");
    expect(problem.errors?.rows).toEqual([expect.stringMatching(/^Line 3:/)]);
    const report = ZObservationImportReportJson.parse(problem.report);
    expect(report).toMatchObject({ ok: false, counts: { add: 1, withErrors: 1 }, written: [] });
    expect(report.rows[1]!.errors).toEqual(problem.errors?.rows);
    const after = ZIndicatorFiguresJson.parse(
      await (await call("GET", `${LSTM}/indicators/${indicator.id}`, { token: tokens.lead })).json(),
    );
    expect(after.observations).toEqual([]);

    const ok = await call("POST", path, {
      token: tokens.lead,
      body: { text: "period,value\n2021,4\n2022,5\n", mode: "import" },
    });
    expect(ok.status).toBe(200);
    const done = ZObservationImportReportJson.parse(await ok.json());
    expect(done).toMatchObject({ mode: "import", ok: true });
    expect(done.written.map((o) => o.value)).toEqual([4, 5]);
    // An empty table is refused like any invalid input, with no report to give.
    const empty = await call("POST", path, { token: tokens.lead, body: { text: "", mode: "import" } });
    expect((await problemOf(empty, 422)).errors?.text).toEqual(["Paste a table or choose a CSV file."]);
    expect(
      (await call("POST", path, { token: tokens.signatory, body: { text: "period,value\n2030,1" } })).status,
    ).toBe(403);
  });
});
