import { describe, expect, it } from "vitest";
import { todayInLondon } from "../../src/core/plans/today";
import { analysisAction, copySubmittedSubmission } from "../../tests/setup/submission-fixtures";
import { TEST_PUBLIC_URL } from "../../tests/setup/test-services";
import { apiTestBed, call, etagOf, LSTM, problemOf } from "./api-test-bed";
import {
  ZAnalysisRatingJson,
  ZFrozenJson,
  ZReadinessJson,
  ZSectionJson,
  ZSignedJson,
  ZSubmissionListJson,
  ZSubmissionOverviewJson,
  ZSubmissionStartedJson,
  ZSubmissionVersionJson,
  ZSubmittedJson,
} from "./schemas";

const { tokens, services } = apiTestBed("submissions api test");

/*
 * LSTM's demo data: a submitted 2024 renewal and an unfinished draft for 31 July 2027, whose TALENT
 * answers cite recommendation 1 at points 1 and 6. The submissions started here use earlier windows,
 * so the 2027 draft stays LSTM's open submission (the newest not yet submitted).
 */
const SUBMISSIONS = `${LSTM}/submissions`;

async function start(windowCloses: string, token = tokens.lead) {
  const res = await call("POST", SUBMISSIONS, { token, body: { windowCloses } });
  expect(res.status, JSON.stringify(await res.clone().json())).toBe(201);
  const { id } = ZSubmissionStartedJson.parse(await res.json());
  expect(res.headers.get("location")).toBe(`${TEST_PUBLIC_URL}${SUBMISSIONS}/${id}`);
  return id;
}

async function overview(id: string, token = tokens.lead) {
  const res = await call("GET", `${SUBMISSIONS}/${id}`, { token });
  expect(res.status).toBe(200);
  const body = ZSubmissionOverviewJson.parse(await res.json());
  expect(etagOf(res)).toBe(body.submission.version);
  return body;
}

const put = (id: string, section: string, ifMatch: string | null, body: unknown, token = tokens.lead) =>
  call("PUT", `${SUBMISSIONS}/${id}/answers/${section}`, {
    token,
    body,
    headers: ifMatch === null ? {} : { "if-match": ifMatch },
  });

async function saved(res: Response) {
  expect(res.status, JSON.stringify(await res.clone().json())).toBe(200);
  const body = ZSectionJson.parse(await res.json());
  expect(etagOf(res)).toBe(body.version);
  return body;
}

const sign = (id: string, block: "lead" | "signatory", fingerprint: string, token: string) =>
  call("POST", `${SUBMISSIONS}/${id}/signatures`, {
    token,
    body: { block, typedName: "Ann Example", role: "Someone", signedOn: todayInLondon(), fingerprint },
  });

describe("the submissions API, from start to a second frozen version", () => {
  it("starts, saves Markdown with If-Match 0, refuses a stale save with both answers, freezes, signs twice, refuses the submit while something blocks, and reopens on an edit", async () => {
    const id = await start("2025-07-31");
    const list = ZSubmissionListJson.parse(
      await (await call("GET", SUBMISSIONS, { token: tokens.lead })).json(),
    );
    expect(list.items.map((s) => s.id)).toContain(id);
    expect(list.allowed.start).toBe(true);
    expect(list.next?.closesOn).toBe("2027-07-31");
    const fresh = await overview(id);
    expect(fresh.template.key).toBe("renewal");
    expect(fresh.tasks.find((t) => t.key === "q1")).toMatchObject({
      status: "not-started",
      updatedByName: null,
    });

    // An unanswered section reads as version 0.
    const empty = await call("GET", `${SUBMISSIONS}/${id}/answers/q1`, { token: tokens.signatory });
    expect(empty.headers.get("etag")).toBe('"0"');
    expect(ZSectionJson.parse(await empty.json())).toMatchObject({ answer: null, version: 0 });

    // The first save, in Markdown, with If-Match "0".
    const first = await saved(
      await put(id, "q1", '"0"', {
        markdown: "## Our staff\n\nWe employ **53** technicians.",
        complete: false,
      }),
    );
    expect(first.version).toBe(1);
    expect(first.answer?.markdown).toBe("## Our staff\n\nWe employ **53** technicians.\n");
    expect(first.answer?.narrative).toMatchObject({
      type: "root",
      children: [{ type: "heading", depth: 2 }, {}],
    });
    const read = ZSectionJson.parse(
      await (await call("GET", `${SUBMISSIONS}/${id}/answers/q1`, { token: tokens.signatory })).json(),
    );
    expect(read.answer).toMatchObject({ markdown: first.answer?.markdown, version: 1, complete: false });
    expect(read.allowed.edit).toBe(false);

    // Someone who also started from "0" is refused, with the other answer in both forms.
    const stale = await problemOf(await put(id, "q1", '"0"', { markdown: "My own version." }), 412);
    expect(stale).toMatchObject({
      code: "STALE",
      currentVersion: 1,
      current: { version: 1, markdown: first.answer?.markdown, narrative: { type: "root" } },
    });
    expect((await overview(id)).tasks.find((t) => t.key === "q1")).toMatchObject({
      status: "in-progress",
      updatedByName: expect.any(String),
    });

    // The readiness check lists what blocks, with where to fix it on this server.
    const readiness = ZReadinessJson.parse(
      await (await call("GET", `${SUBMISSIONS}/${id}/readiness`, { token: tokens.signatory })).json(),
    );
    expect(readiness.blocked).toBe(true);
    const unanswered = readiness.findings.find((f) => f.code === "unanswered" && f.href === "sections/q2");
    expect(unanswered).toMatchObject({
      severity: "blocking",
      url: `${TEST_PUBLIC_URL}/i/lstm/submissions/${id}/sections/q2`,
    });
    expect(readiness.findings.some((f) => f.code === "not-signed")).toBe(true);

    // Freezing is not held back by the readiness check.
    const freeze = await call("POST", `${SUBMISSIONS}/${id}/freeze`, { token: tokens.lead });
    expect(freeze.status).toBe(201);
    const v1 = ZFrozenJson.parse(await freeze.json());
    expect(v1.number).toBe(1);
    expect(v1.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(freeze.headers.get("location")).toBe(`${TEST_PUBLIC_URL}${SUBMISSIONS}/${id}/versions/1`);
    expect(
      (await problemOf(await call("POST", `${SUBMISSIONS}/${id}/freeze`, { token: tokens.lead }), 409)).code,
    ).toBe("CONFLICT");

    // Each person signs their own block with their own token; the lead cannot sign the leader's.
    const before = await overview(id);
    const leadSigned = await sign(id, "lead", v1.fingerprint, tokens.lead);
    expect(leadSigned.status).toBe(201);
    expect(ZSignedJson.parse(await leadSigned.json())).toEqual({ state: "ready" });
    expect((await overview(id)).submission.version).toBeGreaterThan(before.submission.version);
    expect((await problemOf(await sign(id, "signatory", v1.fingerprint, tokens.lead), 403)).code).toBe(
      "FORBIDDEN",
    );
    const wrongPrint = await sign(id, "signatory", "0".repeat(64), tokens.signatory);
    expect(await problemOf(wrongPrint, 412)).toMatchObject({
      current: { number: 1, fingerprint: v1.fingerprint },
    });
    const both = await sign(id, "signatory", v1.fingerprint, tokens.signatory);
    expect(ZSignedJson.parse(await both.json())).toEqual({ state: "signed" });

    // Signed, but the readiness check still blocks the submit: 422 with each blocking finding.
    const submit = await call("POST", `${SUBMISSIONS}/${id}/submit`, {
      token: tokens.lead,
      body: { fingerprint: v1.fingerprint },
    });
    const refused = await problemOf(submit, 422);
    expect(refused.errors?._form).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Question 2, .* is not answered\.$/)]),
    );
    expect((await overview(id)).submission.state).toBe("signed");

    // An edit after signing reopens it: version 1 keeps its signatures as history; the next freeze is 2.
    const edit = await saved(
      await put(id, "q1", '"1"', { markdown: "We employ 53 technicians.", complete: true }),
    );
    expect(edit).toMatchObject({ reopened: true, version: 2, answer: { complete: true } });
    const reopened = await overview(id);
    expect(reopened.submission.state).toBe("draft");
    expect(reopened.current).toBeNull();
    expect(reopened.versions[0]).toMatchObject({ number: 1, reopenedAt: expect.any(String) });
    const v2 = ZFrozenJson.parse(
      await (await call("POST", `${SUBMISSIONS}/${id}/freeze`, { token: tokens.lead })).json(),
    );
    expect(v2.number).toBe(2);
    expect(v2.fingerprint).not.toBe(v1.fingerprint);
    const kept = await call("GET", `${SUBMISSIONS}/${id}/versions/1`, { token: tokens.signatory });
    expect(kept.status).toBe(200);
    const version1 = ZSubmissionVersionJson.parse(await kept.json());
    expect(version1).toMatchObject({ intact: true, version: { number: 1, fingerprint: v1.fingerprint } });
    expect(version1.version.signatures.map((s) => s.block).sort()).toEqual(["lead", "signatory"]);
    expect(version1.snapshot.answers.find((a) => a.sectionKey === "q1")).toMatchObject({ version: 1 });
    expect((await overview(id)).current).toMatchObject({ number: 2, signatures: [] });
  });
});

describe("who may do what", () => {
  it("lets the central team read a submitted submission and its version, but not a draft", async () => {
    const list = ZSubmissionListJson.parse(
      await (await call("GET", SUBMISSIONS, { token: tokens.lead })).json(),
    );
    const submitted = list.items.find((s) => s.windowCloses === "2024-07-31")!;
    const draft = list.items.find((s) => s.windowCloses === "2027-07-31")!;
    expect(submitted.state).toBe("submitted");
    expect((await overview(submitted.id, tokens.central)).submission.state).toBe("submitted");
    const version = await call("GET", `${SUBMISSIONS}/${submitted.id}/versions/1`, { token: tokens.central });
    expect(ZSubmissionVersionJson.parse(await version.json())).toMatchObject({
      intact: true,
      consentWithdrawn: [],
    });
    for (const path of ["", "/answers/q1", "/readiness"])
      expect(
        (
          await problemOf(
            await call("GET", `${SUBMISSIONS}/${draft.id}${path}`, { token: tokens.central }),
            404,
          )
        ).code,
      ).toBe("NOT_FOUND");
  });

  it("answers another institution's token with 404, and the anonymous with 401", async () => {
    const id = await start("2025-01-31");
    const paths = ["", "/answers/q1", "/readiness", "/versions/1"];
    for (const path of paths) {
      const res = await call("GET", `${SUBMISSIONS}/${id}${path}`, { token: tokens.other });
      expect((await problemOf(res, 404)).code, path).toBe("NOT_FOUND");
      expect((await problemOf(await call("GET", `${SUBMISSIONS}/${id}${path}`), 401)).code).toBe(
        "UNAUTHENTICATED",
      );
    }
    expect((await problemOf(await put(id, "q1", '"0"', { markdown: "Hi." }, tokens.other), 404)).code).toBe(
      "NOT_FOUND",
    );
    expect(
      (await problemOf(await call("POST", `${SUBMISSIONS}/${id}/freeze`, { token: tokens.other }), 404)).code,
    ).toBe("NOT_FOUND");
    const list = await call("GET", SUBMISSIONS, { token: tokens.other });
    expect([403, 404]).toContain(list.status);
    // Another institution's list (and so its open submission) is refused outright.
    expect((await problemOf(await call("GET", `${LSTM}/readiness`, { token: tokens.other }), 403)).code).toBe(
      "FORBIDDEN",
    );
    expect(
      (await problemOf(await call("POST", SUBMISSIONS, { token: tokens.other, body: {} }), 403)).code,
    ).toBe("FORBIDDEN");
  });

  it("keeps writing to the lead and editors: the signatory may read but not start, answer or freeze", async () => {
    const id = await start("2026-07-31");
    expect(
      (await problemOf(await call("POST", SUBMISSIONS, { token: tokens.signatory, body: {} }), 403)).code,
    ).toBe("FORBIDDEN");
    expect(
      (await problemOf(await put(id, "q1", '"0"', { markdown: "Hi." }, tokens.signatory), 403)).code,
    ).toBe("FORBIDDEN");
    const freeze = await call("POST", `${SUBMISSIONS}/${id}/freeze`, { token: tokens.signatory });
    expect((await problemOf(freeze, 403)).code).toBe("FORBIDDEN");
  });
});

describe("bad input", () => {
  it("refuses a second submission for a window, a day that closes none, and a bad template", async () => {
    // The next due window is 31 July 2027, which the demo's draft already has.
    const again = await problemOf(await call("POST", SUBMISSIONS, { token: tokens.lead, body: {} }), 409);
    expect(again.detail).toBe("There is already a submission for the 31 July 2027 window.");
    const bad = await call("POST", SUBMISSIONS, {
      token: tokens.lead,
      body: { windowCloses: "2030-02-15", templateKey: "stage-9" },
    });
    expect((await problemOf(bad, 422)).errors).toMatchObject({ templateKey: ["Choose a template."] });
    const day = await call("POST", SUBMISSIONS, { token: tokens.lead, body: { windowCloses: "2030-02-15" } });
    expect((await problemOf(day, 422)).errors).toEqual({
      windowCloses: ["Choose the last day of a submission window, such as 31 July 2027."],
    });
  });

  it("checks a save: If-Match required and well formed, one narrative, a tree that is one, data of the section's shape", async () => {
    const id = await start("2024-01-31");
    expect((await problemOf(await put(id, "q1", null, { markdown: "Hi." }), 428)).code).toBe(
      "PRECONDITION_REQUIRED",
    );
    expect((await problemOf(await put(id, "q1", '"abc"', { markdown: "Hi." }), 400)).code).toBe("INVALID");
    const both = await problemOf(
      await put(id, "q1", '"0"', { markdown: "Hi.", narrative: { type: "root", children: [] } }),
      422,
    );
    expect(both.errors).toEqual({ markdown: ["Send either markdown or narrative, not both."] });
    const tree = await problemOf(
      await put(id, "q1", '"0"', { narrative: { type: "html", value: "<script>" } }),
      422,
    );
    expect(Object.keys(tree.errors ?? {})).toEqual(["narrative"]);
    const long = await problemOf(await put(id, "q1", '"0"', { markdown: "w".repeat(20_001) }), 422);
    expect(long.errors).toEqual({
      markdown: ["A paragraph is too long: break it up (at most 20,000 characters in one run of text)."],
    });
    const notText = await problemOf(await put(id, "q1", '"0"', { markdown: 42 }), 422);
    expect(notText.errors).toEqual({ markdown: ["Send the answer as a string of Markdown."] });
    const complete = await problemOf(await put(id, "q1", '"0"', { complete: "yes" }), 422);
    expect(Object.keys(complete.errors ?? {})).toEqual(["complete"]);
    // The public page takes fields only, and an address over https.
    const prose = await problemOf(await put(id, "q8", '"0"', { markdown: "Our page." }), 422);
    expect(prose.errors).toEqual({ narrative: ["Use the fields below instead."] });
    const http = await problemOf(await put(id, "q8", '"0"', { data: { url: "http://example.ac.uk" } }), 422);
    expect(http.errors).toEqual({ url: ["Enter the page's address, starting with https://."] });
    const page = await saved(
      await put(id, "q8", '"0"', { data: { url: "https://www.lstmed.ac.uk/technicians", confirmed: true } }),
    );
    expect(page.section).toMatchObject({ kind: "question", narrative: false, structured: "public-page" });
    expect(page.answer).toMatchObject({
      markdown: "",
      data: { url: "https://www.lstmed.ac.uk/technicians", confirmed: true },
    });
    // A tree is accepted as the rich editor sends it.
    const asTree = await saved(
      await put(id, "q1", '"0"', {
        narrative: {
          type: "root",
          children: [{ type: "paragraph", children: [{ type: "text", value: "From a tree." }] }],
        },
      }),
    );
    expect(asTree.answer?.markdown).toBe("From a tree.\n");
    for (const path of ["/answers/q99", "/versions/1", "/versions/x"])
      expect(
        (await problemOf(await call("GET", `${SUBMISSIONS}/${id}${path}`, { token: tokens.lead }), 404)).code,
      ).toBe("NOT_FOUND");
    expect(
      (await problemOf(await call("GET", `${SUBMISSIONS}/not-a-uuid`, { token: tokens.lead }), 404)).code,
    ).toBe("NOT_FOUND");
  });

  it("refuses a signature with missing fields, a date before the freeze, or a second block by the same person", async () => {
    const id = await start("2023-07-31");
    const { fingerprint } = ZFrozenJson.parse(
      await (await call("POST", `${SUBMISSIONS}/${id}/freeze`, { token: tokens.lead })).json(),
    );
    const empty = await call("POST", `${SUBMISSIONS}/${id}/signatures`, {
      token: tokens.lead,
      body: { block: "lead" },
    });
    expect(Object.keys((await problemOf(empty, 422)).errors ?? {}).sort()).toEqual([
      "fingerprint",
      "role",
      "signedOn",
      "typedName",
    ]);
    const early = await call("POST", `${SUBMISSIONS}/${id}/signatures`, {
      token: tokens.lead,
      body: { block: "lead", typedName: "Ann Example", role: "Lead", signedOn: "2020-01-01", fingerprint },
    });
    expect((await problemOf(early, 422)).errors).toEqual({
      signedOn: ["Enter a date on or after the day this version was frozen."],
    });
    expect((await sign(id, "lead", fingerprint, tokens.lead)).status).toBe(201);
    expect((await problemOf(await sign(id, "lead", fingerprint, tokens.lead), 409)).code).toBe("CONFLICT");
  });
});

describe("the RAG analysis and the open submission's readiness", () => {
  it("rates an action of the previous plan from the submission, refuses red without a reason, and reopens a frozen one", async () => {
    const id = await start("2022-07-31");
    const lead = services().ctx(await services().actorFor("lead@lstm.demo"));
    const { actionId, level } = await analysisAction(lead, "lstm", id);
    await call("POST", `${SUBMISSIONS}/${id}/freeze`, { token: tokens.lead });
    const rate = (body: Record<string, unknown>, token = tokens.lead) =>
      call("POST", `${SUBMISSIONS}/${id}/ratings`, { token, body });
    const res = await rate({ actionId, level, commentary: "Done at last.", assessedOn: todayInLondon() });
    expect(res.status, JSON.stringify(await res.clone().json())).toBe(201);
    const rated = ZAnalysisRatingJson.parse(await res.json());
    expect(rated).toMatchObject({ reopened: true, rating: { actionId, level, colour: "green" } });
    expect((await overview(id)).submission.state).toBe("draft");
    const rag = ZSectionJson.parse(
      await (await call("GET", `${SUBMISSIONS}/${id}/answers/q3`, { token: tokens.lead })).json(),
    );
    expect(rag.rag?.actions.find((a) => a.id === actionId)?.currentRating?.id).toBe(rated.rating.id);
    const red = await rate({ actionId, level: "no-progress", assessedOn: "2024-06-30" });
    expect(Object.keys((await problemOf(red, 422)).errors ?? {})).toEqual(["commentary"]);
    const elsewhere = await rate({ actionId: crypto.randomUUID(), level, assessedOn: "2024-06-30" });
    expect((await problemOf(elsewhere, 422)).errors).toEqual({
      actionId: ["Choose an action of the previous plan."],
    });
    expect(
      (await problemOf(await rate({ actionId, level, assessedOn: "2024-06-30" }, tokens.signatory), 403))
        .code,
    ).toBe("FORBIDDEN");
    expect(
      (await problemOf(await rate({ actionId, level, assessedOn: "2024-06-30" }, tokens.other), 404)).code,
    ).toBe("NOT_FOUND");
  });

  it("checks LSTM's open draft: recommendation 1 answered twice blocks it", async () => {
    const res = await call("GET", `${LSTM}/readiness`, { token: tokens.signatory });
    expect(res.status).toBe(200);
    const report = ZReadinessJson.parse(await res.json());
    expect(report.submission.windowCloses).toBe("2027-07-31");
    expect(report.blocked).toBe(true);
    const duplicate = report.findings.find((f) => f.code === "talent-duplicate");
    expect(duplicate).toMatchObject({
      severity: "blocking",
      message: "Recommendation 1 is answered at points 1 and 6: answer each recommendation once.",
      url: `${TEST_PUBLIC_URL}/i/lstm/submissions/${report.submission.id}/sections/q5#talent-6`,
    });
    expect(report.blocking).toBe(report.findings.filter((f) => f.severity === "blocking").length);
    expect(report.findings.findIndex((f) => f.severity === "warning")).toBeGreaterThan(
      report.findings.findLastIndex((f) => f.severity === "blocking"),
    );
  });
});

describe("submitting", () => {
  it("submits a submission that nothing blocks, once both have signed; the central team then reads it", async () => {
    const { submissionId: id, fingerprint } = await copySubmittedSubmission(
      services(),
      "lstm",
      "2026-01-31",
      "signed",
    );
    const stale = await call("POST", `${SUBMISSIONS}/${id}/submit`, {
      token: tokens.lead,
      body: { fingerprint: "f".repeat(64) },
    });
    expect((await problemOf(stale, 412)).code).toBe("STALE");
    const notLead = await call("POST", `${SUBMISSIONS}/${id}/submit`, {
      token: tokens.signatory,
      body: { fingerprint },
    });
    expect((await problemOf(notLead, 403)).code).toBe("FORBIDDEN");
    expect(
      (await problemOf(await call("GET", `${SUBMISSIONS}/${id}`, { token: tokens.central }), 404)).code,
    ).toBe("NOT_FOUND");
    const res = await call("POST", `${SUBMISSIONS}/${id}/submit`, {
      token: tokens.lead,
      body: { fingerprint },
    });
    expect(res.status, JSON.stringify(await res.clone().json())).toBe(200);
    expect(ZSubmittedJson.parse(await res.json()).submittedAt).toEqual(expect.any(String));
    const seen = await overview(id, tokens.central);
    expect(seen.submission.state).toBe("submitted");
    expect(seen.allowed).toEqual({
      edit: false,
      freeze: false,
      signLead: false,
      signSignatory: false,
      submit: false,
    });
    const central = ZSubmissionListJson.parse(
      await (await call("GET", SUBMISSIONS, { token: tokens.central })).json(),
    );
    expect(central.items.map((s) => s.id)).toContain(id);
    expect(central.items.every((s) => s.state === "submitted")).toBe(true);
    // Submitted is closed: no more answers.
    const late = await put(id, "q1", '"1"', { markdown: "Too late." });
    expect((await problemOf(late, 409)).code).toBe("CONFLICT");
  });
});
