import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestServices, type TestServices } from "../../../tests/setup/test-services";
import { submissionVersion } from "../../db/schema";
import type { Actor } from "../actor";
import { AppError } from "../errors";
import { createEvidence } from "../evidence/create-evidence.server";
import { deleteEvidence } from "../evidence/delete-evidence.server";
import { getEvidence } from "../evidence/get-evidence.server";
import { recordConsent } from "../evidence/record-consent.server";
import { markdownToDoc } from "../narrative/markdown";
import { freezeSubmission } from "./freeze-submission.server";
import { getSubmission } from "./get-submission.server";
import { getVersion } from "./get-version.server";
import { listCitingVersions } from "./list-citing-versions.server";
import { listSubmissions } from "./list-submissions.server";
import { saveAnswer } from "./save-answer.server";
import { signSubmission } from "./sign-submission.server";
import { startSubmission } from "./start-submission.server";
import { fingerprint } from "./submission-rules";

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

const code = async (p: Promise<unknown>) => {
  try {
    await p;
    return "ok";
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
};
const fields = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (error) {
    if (error instanceof AppError) return error.details.fieldErrors ?? {};
    throw error;
  }
  return {};
};

describe("starting a submission", () => {
  it("starts on the newest published renewal template, with the plan in force and its successor", async () => {
    const { id } = await startSubmission(s.ctx(lead), "lstm", { windowCloses: "2031-01-31" });
    const view = await getSubmission(s.ctx(editor), "lstm", id);
    expect(view.template.key).toBe("renewal");
    expect(view.submission.state).toBe("draft");
    expect(view.tasks[0]).toMatchObject({ key: "header", status: "not-started" });
    expect(view.tasks.map((t) => t.key)).toContain("q8");
    expect(view.submission.previousPlanId).not.toBeNull();
  });

  it("allows one submission per window", async () => {
    await startSubmission(s.ctx(lead), "lstm", { windowCloses: "2032-01-31" });
    expect(await code(startSubmission(s.ctx(editor), "lstm", { windowCloses: "2032-01-31" }))).toBe(
      "CONFLICT",
    );
  });

  it("refuses a day that does not close a window, and people who may not start one", async () => {
    expect(await fields(startSubmission(s.ctx(lead), "lstm", { windowCloses: "2031-02-15" }))).toHaveProperty(
      "windowCloses",
    );
    expect(await code(startSubmission(s.ctx(signatory), "lstm", { windowCloses: "2033-01-31" }))).toBe(
      "FORBIDDEN",
    );
    expect(await code(startSubmission(s.ctx(otherLead), "lstm", { windowCloses: "2033-01-31" }))).toBe(
      "FORBIDDEN",
    );
  });
});

describe("answers, revisions and stale saves", () => {
  let id: string;
  beforeAll(async () => {
    id = (await startSubmission(s.ctx(lead), "lstm", { windowCloses: "2034-07-31" })).id;
  });

  it("saves a narrative and shows who changed the section last", async () => {
    const saved = await saveAnswer(s.ctx(editor), "lstm", id, "q1", {
      narrative: markdownToDoc("## Our staff\n\nWe employ **53** technicians."),
      version: 0,
    });
    expect(saved.answer.version).toBe(1);
    const view = await getSubmission(s.ctx(lead), "lstm", id);
    expect(view.tasks.find((t) => t.key === "q1")).toMatchObject({
      status: "in-progress",
      updatedByName: "Morgan Reyes",
    });
  });

  it("refuses a save from an older version and hands back the other person's answer", async () => {
    await saveAnswer(s.ctx(lead), "lstm", id, "q1", {
      narrative: markdownToDoc("Lead's words."),
      version: 1,
    });
    try {
      await saveAnswer(s.ctx(editor), "lstm", id, "q1", {
        narrative: markdownToDoc("Editor's words."),
        version: 1,
      });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      const e = error as AppError;
      expect(e.code).toBe("STALE");
      expect(e.details.currentVersion).toBe(2);
      expect(JSON.stringify((e.details.current as { narrative: unknown }).narrative)).toContain(
        "Lead's words.",
      );
    }
  });

  it("marks a section complete", async () => {
    await saveAnswer(s.ctx(lead), "lstm", id, "q1", { complete: true, version: 2 });
    const view = await getSubmission(s.ctx(lead), "lstm", id);
    expect(view.tasks.find((t) => t.key === "q1")?.status).toBe("complete");
  });

  it("keeps autosaves by one person close together as one revision", async () => {
    const t0 = new Date("2030-01-01T10:00:00Z");
    const a = await saveAnswer(
      s.ctx(editor),
      "lstm",
      id,
      "q7",
      { narrative: markdownToDoc("One"), version: 0, autosave: true },
      { now: t0 },
    );
    const b = await saveAnswer(
      s.ctx(editor),
      "lstm",
      id,
      "q7",
      { narrative: markdownToDoc("One two"), version: a.answer.version, autosave: true },
      { now: new Date(t0.getTime() + 60_000) },
    );
    expect(b.answer.version).toBe(2);
    const rows = await s.db.execute(
      sql`select count(*)::int as n from answer_revision where answer_id = ${b.answer.id}`,
    );
    expect(Number((rows as unknown as { rows: { n: number }[] }).rows[0]?.n)).toBe(1);
  });

  it("refuses an image without alternative text, data on a narrative-only question, and an unknown section", async () => {
    const noAlt = {
      type: "root",
      children: [
        { type: "paragraph", children: [{ type: "image", url: `evidence:${crypto.randomUUID()}`, alt: "" }] },
      ],
    };
    expect(await code(saveAnswer(s.ctx(lead), "lstm", id, "q3", { narrative: noAlt, version: 0 }))).toBe(
      "INVALID",
    );
    expect(await code(saveAnswer(s.ctx(lead), "lstm", id, "q1", { data: { x: 1 }, version: 3 }))).toBe(
      "INVALID",
    );
    expect(await code(saveAnswer(s.ctx(lead), "lstm", id, "q99", { version: 0 }))).toBe("NOT_FOUND");
  });

  it("keeps one institution's drafts from another", async () => {
    expect(await code(getSubmission(s.ctx(otherLead), "lstm", id))).toBe("NOT_FOUND");
    expect(await code(getSubmission(s.ctx(central), "lstm", id))).toBe("NOT_FOUND");
    expect(await code(saveAnswer(s.ctx(otherLead), "lstm", id, "q1", { version: 3 }))).toBe("NOT_FOUND");
    expect(await code(listSubmissions(s.ctx(otherLead), "lstm"))).toBe("FORBIDDEN");
    expect(await code(saveAnswer(s.ctx(signatory), "lstm", id, "q1", { version: 3 }))).toBe("FORBIDDEN");
  });
});

describe("freeze, sign and versions", () => {
  let id: string;
  beforeAll(async () => {
    id = (await startSubmission(s.ctx(lead), "lstm", { windowCloses: "2035-07-31" })).id;
    await saveAnswer(s.ctx(lead), "lstm", id, "q1", {
      narrative: markdownToDoc("Version one text."),
      version: 0,
    });
  });

  it("freezes a fingerprinted version that the lead and the signatory sign with their own accounts", async () => {
    const frozen = await freezeSubmission(s.ctx(lead), "lstm", id);
    expect(frozen.number).toBe(1);
    const v1 = await getVersion(s.ctx(signatory), "lstm", id, 1);
    expect(v1.intact).toBe(true);
    expect(fingerprint(v1.snapshot)).toBe(frozen.fingerprint);
    expect(v1.snapshot.answers.find((a) => a.sectionKey === "q1")).toBeTruthy();
    expect(v1.snapshot.previousPlan?.actions.length).toBeGreaterThan(0);

    const sign = (who: Actor, block: string, extra: Record<string, unknown> = {}) =>
      signSubmission(s.ctx(who), "lstm", id, {
        block,
        typedName: "A Person",
        role: "Role",
        signedOn: new Date().toISOString().slice(0, 10),
        fingerprint: frozen.fingerprint,
        ...extra,
      });
    expect(await code(sign(signatory, "lead"))).toBe("FORBIDDEN");
    expect(await code(sign(lead, "lead", { fingerprint: "0".repeat(64) }))).toBe("STALE");
    expect(await sign(lead, "lead")).toEqual({ state: "ready" });
    expect(await code(sign(lead, "lead"))).toBe("CONFLICT");
    expect(await sign(signatory, "signatory")).toEqual({ state: "signed" });
    expect((await getSubmission(s.ctx(lead), "lstm", id)).submission.state).toBe("signed");
  });

  it("an edit after signing clears the signatures; the next freeze is version 2 and version 1 stays readable", async () => {
    const saved = await saveAnswer(s.ctx(editor), "lstm", id, "q1", {
      narrative: markdownToDoc("Version two text."),
      version: 1,
    });
    expect(saved.reopened).toBe(true);
    const view = await getSubmission(s.ctx(lead), "lstm", id);
    expect(view.submission.state).toBe("draft");
    expect(view.current).toBeNull();
    expect(view.versions[0]?.reopenedAt).not.toBeNull();
    expect(view.versions[0]?.signatures).toHaveLength(2);
    const v2 = await freezeSubmission(s.ctx(lead), "lstm", id);
    expect(v2.number).toBe(2);
    const after = await getSubmission(s.ctx(lead), "lstm", id);
    expect(after.current?.signatures).toEqual([]);
    const v1 = await getVersion(s.ctx(lead), "lstm", id, 1);
    expect(JSON.stringify(v1.snapshot.answers)).toContain("Version one text.");
  });

  it("re-checks the fingerprint on every read, and refuses to sign altered content", async () => {
    await s.db
      .update(submissionVersion)
      .set({ snapshot: sql`jsonb_set(${submissionVersion.snapshot}, '{frozenOn}', '"1999-01-01"')` })
      .where(eq(submissionVersion.submissionId, id));
    expect((await getVersion(s.ctx(lead), "lstm", id, 2)).intact).toBe(false);
    const view = await getSubmission(s.ctx(lead), "lstm", id);
    expect(
      await code(
        signSubmission(s.ctx(lead), "lstm", id, {
          block: "lead",
          typedName: "A Person",
          role: "Role",
          signedOn: new Date().toISOString().slice(0, 10),
          fingerprint: view.current!.fingerprint,
        }),
      ),
    ).toBe("CONFLICT");
  });

  it("only the lead freezes", async () => {
    const other = (await startSubmission(s.ctx(lead), "lstm", { windowCloses: "2036-07-31" })).id;
    expect(await code(freezeSubmission(s.ctx(editor), "lstm", other))).toBe("FORBIDDEN");
    expect(await code(freezeSubmission(s.ctx(otherLead), "lstm", other))).toBe("NOT_FOUND");
  });
});

describe("evidence a signed submission cites", () => {
  it("cannot be deleted, and withdrawing consent flags the signed versions that contain it", async () => {
    const study = await createEvidence(
      s.ctx(lead),
      "lstm",
      {
        kind: "case-study",
        title: "A technician's journey, cited",
        person: "A fictional technician",
        roleThen: "Trainee",
        roleNow: "Senior technician",
      },
      { consent: { status: "given", on: "2024-01-01" } },
    );
    const id = (await startSubmission(s.ctx(lead), "lstm", { windowCloses: "2037-07-31" })).id;
    await saveAnswer(s.ctx(lead), "lstm", id, "q4", {
      narrative: markdownToDoc("Our case study shows the impact."),
      data: { items: [{ evidenceId: study.id, note: "A career story" }] },
      version: 0,
    });
    const frozen = await freezeSubmission(s.ctx(lead), "lstm", id);
    const v1 = await getVersion(s.ctx(lead), "lstm", id, 1);
    expect(v1.snapshot.evidence.map((e) => e.id)).toContain(study.id);

    // Frozen but not yet signed: nothing is attested, so it could still go.
    expect(await listCitingVersions(s.ctx(lead), "lstm", study.id)).toEqual([]);
    await signSubmission(s.ctx(lead), "lstm", id, {
      block: "lead",
      typedName: "Jordan Pike",
      role: "Lead",
      signedOn: new Date().toISOString().slice(0, 10),
      fingerprint: frozen.fingerprint,
    });
    expect(
      await code(deleteEvidence(s.ctx(lead), "lstm", study.id, { expectedVersion: study.version })),
    ).toBe("CONFLICT");

    const withdrawn = await recordConsent(s.ctx(lead), "lstm", study.id, {
      status: "withdrawn",
      on: "2025-01-01",
    });
    expect(withdrawn.flagged).toEqual([expect.objectContaining({ submissionId: id, number: 1 })]);
    expect((await getVersion(s.ctx(lead), "lstm", id, 1)).consentWithdrawn).toEqual([
      { id: study.id, title: "A technician's journey, cited" },
    ]);
    expect((await getEvidence(s.ctx(editor), "lstm", study.id)).citedBy).toHaveLength(1);
  });
});

describe("the demo's 2024 submissions", () => {
  it("were submitted by the lead on the seeds' days, and the central team reads them but not the drafts", async () => {
    const list = await listSubmissions(s.ctx(central), "lstm");
    expect(list.items.map((i) => [i.windowCloses, i.state])).toEqual([["2024-07-31", "submitted"]]);
    const view = await getSubmission(s.ctx(central), "lstm", list.items[0]!.id);
    expect(view.submittedByName).toBe("Jordan Pike");
    expect(view.submission.submittedAt?.toISOString().slice(0, 10)).toBe("2024-07-26");
    expect(view.versions[0]?.signatures.map((x) => x.block).sort()).toEqual(["lead", "signatory"]);
    const mine = await listSubmissions(s.ctx(lead), "lstm");
    expect(mine.items.map((i) => i.state)).toContain("draft");
  });
});
