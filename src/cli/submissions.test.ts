import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copySubmittedSubmission } from "../../tests/setup/submission-fixtures";
import { TEST_PUBLIC_URL } from "../../tests/setup/test-services";
import { cliTestBed } from "./cli-test-bed";

const { tokens, hub, hubRemote, services } = cliTestBed("cli submissions test");

/*
 * LSTM's demo data has a submitted 2024 renewal and an unfinished draft for 31 July 2027 (its open
 * submission), whose TALENT answers cite recommendation 1 at points 1 and 6. Submissions started here
 * use earlier windows, so the 2027 draft stays the open one.
 */
let dir: string;
let draftId: string;
let submittedId: string;
const file = (name: string) => join(dir, name);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "hub-submissions-"));
  await writeFile(
    file("claim.md"),
    "## Senior roles\n\nThe number of technicians in senior roles rose from 4 to 11 (125% increase).\n",
  );
  await writeFile(file("staff.md"), "## Our staff\n\nWe employ **53** technicians.\n");
  await writeFile(file("too-long.md"), `${"w".repeat(20_001)}\n`);
  const list = JSON.parse((await hub(["submissions", "list", "lstm", "--json"])).out);
  draftId = list.find((s: { windowCloses: string }) => s.windowCloses === "2027-07-31").id;
  submittedId = list.find((s: { windowCloses: string }) => s.windowCloses === "2024-07-31").id;
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const uuidIn = (out: string) => out.match(/([0-9a-f]{8}-[0-9a-f-]{27})/)![1]!;

describe("hub check", () => {
  it("exits 1 for LSTM's open draft: blocking findings first, each with where to fix it, then warnings", async () => {
    const r = await hub(["check", "lstm"]);
    expect(r.code).toBe(1);
    expect(r.err).toBe("");
    const lines = r.out.split("\n");
    expect(lines[0]).toBe(
      `Liverpool School of Tropical Medicine: the submission for the 31 July 2027 window (Draft, ${draftId})`,
    );
    expect(lines[1]).toMatch(
      /^Blocked: \d+ findings must be fixed before it can be submitted; \d+ warnings?\.$/,
    );
    const duplicate = lines.indexOf(
      "  - Recommendation 1 is answered at points 1 and 6: answer each recommendation once.",
    );
    expect(duplicate).toBeGreaterThan(lines.indexOf(lines.find((l) => l.startsWith("Blocking ("))!));
    expect(lines[duplicate + 1]).toBe(
      `    Fix at: ${TEST_PUBLIC_URL}/i/lstm/submissions/${draftId}/sections/q5#talent-6`,
    );
    expect(r.out).toContain("  - Not signed yet by the leader of the institution.");
    expect(r.out.indexOf("Warnings (")).toBeGreaterThan(r.out.indexOf("Blocking ("));
    // A warning's place to fix can be outside the submission: here, the new plan's pillar.
    expect(r.out).toMatch(/Fix at: http:\/\/localhost:3999\/i\/lstm\/plans\/[0-9a-f-]{36}#pillar-visibility/);
  });

  it("prints a contradiction between a narrative and the figures as a warning, and the same report as JSON", async () => {
    const saved = await hub(["submissions", "answer", "lstm", draftId, "q1", "--file", file("claim.md")]);
    expect(saved.err).toBe("");
    expect(saved.out).toMatch(/^Saved q1 of [0-9a-f-]{36}: the answer is at version \d+\.\n$/);
    const r = await hub(["check", "lstm"]);
    expect(r.code).toBe(1);
    const warnings = r.out.slice(r.out.indexOf("Warnings ("));
    expect(warnings).toContain("  - Question 1: “125% increase” does not match");
    expect(warnings).toContain(`    Fix at: ${TEST_PUBLIC_URL}/i/lstm/submissions/${draftId}/sections/q1`);
    const json = await hub(["check", "lstm", "--json"]);
    expect(json.code).toBe(1);
    const report = JSON.parse(json.out);
    expect(report).toMatchObject({ blocked: true, submission: { id: draftId, windowCloses: "2027-07-31" } });
    expect(report.findings.some((f: { code: string }) => f.code === "contradiction")).toBe(true);
    // Through the API: the same findings, the server's own addresses to fix them.
    const remote = await hubRemote(["check", "lstm"], tokens.signatory);
    expect(remote.code).toBe(1);
    expect(remote.out).toBe(r.out);
  });

  it("exits 0 when nothing blocks the open submission, still listing the warnings", async () => {
    const { submissionId } = await copySubmittedSubmission(services(), "birmingham", "2101-07-31", "signed");
    const r = await hub(["check", "birmingham"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`the submission for the 31 July 2101 window (Signed, ${submissionId})`);
    expect(r.out).toMatch(/\nNothing blocks it; \d+ warnings a reviewer would query\.\n/);
    expect(r.out).not.toContain("Blocking (");
    expect(r.out).toContain("  - Question 4: “more than tripling” does not match");
    expect((await hubRemote(["check", "birmingham"], tokens.other)).code).toBe(0);
  });

  it("refuses: 4 for another institution's token or none, 3 without an open submission or institution", async () => {
    expect((await hubRemote(["check", "lstm"], tokens.other)).code).toBe(4);
    expect((await hubRemote(["check", "lstm"])).code).toBe(4);
    // The central team reads submitted submissions only: LSTM has none open for them.
    const central = await hubRemote(["check", "lstm"], tokens.central);
    expect(central.code).toBe(3);
    expect(central.err).toContain("An open submission was not found.");
    expect((await hub(["check", "nowhere"])).code).toBe(3);
  });
});

describe("hub submissions (local, as the operator)", () => {
  it("lists, shows the task list and versions, and reads a version with its signatures", async () => {
    const list = await hub(["submissions", "list", "lstm"]);
    expect(list.code).toBe(0);
    expect(list.out).toMatch(/^WINDOW +TEMPLATE +STATE +VERSION +CHANGED +ID\n/);
    expect(list.out).toMatch(new RegExp(`2024-07-31 +Renewal.* v\\d +Submitted +1 +.+ UTC +${submittedId}`));
    expect(list.out).toMatch(new RegExp(`2027-07-31 +.+ +Draft +.+ UTC +${draftId}`));
    const shown = await hub(["submissions", "show", "lstm", submittedId]);
    expect(shown.code).toBe(0);
    expect(shown.out).toContain(
      "Liverpool School of Tropical Medicine: the submission for the 31 July 2024 window\n",
    );
    expect(shown.out).toMatch(/\nSECTION +STATUS +LAST CHANGED +KEY\n/);
    expect(shown.out).toMatch(
      /\nYour institution and lead +Complete +.+, 2024-07-\d\d \d\d:\d\d UTC +header\n/,
    );
    expect(shown.out).toMatch(
      /\nVersion 1, frozen 2024-07-26 \d\d:\d\d UTC by .+\n {2}Fingerprint: [0-9a-f]{64}\n/,
    );
    expect(shown.out).toContain("  Technician Commitment signatory – leader of the institution: ");
    const version = await hub(["submissions", "version", "lstm", submittedId, "1"]);
    expect(version.out).toMatch(
      /\nFingerprint \(SHA-256\): [0-9a-f]{64}\nIntact: yes, the content matches its fingerprint\n/,
    );
    expect(version.out).toMatch(
      /\nSignatures:\n {2}Technician Commitment nominated institutional lead: .+ \(.+\), signed 2024-07-26\n/,
    );
    // The same version as JSON, on the database and through the API.
    const local = JSON.parse((await hub(["submissions", "version", "lstm", submittedId, "1", "--json"])).out);
    const remote = JSON.parse(
      (await hubRemote(["submissions", "version", "lstm", submittedId, "1", "--json"], tokens.lead)).out,
    );
    expect(remote).toEqual(local);
    expect(local.intact).toBe(true);
  });

  it("starts for a window, answers from a file, freezes; signing needs a person's account", async () => {
    const started = await hub([
      "submissions",
      "start",
      "lstm",
      "--window",
      "2023-01-31",
      "--template",
      "initial",
    ]);
    expect(started.err).toBe("");
    expect(started.out).toMatch(
      /^Started Liverpool School of Tropical Medicine's submission for the 31 January 2023 window \(Initial .+, template version \d+\): [0-9a-f-]{36}\n/,
    );
    const id = uuidIn(started.out);
    const answer = await hub([
      "submissions",
      "answer",
      "lstm",
      id,
      "q1",
      "--file",
      file("staff.md"),
      "--complete",
    ]);
    expect(answer.out).toBe(`Saved q1 of ${id}: the answer is at version 1.\n`);
    const again = await hub([
      "submissions",
      "answer",
      "lstm",
      id,
      "q1",
      "--file",
      file("staff.md"),
      "--json",
    ]);
    expect(JSON.parse(again.out)).toEqual({ section: "q1", version: 2, reopened: false });
    expect((await hub(["submissions", "show", "lstm", id])).out).toMatch(/\n1\. .+ +Complete +.+ +q1\n/);
    const frozen = await hub(["submissions", "freeze", "lstm", id]);
    expect(frozen.out).toMatch(
      new RegExp(
        `^Froze ${id} as version 1, ready for sign-off\\.\\nFingerprint \\(SHA-256\\): [0-9a-f]{64}\\n$`,
      ),
    );
    const sign = await hub([
      "submissions",
      "sign",
      "lstm",
      id,
      "--block",
      "lead",
      "--name",
      "Jo",
      "--role",
      "Lead",
    ]);
    expect(sign.code).toBe(2);
    expect(sign.err).toContain(
      "Signing needs a person's own account: run hub --url <server> submissions sign",
    );
    const reopened = await hub(["submissions", "answer", "lstm", id, "q1", "--file", file("staff.md")]);
    expect(reopened.out).toContain("this change made it a draft again, and the signatures no longer count");
  });

  it.each([
    [
      ["start", "lstm", "--window", "2030-02-15"],
      5,
      "windowCloses: Choose the last day of a submission window",
    ],
    [["start", "lstm"], 6, "There is already a submission for the 31 July 2027 window."],
    [
      ["start", "lstm", "--template", "stage-9"],
      2,
      "option '--template <key>' argument 'stage-9' is invalid",
    ],
    [
      ["answer", "lstm", "DRAFT", "q1", "--file", "/no/such/answer.md"],
      2,
      "Cannot read the file /no/such/answer.md",
    ],
    [["answer", "lstm", "DRAFT", "q1", "--file", "LONG"], 5, "markdown: A paragraph is too long"],
    [["answer", "lstm", "DRAFT", "q99", "--file", "LONG"], 3, "The section was not found."],
    [["answer", "lstm", "DRAFT", "q8", "--file", "STAFF"], 5, "narrative: Use the fields below instead."],
    [["version", "lstm", "DRAFT", "x"], 2, '<number> must be a version number such as 2 (got "x").'],
    [["version", "lstm", "DRAFT", "1"], 3, "The version was not found."],
    [["submit", "lstm", "DRAFT"], 6, "There is no frozen version to submit: freeze the submission first."],
    [["show", "lstm", "not-an-id"], 3, "The submission was not found."],
  ])("refuses %j with exit %i", async (args, code, message) => {
    const names: Record<string, string> = {
      DRAFT: draftId,
      LONG: file("too-long.md"),
      STAFF: file("staff.md"),
    };
    const r = await hub(["submissions", ...args.map((a) => names[a] ?? a)]);
    expect(r.code).toBe(code);
    expect(r.out).toBe("");
    expect(r.err).toContain(message);
  });
});

describe("hub submissions --url, as the people who do the work", () => {
  it("answers, freezes, signs with each person's token, and is refused the submit while something blocks", async () => {
    const started = await hubRemote(["submissions", "start", "lstm", "--window", "2025-07-31"], tokens.lead);
    expect(started.err).toBe("");
    const id = uuidIn(started.out);
    const answer = ["submissions", "answer", "lstm", id, "q1", "--file", file("staff.md")];
    expect((await hubRemote(answer, tokens.lead)).out).toBe(
      `Saved q1 of ${id}: the answer is at version 1.\n`,
    );
    // The second save reads version 1 first and is based on it.
    expect((await hubRemote(answer, tokens.lead)).out).toBe(
      `Saved q1 of ${id}: the answer is at version 2.\n`,
    );
    expect((await hubRemote(answer, tokens.signatory)).code).toBe(4);
    expect((await hubRemote(["submissions", "freeze", "lstm", id], tokens.signatory)).code).toBe(4);
    const frozen = await hubRemote(["submissions", "freeze", "lstm", id, "--json"], tokens.lead);
    const { fingerprint } = JSON.parse(frozen.out);
    const sign = (block: string, token: string, ...more: string[]) =>
      hubRemote(
        [
          "submissions",
          "sign",
          "lstm",
          id,
          "--block",
          block,
          "--name",
          "Ann Example",
          "--role",
          "Someone",
          ...more,
        ],
        token,
      );
    expect((await sign("signatory", tokens.lead)).code).toBe(4);
    const stale = await sign("lead", tokens.lead, "--fingerprint", "0".repeat(64));
    expect(stale.code).toBe(6);
    expect(stale.err).toContain("The submission changed after you opened it");
    const lead = await sign("lead", tokens.lead);
    expect(lead.out).toBe(
      `Signed version 1 of ${id} in the block “Technician Commitment nominated institutional lead”.\nFingerprint: ${fingerprint}\nThe other block still needs its signature.\n`,
    );
    const leader = await sign("signatory", tokens.signatory, "--fingerprint", fingerprint);
    expect(leader.out).toContain("Both blocks are signed: the lead can now submit it.");
    const shown = await hubRemote(["submissions", "show", "lstm", id], tokens.signatory);
    expect(shown.out).toContain("\nSigned · ");
    expect(shown.out).toMatch(
      / {2}Technician Commitment signatory – leader of the institution: Ann Example \(Someone\), signed \d{4}-\d\d-\d\d\n/,
    );
    const submit = await hubRemote(["submissions", "submit", "lstm", id], tokens.lead);
    expect(submit.code).toBe(5);
    expect(submit.err).toContain(
      "Error: The readiness check found things that must be fixed before submitting.",
    );
    expect(submit.err).toMatch(/_form: Question 2, .+ is not answered\./);
    expect((await hubRemote(["submissions", "show", "lstm", id], tokens.other)).code).toBe(3);
  });

  it("submits a submission that nothing blocks, with the lead's token", async () => {
    const { submissionId: id } = await copySubmittedSubmission(services(), "lstm", "2026-01-31", "signed");
    expect((await hubRemote(["submissions", "submit", "lstm", id], tokens.signatory)).code).toBe(4);
    const r = await hubRemote(["submissions", "submit", "lstm", id], tokens.lead);
    expect(r.err).toBe("");
    expect(r.out).toMatch(
      new RegExp(
        `^Submitted version 1 of ${id} on \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC: it is with the Technician Commitment team\\.\\n$`,
      ),
    );
    const list = JSON.parse((await hubRemote(["submissions", "list", "lstm", "--json"], tokens.central)).out);
    expect(list.map((s: { id: string }) => s.id)).toContain(id);
    expect(list.every((s: { state: string }) => s.state === "submitted")).toBe(true);
  });
});
