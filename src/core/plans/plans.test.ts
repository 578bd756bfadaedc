import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestServices, type TestServices } from "../../../tests/setup/test-services";
import { planActionVersion } from "../../db/schema";
import { type Actor, ANONYMOUS } from "../actor";
import { createIndicator } from "../figures/create-indicator.server";
import { recordObservation } from "../figures/record-observation.server";
import { carryForwardAction } from "./carry-forward-action.server";
import { changePlanStatus } from "./change-plan-status.server";
import { createAction } from "./create-action.server";
import { createPlan } from "./create-plan.server";
import { getAction } from "./get-action.server";
import { getPlan } from "./get-plan.server";
import { listPlans } from "./list-plans.server";
import { rateAction } from "./rate-action.server";
import { retireAction } from "./retire-action.server";
import { updateAction } from "./update-action.server";
import { updatePlan } from "./update-plan.server";

let s: TestServices;
let lead: Actor;
let editor: Actor;
let signatory: Actor;
let otherLead: Actor;
let central: Actor;
beforeAll(async () => {
  s = await openTestServices();
  lead = await s.actorFor("lead@lstm.demo");
  editor = await s.actorFor("editor@lstm.demo");
  signatory = await s.actorFor("signatory@lstm.demo");
  otherLead = await s.actorFor("lead@birmingham.demo");
  central = await s.actorFor("team@technician-commitment.demo");
});
afterAll(() => s.close());

const action = (title: string) => ({
  title,
  pillars: ["recognition", "visibility"],
  primaryPillar: "recognition",
  timescaleText: "July 2026",
  markers: [
    {
      text: "At least 20 % of technical staff professionally registered",
      target: { comparator: ">=", value: 20, unit: "%", byDate: "2027-07-31", baseline: 12 },
    },
  ],
});

async function draftPlan(title = "Test plan 2027–30") {
  return createPlan(s.ctx(lead), "lstm", {
    title,
    startsOn: "2027-08-01",
    endsOn: "2030-07-31",
    ragScaleId: "progress",
    pillarAims: { recognition: "Every technician's contribution is acknowledged." },
  });
}

describe("the demo plans", () => {
  it("lists LSTM's plans to its members, with the draft, and marks the current one", async () => {
    const plans = await listPlans(s.ctx(lead), "lstm");
    const titles = plans.map((p) => p.title);
    expect(titles.some((t) => /2019/.test(t))).toBe(true);
    expect(titles.some((t) => /2024/.test(t))).toBe(true);
    expect(plans.some((p) => p.status === "draft")).toBe(true);
    const current = plans.filter((p) => p.isCurrent);
    expect(current).toHaveLength(1);
    expect(current[0]?.title).toMatch(/2024/);
  });

  it("shows only published plans to another institution, the central team and the public", async () => {
    for (const actor of [otherLead, central, ANONYMOUS]) {
      const plans = await listPlans(s.ctx(actor), "lstm");
      expect(plans.length).toBeGreaterThan(0);
      expect(plans.every((p) => p.status === "published")).toBe(true);
    }
  });

  it("gives the 2019–21 plan its 30 actions and the seed's counts", async () => {
    const plans = await listPlans(s.ctx(lead), "lstm");
    const old = plans.find((p) => /2019/.test(p.title))!;
    const overview = await getPlan(s.ctx(lead), "lstm", old.id);
    expect(overview.actions).toHaveLength(30);
    expect(overview.actions[0]?.displayNumber).toBe("VISIBILITY 1");
    const totals = overview.counts.totals;
    expect(totals).toBeDefined();
  });

  it("hides a draft from another institution as if it did not exist, and asks the anonymous to sign in", async () => {
    const plan = await draftPlan("Hidden draft");
    await expect(getPlan(s.ctx(otherLead), "lstm", plan.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getPlan(s.ctx(central), "lstm", plan.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getPlan(s.ctx(ANONYMOUS), "lstm", plan.id)).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
    });
    // Asking for LSTM's plan under Birmingham's URL finds nothing either.
    await expect(getPlan(s.ctx(otherLead), "birmingham", plan.id)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

describe("plans", () => {
  it("refuses a period that ends before it starts, and an unknown scale", async () => {
    await expect(
      createPlan(s.ctx(lead), "lstm", {
        title: "Bad",
        startsOn: "2027-01-01",
        endsOn: "2026-01-01",
        ragScaleId: "x",
      }),
    ).rejects.toMatchObject({
      code: "INVALID",
      details: { fieldErrors: { endsOn: [expect.any(String)], ragScaleId: [expect.any(String)] } },
    });
  });

  it("lets only the lead approve and publish, in order", async () => {
    const plan = await draftPlan();
    await expect(
      changePlanStatus(s.ctx(editor), "lstm", plan.id, { to: "approved", expectedVersion: plan.version }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      changePlanStatus(s.ctx(lead), "lstm", plan.id, { to: "published", expectedVersion: plan.version }),
    ).rejects.toMatchObject({ code: "INVALID" });
    const approved = await changePlanStatus(s.ctx(lead), "lstm", plan.id, {
      to: "approved",
      expectedVersion: 1,
    });
    expect(approved).toMatchObject({ status: "approved", version: 2 });
    expect(approved.approvedAt).toBeInstanceOf(Date);
    await expect(
      changePlanStatus(s.ctx(lead), "lstm", plan.id, { to: "published", expectedVersion: 1 }),
    ).rejects.toMatchObject({ code: "STALE" });
    const published = await changePlanStatus(s.ctx(lead), "lstm", plan.id, {
      to: "published",
      expectedVersion: 2,
    });
    expect(published.status).toBe("published");
    await expect(getPlan(s.ctx(ANONYMOUS), "lstm", plan.id)).resolves.toBeTruthy();
  });

  it("fixes the RAG scale once any action is rated", async () => {
    const plan = await draftPlan();
    const changed = await updatePlan(s.ctx(editor), "lstm", plan.id, {
      ragScaleId: "red-amber-green",
      expectedVersion: 1,
    });
    expect(changed.ragScale.id).toBe("red-amber-green");
    const a = await createAction(s.ctx(editor), "lstm", plan.id, action("Rated action"));
    await rateAction(s.ctx(editor), "lstm", a.id, { level: "green", assessedOn: "2026-01-31" });
    await expect(
      updatePlan(s.ctx(editor), "lstm", plan.id, { ragScaleId: "progress", expectedVersion: 2 }),
    ).rejects.toMatchObject({
      code: "INVALID",
      details: { fieldErrors: { ragScaleId: [expect.any(String)] } },
    });
  });
});

describe("actions and ratings", () => {
  it("numbers actions by primary pillar and position, never storing the number", async () => {
    const plan = await draftPlan();
    await createAction(s.ctx(editor), "lstm", plan.id, {
      ...action("First R"),
      primaryPillar: "recognition",
    });
    await createAction(s.ctx(editor), "lstm", plan.id, { ...action("First V"), primaryPillar: "visibility" });
    await createAction(s.ctx(editor), "lstm", plan.id, { ...action("Inserted R"), position: 1 });
    const overview = await getPlan(s.ctx(lead), "lstm", plan.id);
    expect(overview.actions.map((a) => [a.title, a.displayNumber])).toEqual([
      ["Inserted R", "RECOGNITION 1"],
      ["First R", "RECOGNITION 2"],
      ["First V", "VISIBILITY 1"],
    ]);
  });

  it("requires the primary pillar to be one of the action's pillars, with a message per field", async () => {
    const plan = await draftPlan();
    await expect(
      createAction(s.ctx(editor), "lstm", plan.id, {
        title: "",
        pillars: ["visibility"],
        primaryPillar: "recognition",
      }),
    ).rejects.toMatchObject({
      code: "INVALID",
      details: { fieldErrors: { title: [expect.any(String)], primaryPillar: [expect.any(String)] } },
    });
  });

  it("records ratings as a timeline whose newest judgement is current, and asks red to explain", async () => {
    const plan = await draftPlan();
    const a = await createAction(s.ctx(editor), "lstm", plan.id, action("Timeline"));
    await expect(
      rateAction(s.ctx(editor), "lstm", a.id, { level: "no-progress", assessedOn: "2026-02-01" }),
    ).rejects.toMatchObject({
      code: "INVALID",
      details: { fieldErrors: { commentary: [expect.any(String)] } },
    });
    await expect(
      rateAction(s.ctx(editor), "lstm", a.id, { level: "in-progress", assessedOn: "2999-01-01" }),
    ).rejects.toMatchObject({
      code: "INVALID",
      details: { fieldErrors: { assessedOn: [expect.any(String)] } },
    });
    await expect(
      rateAction(s.ctx(editor), "lstm", a.id, { level: "purple", assessedOn: "2026-01-01" }),
    ).rejects.toMatchObject({ code: "INVALID", details: { fieldErrors: { level: [expect.any(String)] } } });
    await rateAction(s.ctx(editor), "lstm", a.id, {
      level: "in-progress",
      assessedOn: "2026-06-30",
      commentary: "Registration drive under way.",
      evidence: [{ url: "https://example.org/drive", title: "Registration drive" }],
    });
    // Recorded later but judged earlier: it joins the timeline without becoming current.
    await rateAction(s.ctx(editor), "lstm", a.id, {
      level: "no-progress",
      assessedOn: "2026-01-31",
      commentary: "Waiting for funding.",
    });
    const detail = await getAction(s.ctx(signatory), "lstm", a.id);
    expect(detail.timeline.map((r) => r.level)).toEqual(["no-progress", "in-progress"]);
    expect(detail.action.currentRating).toMatchObject({ level: "in-progress", colour: "amber" });
    expect(detail.timeline[1]?.evidence).toEqual([
      expect.objectContaining({ url: "https://example.org/drive", title: "Registration drive" }),
    ]);
    expect(detail.markers[0]).toMatchObject({ status: "no-data", targetAfterTimescale: true });
    expect(detail.allowed).toEqual({ edit: false, rate: false, figures: true });
  });

  it("changes only the fields an update names, keeping the rest as read", async () => {
    const plan = await draftPlan();
    const a = await createAction(s.ctx(editor), "lstm", plan.id, {
      ...action("Partial"),
      owner: "Technical forum",
    });
    const saved = await updateAction(s.ctx(editor), "lstm", a.id, {
      title: "Partial, renamed",
      expectedVersion: 1,
    });
    expect(saved).toMatchObject({
      title: "Partial, renamed",
      owner: "Technical forum",
      pillars: ["recognition", "visibility"],
      timescaleText: "July 2026",
      version: 2,
    });
  });

  it("lets only editors and the lead rate or edit", async () => {
    const plan = await draftPlan();
    const a = await createAction(s.ctx(lead), "lstm", plan.id, action("Guarded"));
    await expect(
      rateAction(s.ctx(signatory), "lstm", a.id, { level: "completed", assessedOn: "2026-01-01" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      updateAction(s.ctx(otherLead), "lstm", a.id, { ...action("Hijack"), expectedVersion: 1 }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuses a stale save with the current action, and keeps versions once published", async () => {
    const plan = await draftPlan();
    const a = await createAction(s.ctx(editor), "lstm", plan.id, action("Versioned"));
    await changePlanStatus(s.ctx(lead), "lstm", plan.id, { to: "approved", expectedVersion: 1 });
    await changePlanStatus(s.ctx(lead), "lstm", plan.id, { to: "published", expectedVersion: 2 });
    const saved = await updateAction(s.ctx(lead), "lstm", a.id, {
      ...action("Versioned, lead's words"),
      expectedVersion: 1,
    });
    expect(saved.version).toBe(2);
    await expect(
      updateAction(s.ctx(editor), "lstm", a.id, {
        ...action("Versioned, editor's words"),
        expectedVersion: 1,
      }),
    ).rejects.toMatchObject({
      code: "STALE",
      details: { currentVersion: 2, current: expect.objectContaining({ title: "Versioned, lead's words" }) },
    });
    const versions = await s.db.select().from(planActionVersion).where(eq(planActionVersion.actionId, a.id));
    expect(versions).toHaveLength(1);
    expect(versions[0]).toMatchObject({
      actionVersion: 1,
      snapshot: expect.objectContaining({ title: "Versioned" }),
    });
  });
});

describe("carrying forward and retiring", () => {
  it("carries an action into a later draft, linked both ways, and only once", async () => {
    const plans = await listPlans(s.ctx(lead), "lstm");
    const current = plans.find((p) => p.isCurrent)!;
    const target = await draftPlan("Carry target");
    const overview = await getPlan(s.ctx(lead), "lstm", current.id);
    const source = overview.actions.find((a) => !a.retiredAt)!;
    const carried = await carryForwardAction(s.ctx(editor), "lstm", source.id, { toPlanId: target.id });
    expect(carried).toMatchObject({ planId: target.id, title: source.title, carriedFromActionId: source.id });
    const there = await getAction(s.ctx(lead), "lstm", carried.id);
    expect(there.carriedFrom).toMatchObject({ id: source.id, planTitle: current.title });
    const back = await getAction(s.ctx(lead), "lstm", source.id);
    expect(back.carriedTo.map((l) => l.id)).toContain(carried.id);
    await expect(
      carryForwardAction(s.ctx(editor), "lstm", source.id, { toPlanId: target.id }),
    ).rejects.toMatchObject({
      code: "INVALID",
    });
    // The public reading the published plan never learns of the draft it went into.
    const publicView = await getAction(s.ctx(ANONYMOUS), "lstm", source.id);
    expect(publicView.carriedTo.map((l) => l.id)).not.toContain(carried.id);
  });

  it("starts a plan from chosen actions of the previous one", async () => {
    const previous = await draftPlan("Previous");
    const keep = await createAction(s.ctx(editor), "lstm", previous.id, action("Keep me"));
    await createAction(s.ctx(editor), "lstm", previous.id, action("Leave me"));
    const next = await createPlan(s.ctx(editor), "lstm", {
      title: "Next",
      startsOn: "2030-08-01",
      endsOn: "2033-07-31",
      ragScaleId: "progress",
      previousPlanId: previous.id,
      carryForwardActionIds: [keep.id],
    });
    const overview = await getPlan(s.ctx(editor), "lstm", next.id);
    expect(overview.actions.map((a) => [a.title, a.carriedFromActionId])).toEqual([["Keep me", keep.id]]);
  });

  it("retires an action with a reason, dropping it from the counts but keeping its ratings", async () => {
    const plan = await draftPlan();
    const a = await createAction(s.ctx(editor), "lstm", plan.id, action("Retire me"));
    const b = await createAction(s.ctx(editor), "lstm", plan.id, action("Successor"));
    await rateAction(s.ctx(editor), "lstm", a.id, { level: "completed", assessedOn: "2026-01-01" });
    await expect(retireAction(s.ctx(editor), "lstm", a.id, { reason: "" })).rejects.toMatchObject({
      code: "INVALID",
    });
    const retired = await retireAction(s.ctx(editor), "lstm", a.id, {
      reason: "Superseded by the successor",
      supersededByActionId: b.id,
    });
    expect(retired.retiredReason).toBe("Superseded by the successor");
    const detail = await getAction(s.ctx(lead), "lstm", a.id);
    expect(detail.supersededBy?.id).toBe(b.id);
    expect(detail.timeline).toHaveLength(1);
    await expect(
      rateAction(s.ctx(editor), "lstm", a.id, { level: "completed", assessedOn: "2026-02-01" }),
    ).rejects.toMatchObject({ code: "INVALID" });
  });
});

describe("markers fed by an indicator", () => {
  it("takes the marker's status from the indicator's latest figure, and moves with it", async () => {
    const registered = await createIndicator(s.ctx(editor), "lstm", {
      name: "Registered technicians (marker test)",
      unit: "percent",
    });
    await recordObservation(s.ctx(editor), "lstm", registered.id, {
      period: "2024",
      numerator: 5,
      denominator: 53,
    });
    const plan = await draftPlan("Marker plan");
    const a = await createAction(s.ctx(editor), "lstm", plan.id, {
      ...action("Registration"),
      timescaleText: "July 2027",
      markers: [
        {
          text: "At least 20 % of technicians registered",
          target: { comparator: ">=", value: 20, unit: "%", byDate: "2027-07-31", baseline: 9.4 },
          indicatorId: registered.id,
        },
      ],
    });
    const before = await getAction(s.ctx(lead), "lstm", a.id);
    expect(before.markers[0]).toMatchObject({
      observedFrom: "indicator",
      observed: { value: expect.closeTo(9.43, 2) },
      indicator: { id: registered.id, name: "Registered technicians (marker test)", unit: "percent" },
      figure: { period: { kind: "year", year: 2024 }, isProvisional: false },
    });
    expect(before.markers[0]?.status).not.toBe("met");
    await recordObservation(s.ctx(editor), "lstm", registered.id, {
      period: "2025",
      numerator: 12,
      denominator: 55,
    });
    const after = await getAction(s.ctx(lead), "lstm", a.id);
    expect(after.markers[0]).toMatchObject({ status: "met", observed: { value: expect.closeTo(21.82, 2) } });
  });

  it("the demo: Birmingham's training marker is not met, and met once the 2024–25 figure is recorded", async () => {
    const birminghamEditor = await s.actorFor("editor@birmingham.demo");
    const plans = await listPlans(s.ctx(birminghamEditor), "birmingham");
    const current = plans.find((p) => p.title.includes("2024–2027"))!;
    const { actions } = await getPlan(s.ctx(birminghamEditor), "birmingham", current.id);
    const learning = actions.find((a) => a.markers.some((m) => m.indicatorId))!;
    const marker = () =>
      getAction(s.ctx(birminghamEditor), "birmingham", learning.id).then(
        (d) => d.markers.find((m) => m.indicatorId)!,
      );
    expect(await marker()).toMatchObject({
      status: "not-met",
      indicator: { name: "Training attendance (technical skills programme)" },
      observed: { value: 51 },
      figure: { isProvisional: true },
    });
    await recordObservation(
      s.ctx(birminghamEditor),
      "birmingham",
      learning.markers.find((m) => m.indicatorId)!.indicatorId!,
      {
        period: "1 March 2024 – 28 February 2025",
        value: 80,
      },
    );
    expect(await marker()).toMatchObject({
      status: "met",
      observed: { value: 80 },
      figure: {
        period: { kind: "range", startsOn: "2024-03-01", endsOn: "2025-02-28" },
        isProvisional: false,
      },
    });
  });

  it("refuses a marker pointing at another institution's indicator", async () => {
    const theirs = await createIndicator(s.ctx(otherLead), "birmingham", {
      name: "Theirs (marker test)",
      unit: "count",
    });
    const plan = await draftPlan("Marker plan 2");
    await expect(
      createAction(s.ctx(editor), "lstm", plan.id, {
        ...action("Borrowed figure"),
        markers: [{ text: "Borrowed", indicatorId: theirs.id }],
      }),
    ).rejects.toMatchObject({
      code: "INVALID",
      details: { fieldErrors: { "markers.0.indicatorId": [expect.any(String)] } },
    });
  });
});

describe("stable marker ids", () => {
  const three = [{ text: "First" }, { text: "Second" }, { text: "Third" }];

  it("gives each marker of a new action its own id, whatever ids the input names", async () => {
    const plan = await draftPlan("Marker ids 1");
    const other = await createAction(s.ctx(editor), "lstm", plan.id, { ...action("Other"), markers: three });
    const a = await createAction(s.ctx(editor), "lstm", plan.id, {
      ...action("With ids"),
      markers: [{ ...three[0], id: other.markers[0]?.id }, three[1]],
    });
    const ids = a.markers.map((m) => m.id);
    expect(ids).toHaveLength(2);
    expect(new Set(ids).size).toBe(2);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f-]{36}$/);
    // Another action's marker id is not trusted: evidence linked to it stays with that action.
    expect(ids).not.toContain(other.markers[0]?.id);
  });

  it("keeps the ids when text is edited, markers are reordered or others removed", async () => {
    const plan = await draftPlan("Marker ids 2");
    const a = await createAction(s.ctx(editor), "lstm", plan.id, { ...action("Kept ids"), markers: three });
    const [first, second, third] = a.markers;
    const edited = await updateAction(s.ctx(editor), "lstm", a.id, {
      ...action("Kept ids"),
      markers: [
        { id: third?.id, text: "Third, reworded" },
        { id: first?.id, text: "First" },
        { text: "A new one" },
      ],
      expectedVersion: a.version,
    });
    expect(edited.markers.map((m) => [m.id, m.text])).toEqual([
      [third?.id, "Third, reworded"],
      [first?.id, "First"],
      [expect.not.stringMatching(new RegExp(`${first?.id}|${second?.id}|${third?.id}`)), "A new one"],
    ]);
    // A PATCH that leaves the markers out keeps them, ids and all.
    const renamed = await updateAction(s.ctx(editor), "lstm", a.id, {
      title: "Kept ids, renamed",
      expectedVersion: edited.version,
    });
    expect(renamed.markers).toEqual(edited.markers);
    const detail = await getAction(s.ctx(lead), "lstm", a.id);
    expect(detail.markers.map((m) => m.id)).toEqual(edited.markers.map((m) => m.id));
  });

  it("replaces an id taken from another action's marker", async () => {
    const plan = await draftPlan("Marker ids 3");
    const mine = await createAction(s.ctx(editor), "lstm", plan.id, { ...action("Mine"), markers: three });
    const theirs = await createAction(s.ctx(editor), "lstm", plan.id, {
      ...action("Theirs"),
      markers: three,
    });
    const stolen = theirs.markers[0]?.id;
    const saved = await updateAction(s.ctx(editor), "lstm", mine.id, {
      markers: [{ id: stolen, text: "Borrowed id" }, mine.markers[1]],
      expectedVersion: mine.version,
    });
    expect(saved.markers[0]?.id).not.toBe(stolen);
    expect(saved.markers[0]?.id).not.toBe(mine.markers[0]?.id);
    expect(saved.markers[1]?.id).toBe(mine.markers[1]?.id);
  });

  it("gives a carried-forward action's markers new ids", async () => {
    const from = await draftPlan("Marker ids 4");
    const to = await draftPlan("Marker ids 4, next");
    const a = await createAction(s.ctx(editor), "lstm", from.id, { ...action("Carried"), markers: three });
    const carried = await carryForwardAction(s.ctx(editor), "lstm", a.id, { toPlanId: to.id });
    expect(carried.markers.map((m) => m.text)).toEqual(a.markers.map((m) => m.text));
    const before = new Set(a.markers.map((m) => m.id));
    expect(carried.markers.every((m) => m.id && !before.has(m.id))).toBe(true);
  });

  it("drops a typed figure where an indicator supplies the latest one", async () => {
    const indicator = await createIndicator(s.ctx(editor), "lstm", {
      name: "Typed figure ignored (marker test)",
      unit: "count",
    });
    const plan = await draftPlan("Marker ids 5");
    const a = await createAction(s.ctx(editor), "lstm", plan.id, {
      ...action("Indicator wins"),
      markers: [{ text: "Counted", indicatorId: indicator.id, observed: { value: 3, on: "2025-01-01" } }],
    });
    expect(a.markers[0]).toMatchObject({ indicatorId: indicator.id, observed: null });
  });
});
