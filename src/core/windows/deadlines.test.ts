import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestServices, type TestServices } from "../../../tests/setup/test-services";
import { type Actor, ANONYMOUS } from "../actor";
import { getEvidence } from "../evidence/get-evidence.server";
import { createInstitution } from "../institutions/create-institution.server";
import { deletePastSubmission } from "./delete-past-submission.server";
import { getDeadline } from "./get-deadline.server";
import { listOverdue } from "./list-overdue.server";
import { listPastSubmissions } from "./list-past-submissions.server";
import { recordPastSubmission } from "./record-past-submission.server";
import { setSchedule } from "./set-schedule.server";

const NOW = new Date("2026-11-23T12:00:00Z");
const PDF = new TextEncoder().encode("%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF");

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

describe("the demo's deadlines, from the seeds' 2024 submissions", () => {
  it("LSTM renews in the window of 31 July 2027, 36 months after its July 2024 renewal", async () => {
    const deadline = await getDeadline(s.ctx(signatory), "lstm", NOW);
    expect(deadline.lastSubmission).toEqual({ stage: "renewal", submittedOn: "2024-07-26" });
    expect(deadline.next).toMatchObject({
      rule: "renewal",
      madeInWindow: "2024-07-31",
      closesOn: "2027-07-31",
      label: "31 July 2027",
      daysRemaining: 250,
      isOverdue: false,
    });
  });

  it("Birmingham's August 2024 Stage 3 belongs to January 2025, so it renews by 31 January 2028", async () => {
    const deadline = await getDeadline(s.ctx(central), "birmingham", NOW);
    expect(deadline.next).toMatchObject({
      rule: "renewal",
      madeInWindow: "2025-01-31",
      closesOn: "2028-01-31",
    });
  });

  it("lists the past submissions to members with their files, newest first", async () => {
    const list = await listPastSubmissions(s.ctx(signatory), "lstm");
    expect(list.allowed.manage).toBe(false);
    expect(list.items[0]).toMatchObject({ stage: "renewal", submittedOn: "2024-07-26" });
    // Submitted in the product: the history says so, and the submission itself is the record.
    expect(list.items[0]?.note).toContain("Submitted in Commitment Hub");
    expect((await listPastSubmissions(s.ctx(lead), "lstm")).allowed.manage).toBe(true);
    const birmingham = await listPastSubmissions(s.ctx(otherLead), "birmingham");
    expect(birmingham.items.map((i) => i.submittedOn)).toEqual(["2024-08-23", "2021-09-30"]);
    expect(birmingham.items[1]?.file?.fileName).toBe("birmingham-stage-2-2021.pdf");
  });
});

describe("recording and deleting past submissions", () => {
  it("a new institution is due 12 months after signing, and a recorded submission makes it a renewal", async () => {
    const inst = await createInstitution(s.ctx(central), {
      name: "Institute of Windows",
      slug: "windows-inst",
      type: "signatory",
      signingDate: "2024-08-01",
    });
    expect(inst.slug).toBe("windows-inst");
    const before = await getDeadline(s.ctx(central), "windows-inst", NOW);
    expect(before.next).toMatchObject({ rule: "initial", signedOn: "2024-08-01", closesOn: "2026-01-31" });
    expect(before.next).toMatchObject({ isOverdue: true, daysOverdue: 296 });
    const overdue = await listOverdue(s.ctx(central), NOW);
    expect(overdue.overdue.map((d) => d.institution.slug)).toContain("windows-inst");
    expect(overdue.upcoming.map((d) => d.institution.slug)).toEqual(
      expect.arrayContaining(["lstm", "birmingham"]),
    );
    await setSchedule(s.ctx(central), "windows-inst", { dueMonths: [4] });
    expect((await getDeadline(s.ctx(central), "windows-inst", NOW)).next?.closesOn).toBe("2026-04-30");
    await setSchedule(s.ctx(central), "windows-inst", { dueMonths: [] });
    expect((await getDeadline(s.ctx(central), "windows-inst", NOW)).hasOwnSchedule).toBe(false);
  });

  it("records one with its file in the evidence library, and deletes it with the version read", async () => {
    const row = await recordPastSubmission(
      s.ctx(lead),
      "lstm",
      { stage: "renewal", submittedOn: "2025-02-10", note: "A test record" },
      { file: { name: "renewal.pdf", bytes: PDF }, now: NOW },
    );
    expect(row.evidenceId).not.toBeNull();
    const evidence = await getEvidence(s.ctx(editor), "lstm", row.evidenceId!);
    expect(evidence.item).toMatchObject({ kind: "file", occurredOn: "2025-02-10" });
    expect((await getDeadline(s.ctx(lead), "lstm", NOW)).next?.closesOn).toBe("2028-07-31");
    await expect(
      deletePastSubmission(s.ctx(lead), "lstm", row.id, { expectedVersion: 5 }),
    ).rejects.toMatchObject({ code: "STALE" });
    await deletePastSubmission(s.ctx(lead), "lstm", row.id, { expectedVersion: 1 });
    expect((await getDeadline(s.ctx(lead), "lstm", NOW)).next?.closesOn).toBe("2027-07-31");
    await expect(
      deletePastSubmission(s.ctx(lead), "lstm", row.id, { expectedVersion: 2 }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it.each([
    [{ stage: "phase-1", submittedOn: "2024-07-26" }, { stage: ["Choose which submission this was."] }],
    [
      { stage: "renewal", submittedOn: "26/07/2024" },
      { submittedOn: [expect.stringContaining("for example")] },
    ],
    [{ stage: "renewal", submittedOn: "2016-05-01" }, { submittedOn: [expect.stringContaining("2017")] }],
    [{ stage: "renewal", submittedOn: "2026-12-01" }, { submittedOn: [expect.stringContaining("passed")] }],
  ])("refuses %j with a message per field", async (input, fieldErrors) => {
    await expect(recordPastSubmission(s.ctx(lead), "lstm", input, { now: NOW })).rejects.toMatchObject({
      code: "INVALID",
      details: { fieldErrors },
    });
  });

  it("writes nothing when the file is refused", async () => {
    const count = (await listPastSubmissions(s.ctx(lead), "lstm")).items.length;
    await expect(
      recordPastSubmission(
        s.ctx(lead),
        "lstm",
        { stage: "renewal", submittedOn: "2025-02-10" },
        { file: { name: "page.html", bytes: new TextEncoder().encode("<html></html>") }, now: NOW },
      ),
    ).rejects.toMatchObject({ code: "INVALID", details: { fieldErrors: { file: expect.any(Array) } } });
    expect((await listPastSubmissions(s.ctx(lead), "lstm")).items).toHaveLength(count);
  });
});

describe("who may", () => {
  it.each<[string, () => Actor, string]>([
    ["the anonymous read the deadline", () => ANONYMOUS, "UNAUTHENTICATED"],
    ["another institution's lead read the deadline", () => otherLead, "FORBIDDEN"],
  ])("%s: no", async (_, who, code) => {
    await expect(getDeadline(s.ctx(who()), "lstm", NOW)).rejects.toMatchObject({ code });
  });

  it("only the lead records; only the central team sets due months and lists overdue", async () => {
    const input = { stage: "renewal", submittedOn: "2024-07-26" };
    for (const who of [editor, signatory, otherLead, central])
      await expect(recordPastSubmission(s.ctx(who), "lstm", input)).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    await expect(listPastSubmissions(s.ctx(central), "lstm")).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(setSchedule(s.ctx(lead), "lstm", { dueMonths: [4] })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(listOverdue(s.ctx(lead), NOW)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(setSchedule(s.ctx(central), "lstm", { dueMonths: [13] })).rejects.toMatchObject({
      code: "INVALID",
      details: { fieldErrors: { "dueMonths.0": [expect.stringContaining("12")] } },
    });
  });
});

describe("institutions with no window", () => {
  it("a supporter never has one; a signatory without a signing date is listed as unknown", async () => {
    await createInstitution(s.ctx(central), { name: "A Funder", slug: "a-funder", type: "supporter" });
    await createInstitution(s.ctx(central), { name: "No Date Yet", slug: "no-date-yet", type: "signatory" });
    expect((await getDeadline(s.ctx(central), "a-funder", NOW)).next).toBeNull();
    const list = await listOverdue(s.ctx(central), NOW);
    expect(list.unknown.map((d) => d.institution.slug)).toEqual(["no-date-yet"]);
    const listed = [...list.overdue, ...list.upcoming].map((d) => d.institution.slug);
    expect(listed).not.toContain("a-funder");
  });
});
