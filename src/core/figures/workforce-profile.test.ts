import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestServices, type TestServices } from "../../../tests/setup/test-services";
import { auditEvent } from "../../db/schema";
import { type Actor, ANONYMOUS } from "../actor";
import { createIndicator } from "./create-indicator.server";
import { deleteObservation } from "./delete-observation.server";
import { getIndicator } from "./get-indicator.server";
import { getWorkforceProfile } from "./get-workforce-profile.server";
import { recordObservation } from "./record-observation.server";
import { updateObservation } from "./update-observation.server";

let s: TestServices;
let bhamEditor: Actor;
let bhamViewer: Actor;
let lstmLead: Actor;
let lstmSignatory: Actor;
let central: Actor;
beforeAll(async () => {
  s = await openTestServices();
  bhamEditor = await s.actorFor("editor@birmingham.demo");
  bhamViewer = await s.actorFor("signatory@birmingham.demo");
  lstmLead = await s.actorFor("lead@lstm.demo");
  lstmSignatory = await s.actorFor("signatory@lstm.demo");
  central = await s.actorFor("team@technician-commitment.demo");
});
afterAll(() => s.close());

let counter = 0;
/** A fresh LSTM count indicator with a figure for 2023. */
async function withFigure(breakdownKeys: string[] = []) {
  const ctx = s.ctx(lstmLead);
  const indicator = await createIndicator(ctx, "lstm", {
    name: `Workforce test ${++counter}`,
    unit: "count",
    category: "workforce",
    breakdownKeys,
  });
  const figure = await recordObservation(ctx, "lstm", indicator.id, {
    period: "2023",
    value: 40,
    breakdown: breakdownKeys.length ? { total: 40, senior: 8 } : {},
    note: "From HR.",
  });
  return { indicator, figure };
}

describe("the workforce profile", () => {
  it("gives Birmingham's cohorts with 14 in permanent roles, its grade structures and other apprenticeship figures", async () => {
    const profile = await getWorkforceProfile(s.ctx(bhamViewer), "birmingham");
    expect(profile.allowed).toEqual({ edit: false });
    const [cohorts] = profile.cohorts;
    expect(cohorts?.indicator.name).toBe("Technical apprentices by cohort");
    expect(cohorts?.cohorts.totals).toMatchObject({ started: 15, completed: 14, inPermanentRoles: 14 });
    expect(profile.apprenticeships.map((a) => a.indicator.name)).toEqual(["Apprentices on programme"]);
    expect(profile.gradeStructures.map((g) => [g.name, g.effectiveFrom, g.effectiveTo])).toEqual([
      ["Support staff bands", null, "2024-07-31"],
      ["Professional services grades", "2023-09-01", null],
    ]);
    expect((await getWorkforceProfile(s.ctx(bhamEditor), "birmingham")).allowed).toEqual({ edit: true });
  });

  it("gives LSTM's headcount by year with the senior share and the change", async () => {
    const profile = await getWorkforceProfile(s.ctx(lstmSignatory), "lstm");
    const staff = profile.headcount.find((h) => h.indicator.name === "Technical staff")!;
    expect(staff.rows.map((r) => [r.label, r.counts.total, r.counts.senior])).toEqual([
      ["2019", 42, 4],
      ["2024", 53, 11],
    ]);
    expect(staff.rows[1]?.shares.senior).toBeCloseTo(20.75, 2);
    expect(staff.rows[1]?.change?.percent).toBeCloseTo(26.19, 2);
    expect(profile.headcount.every((h) => h.indicator.category === "workforce")).toBe(true);
    expect(profile.cohorts).toEqual([]);
  });

  it.each([
    ["another institution's member", "lead@birmingham.demo", "FORBIDDEN"],
    ["the central team", "team@technician-commitment.demo", "FORBIDDEN"],
  ])("is refused to %s", async (_who, email, code) => {
    await expect(getWorkforceProfile(s.ctx(await s.actorFor(email)), "lstm")).rejects.toMatchObject({ code });
  });

  it("asks the anonymous to sign in", async () => {
    await expect(getWorkforceProfile(s.ctx(ANONYMOUS), "lstm")).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
    });
  });
});

describe("changing a figure by some of its fields", () => {
  it("keeps the fields left out, records history, and refuses the old version with the current figure", async () => {
    const { indicator, figure } = await withFigure(["total", "senior"]);
    const ctx = s.ctx(lstmLead);
    const changed = await updateObservation(ctx, "lstm", indicator.id, figure.id, {
      value: 41,
      expectedVersion: figure.version,
    });
    expect(changed).toMatchObject({
      value: 41,
      period: { kind: "year", year: 2023 },
      breakdown: { total: 40, senior: 8 },
      note: "From HR.",
      version: figure.version + 1,
    });
    const history = await s.db.select().from(auditEvent).where(eq(auditEvent.entityId, figure.id));
    expect(history.map((e) => e.action).sort()).toEqual(["observation.create", "observation.update"]);
    await expect(
      updateObservation(ctx, "lstm", indicator.id, figure.id, {
        note: "Old tab",
        expectedVersion: figure.version,
      }),
    ).rejects.toMatchObject({
      code: "STALE",
      details: { currentVersion: figure.version + 1, current: { value: 41 } },
    });
  });

  it("applies a whole figure's rules, and refuses a period that already has a figure", async () => {
    const { indicator, figure } = await withFigure();
    const ctx = s.ctx(lstmLead);
    await recordObservation(ctx, "lstm", indicator.id, { period: "2024", value: 50 });
    await expect(
      updateObservation(ctx, "lstm", indicator.id, figure.id, { value: 2.5, expectedVersion: 1 }),
    ).rejects.toMatchObject({ code: "INVALID", details: { fieldErrors: { value: [expect.any(String)] } } });
    await expect(
      updateObservation(ctx, "lstm", indicator.id, figure.id, { period: "2024", expectedVersion: 1 }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it.each([
    ["a signatory", "signatory@lstm.demo", "FORBIDDEN"],
    ["another institution's editor", "editor@birmingham.demo", "NOT_FOUND"],
  ])("is refused to %s", async (_who, email, code) => {
    const { indicator, figure } = await withFigure();
    const ctx = s.ctx(await s.actorFor(email));
    await expect(
      updateObservation(ctx, "lstm", indicator.id, figure.id, { value: 1, expectedVersion: 1 }),
    ).rejects.toMatchObject({ code });
    await expect(
      deleteObservation(ctx, "lstm", indicator.id, figure.id, { expectedVersion: 1 }),
    ).rejects.toMatchObject({ code });
  });

  it("does not find a figure of another indicator, or a malformed id", async () => {
    const a = await withFigure();
    const b = await withFigure();
    const ctx = s.ctx(lstmLead);
    for (const id of [b.figure.id, "not-an-id"]) {
      await expect(
        updateObservation(ctx, "lstm", a.indicator.id, id, { value: 1, expectedVersion: 1 }),
      ).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
  });

  it("deletes a figure only at the version read; it leaves the indicator's figures", async () => {
    const { indicator, figure } = await withFigure();
    const ctx = s.ctx(lstmLead);
    await updateObservation(ctx, "lstm", indicator.id, figure.id, { value: 39, expectedVersion: 1 });
    await expect(
      deleteObservation(ctx, "lstm", indicator.id, figure.id, { expectedVersion: 1 }),
    ).rejects.toMatchObject({ code: "STALE", details: { currentVersion: 2 } });
    await deleteObservation(ctx, "lstm", indicator.id, figure.id, { expectedVersion: 2 });
    expect((await getIndicator(s.ctx(central), "lstm", indicator.id).catch((e) => e)).code).toBe("NOT_FOUND");
    expect((await getIndicator(ctx, "lstm", indicator.id)).observations).toEqual([]);
  });
});
