import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestServices, type TestServices } from "../../../tests/setup/test-services";
import { evidenceItem } from "../../db/schema";
import { type Actor, ANONYMOUS } from "../actor";
import { createAction } from "../plans/create-action.server";
import { createPlan } from "../plans/create-plan.server";
import { rateAction } from "../plans/rate-action.server";
import { updateAction } from "../plans/update-action.server";
import { createEvidence } from "./create-evidence.server";
import { deleteEvidence } from "./delete-evidence.server";
import { MAX_FILE_BYTES } from "./file-types";
import { getEvidence } from "./get-evidence.server";
import { getEvidenceFile } from "./get-evidence-file.server";
import { linkEvidence, parseLinkChoice } from "./link-evidence.server";
import { listActionEvidence } from "./list-action-evidence.server";
import { listEvidence } from "./list-evidence.server";
import { recordConsent } from "./record-consent.server";
import { unlinkEvidence } from "./unlink-evidence.server";
import { updateEvidence } from "./update-evidence.server";

let s: TestServices;
let lead: Actor;
let editor: Actor;
let signatory: Actor;
let otherEditor: Actor;
let central: Actor;
let planId: string;
let actionId: string;
beforeAll(async () => {
  s = await openTestServices();
  lead = await s.actorFor("lead@lstm.demo");
  editor = await s.actorFor("editor@lstm.demo");
  signatory = await s.actorFor("signatory@lstm.demo");
  otherEditor = await s.actorFor("editor@birmingham.demo");
  central = await s.actorFor("team@technician-commitment.demo");
  const plan = await createPlan(s.ctx(lead), "lstm", {
    title: "Evidence test plan",
    startsOn: "2030-01-01",
    endsOn: "2032-12-31",
    ragScaleId: "red-amber-green",
  });
  planId = plan.id;
  const action = await createAction(s.ctx(lead), "lstm", plan.id, {
    title: "Celebrate technicians every year",
    pillars: ["recognition", "visibility"],
    primaryPillar: "recognition",
  });
  actionId = action.id;
});
afterAll(() => s.close());

const PDF = new TextEncoder().encode("%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF");
const news = (title = "Technicians' showcase in the news") =>
  createEvidence(s.ctx(editor), "lstm", {
    kind: "link",
    title,
    url: "https://news.example.org/showcase",
    occurredOn: "2023-06-14",
    pillars: ["visibility"],
  });

describe("adding evidence of each kind", () => {
  it("keeps each kind's own fields and drops other kinds' fields a form left filled", async () => {
    const event = await createEvidence(s.ctx(editor), "lstm", {
      kind: "event",
      title: "Technician appreciation day",
      occurredOn: "2023-05-16",
      endsOn: "2023-05-17",
      eventType: "appreciation-day",
      sessions: [
        { title: "Careers panel", ranBy: "Learning and development team" },
        { title: "Lab tours", ranBy: "" },
      ],
      attendance: "84",
      feedback: "Most asked for a second day next year.",
      quote: "left over from a testimonial",
    });
    expect(event).toMatchObject({
      kind: "event",
      url: null,
      details: {
        eventType: "appreciation-day",
        endsOn: "2023-05-17",
        attendance: 84,
        sessions: [{ title: "Careers panel" }, { title: "Lab tours", ranBy: "" }],
      },
    });
    expect(event.details).not.toHaveProperty("quote");
    const doc = await createEvidence(s.ctx(editor), "lstm", {
      kind: "document",
      title: "Publication policy",
      heldBy: "Research office",
      url: "https://ignored.example.org",
    });
    expect(doc).toMatchObject({ kind: "document", url: null, details: { heldBy: "Research office" } });
  });

  it("refuses what each kind needs with a message on each field, and writes nothing", async () => {
    const before = await s.db.$count(evidenceItem);
    await expect(
      createEvidence(s.ctx(editor), "lstm", { kind: "link", title: " ", url: "javascript:alert(1)" }),
    ).rejects.toMatchObject({
      code: "INVALID",
      details: {
        fieldErrors: {
          title: ["Give the evidence a title."],
          url: ["Enter a web address that starts with https:// or http://."],
        },
      },
    });
    await expect(
      createEvidence(s.ctx(editor), "lstm", { kind: "testimonial", title: "A quote" }),
    ).rejects.toMatchObject({
      details: { fieldErrors: { quote: ["Enter what they said."], who: ["Say who said it."] } },
    });
    await expect(
      createEvidence(s.ctx(editor), "lstm", {
        kind: "event",
        title: "Roadshow",
        occurredOn: "2023-05-16",
        endsOn: "2023-05-01",
      }),
    ).rejects.toMatchObject({
      details: {
        fieldErrors: {
          eventType: ["Choose the type of event."],
          endsOn: ["The last day must be on or after the first day."],
        },
      },
    });
    await expect(
      createEvidence(s.ctx(editor), "lstm", { kind: "case-study", title: "A journey" }),
    ).rejects.toMatchObject({
      details: { fieldErrors: { person: expect.any(Array), roleThen: expect.any(Array) } },
    });
    expect(await s.db.$count(evidenceItem)).toBe(before);
  });

  it("stores a file checked by its content, and gives it back byte for byte", async () => {
    const item = await createEvidence(
      s.ctx(editor),
      "lstm",
      { kind: "file", title: "Workshop slides" },
      { file: { name: "C:\\Users\\me\\slides.pdf", bytes: PDF } },
    );
    const detail = await getEvidence(s.ctx(signatory), "lstm", item.id);
    expect(detail.file).toMatchObject({
      fileName: "slides.pdf",
      mediaType: "application/pdf",
      sizeBytes: PDF.length,
    });
    expect(detail.file?.sha256).toMatch(/^[0-9a-f]{64}$/);
    const file = await getEvidenceFile(s.ctx(signatory), "lstm", item.id);
    expect(Buffer.from(file.content).equals(Buffer.from(PDF))).toBe(true);
  });

  it("refuses an oversized file, an HTML page named .pdf and a missing file, writing nothing", async () => {
    const before = await s.db.$count(evidenceItem);
    const big = new Uint8Array(MAX_FILE_BYTES + 1);
    big.set(PDF);
    const tries = [
      [{ name: "big.pdf", bytes: big }, /larger than 10 MB/],
      [
        { name: "report.pdf", bytes: new TextEncoder().encode("<!doctype html><script>x</script>") },
        /Web pages/,
      ],
      [
        { name: "logo.png", bytes: new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>') },
        /SVG/,
      ],
      [null, /Choose a file/],
    ] as const;
    for (const [file, message] of tries) {
      const error = await createEvidence(s.ctx(editor), "lstm", { kind: "file", title: "x" }, { file }).catch(
        (e) => e,
      );
      expect(error).toMatchObject({ code: "INVALID" });
      expect(error.details.fieldErrors.file[0]).toMatch(message);
    }
    expect(await s.db.$count(evidenceItem)).toBe(before);
  });
});

describe("who may see and change evidence", () => {
  it("hides one institution's evidence from another, the central team and the anonymous", async () => {
    const item = await news("Private story");
    await expect(getEvidence(s.ctx(otherEditor), "lstm", item.id)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(getEvidence(s.ctx(central), "lstm", item.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getEvidence(s.ctx(ANONYMOUS), "lstm", item.id)).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
    });
    // Another institution's id under its own slug finds nothing either.
    await expect(getEvidence(s.ctx(otherEditor), "birmingham", item.id)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(listEvidence(s.ctx(otherEditor), "lstm")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getEvidenceFile(s.ctx(otherEditor), "lstm", item.id)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("lets a signatory read but not add, change or delete", async () => {
    const item = await news();
    expect((await getEvidence(s.ctx(signatory), "lstm", item.id)).allowed).toEqual({
      add: false,
      manage: false,
    });
    await expect(
      createEvidence(s.ctx(signatory), "lstm", { kind: "document", title: "x" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      updateEvidence(s.ctx(signatory), "lstm", item.id, { title: "y", expectedVersion: 1 }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      deleteEvidence(s.ctx(signatory), "lstm", item.id, { expectedVersion: 1 }),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("refuses a stale change with the current item, and keeps the kind", async () => {
    const item = await news("Story to edit");
    const changed = await updateEvidence(s.ctx(editor), "lstm", item.id, {
      title: "Story, edited",
      url: "https://news.example.org/edited",
      expectedVersion: 1,
    });
    expect(changed).toMatchObject({ title: "Story, edited", version: 2 });
    await expect(
      updateEvidence(s.ctx(lead), "lstm", item.id, {
        title: "Late",
        url: "https://x.example",
        expectedVersion: 1,
      }),
    ).rejects.toMatchObject({
      code: "STALE",
      details: { currentVersion: 2, current: { title: "Story, edited" } },
    });
    await expect(
      updateEvidence(s.ctx(lead), "lstm", item.id, { kind: "document", title: "Doc", expectedVersion: 2 }),
    ).rejects.toMatchObject({ code: "INVALID", details: { fieldErrors: { kind: expect.any(Array) } } });
  });

  it("deletes an item so the library and its links no longer show it", async () => {
    const item = await news("Story to delete");
    await linkEvidence(s.ctx(editor), "lstm", item.id, { target: "action", actionId });
    await deleteEvidence(s.ctx(editor), "lstm", item.id, { expectedVersion: 1 });
    await expect(getEvidence(s.ctx(editor), "lstm", item.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const library = await listEvidence(s.ctx(editor), "lstm", { q: "Story to delete" });
    expect(library.items).toEqual([]);
    expect(
      (await listActionEvidence(s.ctx(editor), "lstm", actionId)).map((l) => l.evidenceId),
    ).not.toContain(item.id);
  });
});

describe("links and backlinks", () => {
  it("links to an action, a rating and a TALENT recommendation, and shows them from both sides", async () => {
    const item = await news("Linked story");
    const rating = await rateAction(s.ctx(editor), "lstm", actionId, {
      level: "green",
      assessedOn: "2024-01-31",
      commentary: "Done",
    });
    await linkEvidence(s.ctx(editor), "lstm", item.id, parseLinkChoice(`action:${actionId}`));
    await linkEvidence(s.ctx(editor), "lstm", item.id, parseLinkChoice(`rating:${actionId}:${rating.id}`));
    await linkEvidence(s.ctx(editor), "lstm", item.id, parseLinkChoice("talent:talent-11"));
    const detail = await getEvidence(s.ctx(editor), "lstm", item.id);
    expect(detail.links.map((l) => [l.target, l.label, l.detail])).toEqual([
      ["action", "RECOGNITION 1 · Celebrate technicians every year", ""],
      ["rating", "RECOGNITION 1 · Celebrate technicians every year", "Green, 2024-01-31"],
      ["talent", "TALENT 11", expect.stringMatching(/visible and recognised/)],
    ]);
    const fromAction = await listActionEvidence(s.ctx(editor), "lstm", actionId);
    expect(fromAction.filter((l) => l.evidenceId === item.id).map((l) => l.target)).toEqual([
      "action",
      "rating",
    ]);
    // The public (or another institution) sees no private evidence on a plan's action.
    expect(await listActionEvidence(s.ctx(otherEditor), "lstm", actionId)).toEqual([]);
  });

  it("refuses the same link twice, another institution's action, and unknown targets", async () => {
    const item = await news("Once only");
    await linkEvidence(s.ctx(editor), "lstm", item.id, { target: "action", actionId });
    await expect(
      linkEvidence(s.ctx(editor), "lstm", item.id, { target: "action", actionId }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      details: { fieldErrors: { to: ["It is already linked to that."] } },
    });
    const foreignPlan = await createPlan(s.ctx(await s.actorFor("lead@birmingham.demo")), "birmingham", {
      title: "Foreign plan",
      startsOn: "2030-01-01",
      endsOn: "2032-12-31",
      ragScaleId: "red-amber-green",
    });
    const foreign = await createAction(s.ctx(otherEditor), "birmingham", foreignPlan.id, {
      title: "Theirs",
      pillars: ["visibility"],
      primaryPillar: "visibility",
    });
    for (const input of [
      { target: "action", actionId: foreign.id },
      { target: "talent", talentId: "talent-99" },
      { target: "marker", actionId, markerId: "no-such-marker" },
    ])
      await expect(linkEvidence(s.ctx(editor), "lstm", item.id, input)).rejects.toMatchObject({
        code: "INVALID",
        details: { fieldErrors: { to: [expect.any(String)] } },
      });
    expect(() => parseLinkChoice("plan:1")).toThrow(
      expect.objectContaining({ details: { fieldErrors: { to: ["Choose what to link the evidence to."] } } }),
    );
  });

  it("links to one marker by its stable id, which survives editing the action", async () => {
    const withMarkers = await createAction(s.ctx(lead), "lstm", planId, {
      title: "Mentoring for technicians",
      pillars: ["career-development"],
      primaryPillar: "career-development",
      markers: [{ text: "Ten mentoring pairs" }, { text: "A mentoring guide published" }],
    });
    const [first, second] = withMarkers.markers;
    const item = await news("Mentoring launch story");
    await linkEvidence(
      s.ctx(editor),
      "lstm",
      item.id,
      parseLinkChoice(`marker:${withMarkers.id}:${second!.id}`),
    );
    await updateAction(s.ctx(lead), "lstm", withMarkers.id, {
      markers: [
        { id: second!.id, text: "A mentoring guide for technicians published" },
        { id: first!.id, text: "Ten pairs" },
      ],
      expectedVersion: withMarkers.version,
    });
    const detail = await getEvidence(s.ctx(editor), "lstm", item.id);
    expect(detail.links).toMatchObject([
      { target: "marker", detail: "A mentoring guide for technicians published" },
    ]);
    const fromAction = await listActionEvidence(s.ctx(editor), "lstm", withMarkers.id);
    expect(fromAction).toMatchObject([{ target: "marker", title: "Mentoring launch story" }]);
  });

  it("removes a link and leaves the item", async () => {
    const item = await news("Unlinked story");
    const link = await linkEvidence(s.ctx(editor), "lstm", item.id, {
      target: "talent",
      talentId: "talent-03",
    });
    await unlinkEvidence(s.ctx(editor), "lstm", item.id, link.id);
    expect((await getEvidence(s.ctx(editor), "lstm", item.id)).links).toEqual([]);
    await expect(unlinkEvidence(s.ctx(editor), "lstm", item.id, link.id)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("keeps links typed with a rating in the library, linked to that rating", async () => {
    const rating = await rateAction(s.ctx(editor), "lstm", actionId, {
      level: "amber",
      assessedOn: "2024-02-28",
      commentary: "Under way",
      evidence: [{ title: "Minutes of the technician forum", url: "https://example.org/minutes" }],
    });
    const library = await listEvidence(s.ctx(editor), "lstm", { q: "Minutes of the technician forum" });
    expect(library.items).toHaveLength(1);
    const detail = await getEvidence(s.ctx(editor), "lstm", library.items[0]!.id);
    expect(detail.links).toMatchObject([{ target: "rating", detail: "Amber, 2024-02-28" }]);
    expect(detail.links[0]?.id).toBeDefined();
    expect(rating.id).toBeDefined();
  });
});

describe("the library's filters", () => {
  it("filters by kind, year, words, and pillar (tagged or through a linked action)", async () => {
    const tagged = await createEvidence(s.ctx(editor), "lstm", {
      kind: "testimonial",
      title: "Filter: a technician's words",
      quote: "It changed how I see my job.",
      who: "A research technician",
      occurredOn: "2021-03-01",
      pillars: ["career-development"],
    });
    const viaAction = await createEvidence(s.ctx(editor), "lstm", {
      kind: "document",
      title: "Filter: awards scheme rules",
      occurredOn: "2021-09-01",
    });
    await linkEvidence(s.ctx(editor), "lstm", viaAction.id, { target: "action", actionId });
    const ids = async (input: Record<string, unknown>) =>
      (await listEvidence(s.ctx(editor), "lstm", { q: "Filter:", ...input })).items.map((i) => i.id);
    expect(await ids({})).toEqual([viaAction.id, tagged.id]);
    expect(await ids({ kind: "testimonial" })).toEqual([tagged.id]);
    expect(await ids({ pillar: "career-development" })).toEqual([tagged.id]);
    expect(await ids({ pillar: "recognition" })).toEqual([viaAction.id]);
    expect(await ids({ year: "2021", kind: "" })).toEqual([viaAction.id, tagged.id]);
    expect(await ids({ year: 2020 })).toEqual([]);
    const page = await listEvidence(s.ctx(editor), "lstm", { q: "Filter:", limit: 1 });
    expect(page.items.map((i) => i.id)).toEqual([viaAction.id]);
    const next = await listEvidence(s.ctx(editor), "lstm", {
      q: "Filter:",
      limit: 1,
      cursor: page.nextCursor!,
    });
    expect(next.items.map((i) => i.id)).toEqual([tagged.id]);
    expect(next.nextCursor).toBeNull();
    expect(page.years).toContain(2021);
    await expect(listEvidence(s.ctx(editor), "lstm", { kind: "poster" })).rejects.toMatchObject({
      details: { fieldErrors: { kind: ["Choose a kind from the list."] } },
    });
  });
});

describe("case studies and consent", () => {
  const caseStudy = (consent?: { status: "given" | "withdrawn"; on: string; scope?: string }) =>
    createEvidence(
      s.ctx(editor),
      "lstm",
      {
        kind: "case-study",
        title: "From apprentice to workshop manager",
        person: "Casey (a fictional technician)",
        roleThen: "Apprentice laboratory technician",
        roleNow: "Workshop manager",
        whatHelped: "Mentoring and a funded qualification",
        ownWords: "I never thought I'd run the place.",
      },
      { consent },
    );

  it("is shareable only while consent is given; withdrawal stops it", async () => {
    const without = await caseStudy();
    expect((await getEvidence(s.ctx(editor), "lstm", without.id)).consent.current).toBe("none");
    expect((await getEvidence(s.ctx(editor), "lstm", without.id)).shareable).toBe(false);
    const item = await caseStudy({
      status: "given",
      on: "2024-02-01",
      scope: "Self-assessment and public page",
    });
    let detail = await getEvidence(s.ctx(signatory), "lstm", item.id);
    expect(detail).toMatchObject({ shareable: true, consent: { current: "given" } });
    await recordConsent(s.ctx(lead), "lstm", item.id, {
      status: "withdrawn",
      on: "2024-06-01",
      note: "Asked by email",
    });
    detail = await getEvidence(s.ctx(signatory), "lstm", item.id);
    expect(detail).toMatchObject({ shareable: false, consent: { current: "withdrawn" } });
    expect(detail.consent.entries.map((e) => e.status)).toEqual(["given", "withdrawn"]);
    const listed = (await listEvidence(s.ctx(editor), "lstm", { kind: "case-study" })).items.find(
      (i) => i.id === item.id,
    );
    expect(listed).toMatchObject({ consent: "withdrawn", shareable: false });
  });

  it("refuses consent on other kinds, from a signatory, and without a date", async () => {
    const item = await news("Not a case study");
    await expect(
      recordConsent(s.ctx(lead), "lstm", item.id, { status: "given", on: "2024-01-01" }),
    ).rejects.toMatchObject({ code: "INVALID" });
    const study = await caseStudy();
    await expect(
      recordConsent(s.ctx(signatory), "lstm", study.id, { status: "given", on: "2024-01-01" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      recordConsent(s.ctx(lead), "lstm", study.id, { status: "given", on: "" }),
    ).rejects.toMatchObject({
      details: { fieldErrors: { on: [expect.stringMatching(/Enter the date/)] } },
    });
  });
});

it("records every change in the history", async () => {
  const item = await news("Audited story");
  const rows = await s.db.query.auditEvent.findMany({ where: (a) => eq(a.entityId, item.id) });
  expect(rows.map((r) => r.action)).toEqual(["evidence.create"]);
  expect(planId).toBeDefined();
});

describe("the demo library", () => {
  it.each(["birmingham", "lstm"])(
    "%s has evidence of every kind, one event with sessions and a consented case study",
    async (slug) => {
      const actor = await s.actorFor(`editor@${slug}.demo`);
      const library = await listEvidence(s.ctx(actor), slug, { limit: 100 });
      const demo = library.items.filter((i) => i.isDemo);
      expect(new Set(demo.map((i) => i.kind))).toEqual(
        new Set(["link", "document", "file", "testimonial", "event", "case-study"]),
      );
      expect(demo.find((i) => i.kind === "event")?.details.sessions?.length).toBeGreaterThan(0);
      expect(demo.find((i) => i.kind === "case-study")).toMatchObject({ consent: "given", shareable: true });
      const file = demo.find((i) => i.kind === "file")!;
      const bytes = (await getEvidenceFile(s.ctx(actor), slug, file.id)).content;
      expect(new TextDecoder().decode(bytes.slice(0, 8))).toBe("%PDF-1.4");
    },
  );

  it("links LSTM's appreciation-day evidence to the action and to TALENT 11", async () => {
    const library = await listEvidence(s.ctx(editor), "lstm", { q: "2023 appreciation day" });
    const detail = await getEvidence(s.ctx(editor), "lstm", library.items[0]!.id);
    expect(detail.links.map((l) => l.label)).toEqual([
      expect.stringMatching(/Ensure that technician appreciation days continue$/),
      "TALENT 11",
    ]);
  });
});
