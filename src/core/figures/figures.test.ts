import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestServices, type TestServices } from "../../../tests/setup/test-services";
import { auditEvent, observation } from "../../db/schema";
import { type Actor, ANONYMOUS } from "../actor";
import { createGradeStructure } from "./create-grade-structure.server";
import { createIndicator } from "./create-indicator.server";
import { deleteObservation } from "./delete-observation.server";
import { formatPercent, formatPercentChange, formatPointsChange } from "./derived";
import { isUniqueViolation } from "./figure-access.server";
import { getIndicator } from "./get-indicator.server";
import { importObservations } from "./import-observations.server";
import { latestValues } from "./latest-observation.server";
import { listGradeStructures } from "./list-grade-structures.server";
import { listIndicators } from "./list-indicators.server";
import { recordObservation } from "./record-observation.server";
import { updateIndicator } from "./update-indicator.server";

let s: TestServices;
let lstmLead: Actor;
let lstmEditor: Actor;
let lstmSignatory: Actor;
let bhamEditor: Actor;
let bhamSignatory: Actor;
let central: Actor;
beforeAll(async () => {
  s = await openTestServices();
  lstmLead = await s.actorFor("lead@lstm.demo");
  lstmEditor = await s.actorFor("editor@lstm.demo");
  lstmSignatory = await s.actorFor("signatory@lstm.demo");
  bhamEditor = await s.actorFor("editor@birmingham.demo");
  bhamSignatory = await s.actorFor("signatory@birmingham.demo");
  central = await s.actorFor("team@technician-commitment.demo");
});
afterAll(() => s.close());

const technicians = (name = "Technicians") =>
  createIndicator(s.ctx(lstmEditor), "lstm", {
    name,
    definition: "Headcount of technical staff on 31 July, from HR records.",
    unit: "count",
    category: "workforce",
    breakdownKeys: ["total", "senior"],
  });

const attendance = (name: string) =>
  createIndicator(s.ctx(bhamEditor), "birmingham", { name, unit: "count", category: "training" });

const historyOf = (entityId: string) =>
  s.db.select().from(auditEvent).where(eq(auditEvent.entityId, entityId)).orderBy(auditEvent.createdAt);

describe("indicators", () => {
  it("refuses a bad indicator with a message on each field", async () => {
    await expect(
      createIndicator(s.ctx(lstmEditor), "lstm", {
        name: " ",
        unit: "score",
        breakdownKeys: ["senior", "Value", "senior", "a/b"],
      }),
    ).rejects.toMatchObject({
      code: "INVALID",
      details: {
        fieldErrors: {
          name: ["Enter the indicator's name."],
          unit: ["Choose count, percent, currency or other."],
          breakdownKeys: [
            "'value' is a column of every figures table: name the breakdown differently.",
            "'senior' appears twice.",
            "'a/b' is not a breakdown name: use letters, digits and hyphens, such as senior.",
          ],
        },
      },
    });
  });

  it("reads breakdowns one per line as a form sends them, and records the creation", async () => {
    const created = await createIndicator(s.ctx(lstmLead), "lstm", {
      name: "Apprentices",
      unit: "count",
      category: "",
      breakdownKeys: "Started\nCompleted\nIn permanent roles\n",
    });
    expect(created).toMatchObject({
      category: "other",
      definition: "",
      breakdownKeys: ["started", "completed", "in-permanent-roles"],
      version: 1,
    });
    expect((await historyOf(created.id)).map((e) => e.action)).toEqual(["indicator.create"]);
  });

  it("refuses a second indicator of the same name, whatever its case", async () => {
    await technicians("Registered technicians");
    await expect(technicians("registered TECHNICIANS")).rejects.toMatchObject({
      code: "CONFLICT",
      details: { fieldErrors: { name: [expect.any(String)] } },
    });
  });

  it("refuses a stale change with the current indicator, and keeps the unit once figures exist", async () => {
    const created = await technicians("Technical staff (test)");
    const renamed = await updateIndicator(s.ctx(lstmEditor), "lstm", created.id, {
      name: "Technical staff (headcount)",
      expectedVersion: 1,
    });
    expect(renamed).toMatchObject({ version: 2, unit: "count", breakdownKeys: ["total", "senior"] });
    await expect(
      updateIndicator(s.ctx(lstmEditor), "lstm", created.id, { definition: "Late", expectedVersion: 1 }),
    ).rejects.toMatchObject({
      code: "STALE",
      details: { currentVersion: 2, current: { name: "Technical staff (headcount)" } },
    });
    await recordObservation(s.ctx(lstmEditor), "lstm", created.id, {
      period: "2024",
      value: 53,
      breakdown: { total: 53, senior: 11 },
    });
    await expect(
      updateIndicator(s.ctx(lstmEditor), "lstm", created.id, { unit: "percent", expectedVersion: 2 }),
    ).rejects.toMatchObject({ code: "INVALID", details: { fieldErrors: { unit: [expect.any(String)] } } });
    await expect(
      updateIndicator(s.ctx(lstmEditor), "lstm", created.id, {
        breakdownKeys: ["total"],
        expectedVersion: 2,
      }),
    ).rejects.toMatchObject({
      code: "INVALID",
      details: {
        fieldErrors: {
          breakdownKeys: ["'senior' has figures recorded: keep it, or remove those figures first."],
        },
      },
    });
    const history = await historyOf(created.id);
    expect(history.map((e) => e.action)).toEqual(["indicator.create", "indicator.update"]);
  });
});

describe("LSTM's technicians (seed S2)", () => {
  it("derives +26.2 %, senior +175 % and the senior share 9.5 % → 20.8 %, never typed", async () => {
    const indicator = await technicians();
    await recordObservation(s.ctx(lstmEditor), "lstm", indicator.id, {
      period: { kind: "year", year: 2019 },
      value: 42,
      breakdown: { total: 42, senior: 4 },
    });
    // As a form sends it: text everywhere.
    await recordObservation(s.ctx(lstmEditor), "lstm", indicator.id, {
      period: "2024",
      value: "53",
      breakdown: { total: "53", senior: "11" },
      provisional: "",
      asOf: "",
      note: "",
    });
    const { observations, derived, allowed } = await getIndicator(s.ctx(lstmSignatory), "lstm", indicator.id);
    expect(allowed).toEqual({ edit: false });
    expect(observations.map((o) => [o.label, o.observed.value, o.isProvisional])).toEqual([
      ["2019", 42, false],
      ["2024", 53, false],
    ]);
    expect(formatPercentChange(derived.latestChange!.percent!)).toBe("+26.2 %");
    expect(derived.latestChange!.flags).toEqual(["non-consecutive"]);
    const [total, senior] = derived.breakdowns;
    expect(total!.shares).toEqual([]);
    expect(formatPercentChange(senior!.latestChange!.percent!)).toBe("+175 %");
    expect(senior!.shares.map((x) => [x.label, formatPercent(x.share)])).toEqual([
      ["2019", "9.5 %"],
      ["2024", "20.8 %"],
    ]);
    expect(formatPointsChange(senior!.shareChanges[0]!.absolute!)).toBe("+11.2 pp");

    const latest = await latestValues(s.db, indicator.institutionId, [indicator.id]);
    expect(latest.get(indicator.id)).toMatchObject({ value: 53, on: "2024-12-31", isProvisional: false });
  });

  it("refuses a second figure for a period, however it is written", async () => {
    const indicator = await technicians("Technicians (periods)");
    await recordObservation(s.ctx(lstmEditor), "lstm", indicator.id, { period: "2023/24", value: 50 });
    for (const period of ["AY 2023-24", { kind: "academic-year", startYear: 2023 }]) {
      await expect(
        recordObservation(s.ctx(lstmEditor), "lstm", indicator.id, { period, value: 51 }),
      ).rejects.toMatchObject({
        code: "CONFLICT",
        details: {
          fieldErrors: { period: ["There is already a figure for 2023/24: change that one instead."] },
        },
      });
    }
  });

  it("recognises the index's refusal of a second figure, for a save that loses a race", async () => {
    const indicator = await technicians("Technicians (index)");
    const row = {
      indicatorId: indicator.id,
      institutionId: indicator.institutionId,
      period: { kind: "year", year: 2020 } as const,
      periodStart: "2020-01-01",
      periodEnd: "2020-12-31",
      value: 40,
    };
    await s.db.insert(observation).values(row);
    const error = await s.db
      .insert(observation)
      .values(row)
      .catch((e: unknown) => e);
    expect(isUniqueViolation(error)).toBe(true);
    expect(isUniqueViolation(new Error("other"))).toBe(false);
  });

  it("changes a figure only from the version read, and deletes it with a trace", async () => {
    const indicator = await technicians("Technicians (changes)");
    const first = await recordObservation(s.ctx(lstmEditor), "lstm", indicator.id, {
      period: "2019",
      value: 41,
    });
    const changed = await recordObservation(s.ctx(lstmEditor), "lstm", indicator.id, {
      observationId: first.id,
      expectedVersion: 1,
      period: "2019",
      value: 42,
    });
    expect(changed).toMatchObject({ id: first.id, value: 42, version: 2 });
    await expect(
      recordObservation(s.ctx(lstmLead), "lstm", indicator.id, {
        observationId: first.id,
        expectedVersion: 1,
        period: "2019",
        value: 40,
      }),
    ).rejects.toMatchObject({ code: "STALE", details: { currentVersion: 2, current: { value: 42 } } });

    await deleteObservation(s.ctx(lstmEditor), "lstm", indicator.id, first.id, { expectedVersion: 2 });
    expect((await getIndicator(s.ctx(lstmEditor), "lstm", indicator.id)).observations).toEqual([]);
    // The period is free again once its figure is deleted.
    await recordObservation(s.ctx(lstmEditor), "lstm", indicator.id, { period: "2019", value: 42 });
    expect((await historyOf(first.id)).map((e) => e.action)).toEqual([
      "observation.create",
      "observation.update",
      "observation.delete",
    ]);
  });

  it("checks a figure against its indicator, field by field", async () => {
    const share = await createIndicator(s.ctx(lstmEditor), "lstm", { name: "Senior share", unit: "percent" });
    const record = (input: Record<string, unknown>) =>
      recordObservation(s.ctx(lstmEditor), "lstm", share.id, input);
    await expect(record({ period: "next year" })).rejects.toMatchObject({
      details: {
        fieldErrors: {
          period: ["Enter a period such as 2024, 2023/24, 1 March 2022 – 28 February 2023 or 31 July 2024"],
        },
      },
    });
    await expect(record({ period: "2019", value: "lots", asOf: "soon" })).rejects.toMatchObject({
      details: {
        fieldErrors: {
          value: ["Enter a number, such as 42 or 1,234."],
          asOf: ["Enter the day it was counted, such as 31 December 2023."],
        },
      },
    });
    await expect(
      record({ period: "2019", numerator: 4, breakdown: { senior: 4 }, asOf: "2018-12-31" }),
    ).rejects.toMatchObject({
      details: {
        fieldErrors: {
          denominator: ["Give both parts, or neither."],
          "breakdown.senior": ["This indicator has no breakdown."],
          asOf: ["It cannot have been counted before the period starts (1 January 2019)."],
        },
      },
    });
    await expect(record({ period: "2019", value: 120 })).rejects.toMatchObject({
      details: { fieldErrors: { value: ["A percentage is from 0 to 100."] } },
    });
    await expect(record({ period: "2019" })).rejects.toMatchObject({
      details: { fieldErrors: { value: ["Enter the percentage, or both its numerator and denominator."] } },
    });
    // Typed beside its parts, a percentage is derived from them and the disagreement reported.
    await record({ period: "2019", value: "10%", numerator: 4, denominator: 42 });
    await record({ period: "2024", numerator: 11, denominator: 53 });
    const { observations, derived } = await getIndicator(s.ctx(lstmEditor), "lstm", share.id);
    expect(observations.map((o) => formatPercent(o.observed.value!))).toEqual(["9.5 %", "20.8 %"]);
    expect(observations[0]!.observed.discrepancy).toMatchObject({ typed: 10 });
    expect(formatPointsChange(derived.latestChange!.absolute!)).toBe("+11.2 pp");
  });
});

describe("Birmingham's MI Talent training attendance (seed S1)", () => {
  it("compares March-to-February years, flagging the provisional Year 4", async () => {
    const indicator = await attendance("MI Talent training attendance");
    const years = [
      ["1 March 2020 – 28 February 2021", 26],
      ["1 March 2021 – 28 February 2022", 62],
      ["1 March 2022 – 28 February 2023", 73],
    ] as const;
    for (const [period, value] of years) {
      await recordObservation(s.ctx(bhamEditor), "birmingham", indicator.id, { period, value });
    }
    await recordObservation(s.ctx(bhamEditor), "birmingham", indicator.id, {
      period: { kind: "range", startsOn: "2023-03-01", endsOn: "2024-02-29" },
      value: 51,
      provisional: "on",
      asOf: "December 2023",
      note: "Year 4",
    });
    const { observations, derived } = await getIndicator(s.ctx(bhamSignatory), "birmingham", indicator.id);
    expect(observations.map((o) => o.isProvisional)).toEqual([false, false, false, true]);
    expect(observations[3]).toMatchObject({ asOf: "2023-12-31", label: "1 March 2023 – 29 February 2024" });
    expect(derived.yearOnYear.map((c) => [formatPercentChange(c.percent!), c.flags])).toEqual([
      ["+138.5 %", []],
      ["+17.7 %", []],
      ["−30.1 %", ["provisional"]],
    ]);
    const latest = await latestValues(s.db, indicator.institutionId, [indicator.id]);
    expect(latest.get(indicator.id)).toMatchObject({ value: 51, on: "2023-12-31", isProvisional: true });
  });
});

describe("who may see and change figures", () => {
  let birmingham: { id: string };
  beforeAll(async () => {
    birmingham = await attendance("Technicians registered with the Science Council");
    await recordObservation(s.ctx(bhamEditor), "birmingham", birmingham.id, { period: "2024", value: 12 });
  });

  it("hides an institution's indicator from other institutions and the central team", async () => {
    for (const actor of [lstmEditor, central]) {
      await expect(getIndicator(s.ctx(actor), "birmingham", birmingham.id)).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
      await expect(
        recordObservation(s.ctx(actor), "birmingham", birmingham.id, { period: "2025", value: 1 }),
      ).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(
        updateIndicator(s.ctx(actor), "birmingham", birmingham.id, { name: "Mine", expectedVersion: 1 }),
      ).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(listIndicators(s.ctx(actor), "birmingham")).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    // Birmingham's id under LSTM's address finds nothing either, even for LSTM's lead.
    await expect(getIndicator(s.ctx(lstmLead), "lstm", birmingham.id)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const lstm = await listIndicators(s.ctx(lstmEditor), "lstm");
    expect(lstm.length).toBeGreaterThan(0);
    expect(lstm.some((i) => i.indicator.id === birmingham.id)).toBe(false);
    // A marker can only read its own institution's figures.
    const lstmId = lstm[0]!.indicator.institutionId;
    expect((await latestValues(s.db, lstmId, [birmingham.id])).size).toBe(0);
  });

  it("lets a signatory read but not change, and asks the anonymous to sign in", async () => {
    await expect(getIndicator(s.ctx(bhamSignatory), "birmingham", birmingham.id)).resolves.toBeTruthy();
    await expect(listIndicators(s.ctx(bhamSignatory), "birmingham")).resolves.not.toHaveLength(0);
    await expect(
      recordObservation(s.ctx(bhamSignatory), "birmingham", birmingham.id, { period: "2025", value: 1 }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      importObservations(s.ctx(bhamSignatory), "birmingham", birmingham.id, { text: "period,value\n2025,1" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      createIndicator(s.ctx(bhamSignatory), "birmingham", { name: "Mine", unit: "count" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    for (const call of [
      () => getIndicator(s.ctx(ANONYMOUS), "birmingham", birmingham.id),
      () => getIndicator(s.ctx(ANONYMOUS), "birmingham", "not-an-id"),
      () => listIndicators(s.ctx(ANONYMOUS), "birmingham"),
    ]) {
      await expect(call()).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    }
    await expect(getIndicator(s.ctx(bhamEditor), "birmingham", "not-an-id")).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

const MI_CSV = [
  "Period,Value,Provisional,As of,Note",
  "1 March 2020 – 28 February 2021,26,,,Year 1",
  "1 March 2021 – 28 February 2022,62,,,Year 2",
  "1 March 2022 – 28 February 2023,73,,,Year 3",
  "1 March 2023 – 29 February 2024,51,yes,December 2023,Year 4",
].join("\n");

describe("importing a table", () => {
  const figuresOf = async (id: string) =>
    (await getIndicator(s.ctx(bhamEditor), "birmingham", id)).observations;
  const importInto = (id: string, input: Record<string, unknown>) =>
    importObservations(s.ctx(bhamEditor), "birmingham", id, input);

  it("previews every row and writes nothing", async () => {
    const indicator = await attendance("MI attendance (preview)");
    const report = await importInto(indicator.id, { text: MI_CSV, mode: "preview" });
    expect(report).toMatchObject({
      mode: "preview",
      ok: true,
      counts: { add: 4, replace: 0, withErrors: 0 },
    });
    expect(report.rows.map((r) => [r.line, r.outcome])).toEqual([
      [2, "add"],
      [3, "add"],
      [4, "add"],
      [5, "add"],
    ]);
    expect(report.written).toEqual([]);
    expect(await figuresOf(indicator.id)).toEqual([]);
  });

  it("imports nothing while one row is wrong, and says which line", async () => {
    const indicator = await attendance("MI attendance (one bad row)");
    const text = MI_CSV.replace("2022,62,", "2022,sixty-two,");
    const preview = await importInto(indicator.id, { text });
    expect(preview.ok).toBe(false);
    expect(preview.rows[1]!.errors).toEqual(["Line 3: 'sixty-two' is not a number."]);
    await expect(importInto(indicator.id, { text, mode: "import" })).rejects.toMatchObject({
      code: "INVALID",
      message: "Nothing was imported: 1 of 4 rows need correcting.",
      details: { fieldErrors: { rows: ["Line 3: 'sixty-two' is not a number."] } },
    });
    expect(await figuresOf(indicator.id)).toEqual([]);
  });

  it("imports a good table in one go, with a history entry per figure", async () => {
    const indicator = await attendance("MI attendance (import)");
    const report = await importInto(indicator.id, { text: MI_CSV, mode: "import" });
    expect(report.written).toHaveLength(4);
    const figures = await figuresOf(indicator.id);
    expect(figures.map((o) => o.value)).toEqual([26, 62, 73, 51]);
    expect(figures[3]).toMatchObject({ provisional: true, asOf: "2023-12-31", note: "Year 4" });
    const events = await s.db
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.entityType, "observation"), eq(auditEvent.action, "observation.create")));
    expect(report.written.every((w) => events.some((e) => e.entityId === w.id))).toBe(true);
  });

  it("reports a period that already has a figure, and replaces it only when asked", async () => {
    const indicator = await attendance("MI attendance (replace)");
    const first = await recordObservation(s.ctx(bhamEditor), "birmingham", indicator.id, {
      period: "1 March 2022 – 28 February 2023",
      value: 70,
    });
    const refused = await importInto(indicator.id, { text: MI_CSV });
    expect(refused.ok).toBe(false);
    expect(refused.rows[2]).toMatchObject({
      outcome: null,
      existing: { id: first.id },
      errors: [
        "Line 4: there is already a figure for 1 March 2022 – 28 February 2023; import again choosing to replace it.",
      ],
    });
    await expect(importInto(indicator.id, { text: MI_CSV, mode: "import" })).rejects.toMatchObject({
      code: "INVALID",
    });
    expect((await figuresOf(indicator.id)).map((o) => o.value)).toEqual([70]);

    const report = await importInto(indicator.id, { text: MI_CSV, mode: "import", replaceExisting: "on" });
    expect(report.counts).toEqual({ add: 3, replace: 1, withErrors: 0 });
    const figures = await figuresOf(indicator.id);
    expect(figures.map((o) => o.value)).toEqual([26, 62, 73, 51]);
    expect(figures[2]).toMatchObject({ id: first.id, version: 2 });
    expect((await historyOf(first.id)).map((e) => e.action)).toEqual([
      "observation.create",
      "observation.update",
    ]);
  });

  it("reports a table that cannot be read at all", async () => {
    const indicator = await attendance("MI attendance (bad table)");
    await expect(
      importInto(indicator.id, { text: "Year,Count\n2024,5", mode: "import" }),
    ).rejects.toMatchObject({
      code: "INVALID",
      details: { fieldErrors: { text: expect.arrayContaining(["The table needs a 'period' column."]) } },
    });
  });
});

describe("grade structures", () => {
  it("records a structure with its grades and dates, and lists them in order", async () => {
    const later = await createGradeStructure(s.ctx(bhamEditor), "birmingham", {
      name: "Professional Services framework",
      effectiveFrom: "2019-08-01",
      grades: "400 – Technician\n500 – Senior technician\n600: Technical manager",
    });
    expect(later.grades).toEqual([
      { code: "400", name: "Technician" },
      { code: "500", name: "Senior technician" },
      { code: "600", name: "Technical manager" },
    ]);
    await createGradeStructure(s.ctx(bhamEditor), "birmingham", {
      name: "Former grades",
      effectiveFrom: "2010-01-01",
      effectiveTo: "2019-07-31",
      grades: [{ code: "T1" }, { code: "T2", name: "Senior" }],
    });
    const listed = await listGradeStructures(s.ctx(bhamSignatory), "birmingham");
    // Among the demo's two (the old bands, with no start date, come first).
    expect(listed.map((g) => g.name)).toEqual([
      "Support staff bands",
      "Former grades",
      "Professional Services framework",
      "Professional services grades",
    ]);
    expect((await historyOf(later.id)).map((e) => e.action)).toEqual(["grade-structure.create"]);
  });

  it("refuses an unusable structure, and anyone who may not edit figures", async () => {
    await expect(
      createGradeStructure(s.ctx(bhamEditor), "birmingham", {
        name: "Bad",
        effectiveFrom: "2020-01-01",
        effectiveTo: "2019-01-01",
        grades: "A\nA",
      }),
    ).rejects.toMatchObject({
      code: "INVALID",
      details: {
        fieldErrors: {
          grades: ["Each grade needs its own code."],
          effectiveTo: ["The end date must be after the start."],
        },
      },
    });
    await expect(
      createGradeStructure(s.ctx(bhamSignatory), "birmingham", { name: "X", grades: "A" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listGradeStructures(s.ctx(lstmEditor), "birmingham")).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});
