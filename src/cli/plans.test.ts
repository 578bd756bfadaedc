import { beforeAll, describe, expect, it } from "vitest";
import { todayInLondon } from "../core/plans/today";
import { cliTestBed } from "./cli-test-bed";
import { resolveLevel } from "./commands/rate";

const { tokens, hub, hubRemote } = cliTestBed("cli plans test");
type Plan = { id: string; title: string; status: string; isCurrent: boolean };
let current: Plan;
let draft: Plan;
/** An action of LSTM's draft plan (Progress scale: No Progress, In Progress, Completed). */
let draftActionId: string;

beforeAll(async () => {
  const plans: Plan[] = JSON.parse((await hub(["plans", "list", "lstm", "--json"])).out);
  current = plans.find((p) => p.isCurrent)!;
  draft = plans.find((p) => p.status === "draft")!;
  draftActionId = JSON.parse((await hub(["actions", "list", "lstm", draft.id, "--json"])).out)[0].id;
});

describe("level names", () => {
  const progress = [
    { id: "no-progress", label: "No Progress" },
    { id: "in-progress", label: "In Progress" },
    { id: "completed", label: "Completed" },
  ];
  const fivePoint = [
    { id: "red-amber", label: "Red/Amber" },
    { id: "amber-red", label: "Amber/Red" },
  ];
  it.each([
    [progress, "in-progress", "in-progress"],
    [progress, "In Progress", "in-progress"],
    [progress, "IN PROGRESS", "in-progress"],
    [progress, " completed ", "completed"],
    [fivePoint, "red/amber", "red-amber"],
    [fivePoint, "Amber-Red", "amber-red"],
    [progress, "done", "done"],
  ])("%#: %j reads %s as %s", (levels, typed, id) => {
    expect(resolveLevel(levels, typed)).toBe(id);
  });
});

describe("plans and actions (local, as the operator)", () => {
  it("lists every plan, drafts too, with the current one marked", async () => {
    const r = await hub(["plans", "list", "lstm"]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^ID +TITLE +PERIOD +STATUS +CURRENT\n/);
    expect(r.out).toContain(`${current.id}  LSTM Technician Commitment Action Plan 2024–2027`);
    expect(r.out).toMatch(/2024-08-01 to 2027-07-31 +published +current\n/);
    expect(r.out).toMatch(/ draft\s*\n/);
  });

  it("shows a plan as a table of actions with number, rating word and timescale", async () => {
    const r = await hub(["plans", "show", "lstm", current.id]);
    expect(r.code).toBe(0);
    const lines = r.out.split("\n");
    expect(lines[0]).toBe("LSTM Technician Commitment Action Plan 2024–2027");
    expect(lines[1]).toBe("lstm · published, current · 2024-08-01 to 2027-07-31 · RAG scale: Progress");
    expect(lines[4]).toMatch(/^NUMBER +TITLE +RATING +TIMESCALE +ID$/);
    expect(r.out).toMatch(
      /\nVISIBILITY 1 +.+ +(Completed|In Progress|No Progress|Not yet rated) +.* [0-9a-f-]{36}\n/,
    );
    expect(r.out).toMatch(/\nCurrent ratings \(retired actions left out\): .*\(\d+ %\)\n$/);
  });

  it("prints the use-case's JSON with --json, and the same JSON as the API", async () => {
    const local = await hub(["plans", "show", "lstm", current.id, "--json"]);
    const overview = JSON.parse(local.out);
    expect(overview.plan).toMatchObject({ id: current.id, status: "published" });
    expect(overview.actions[0]).toMatchObject({
      displayNumber: "VISIBILITY 1",
      timescale: expect.objectContaining({ kind: expect.any(String) }),
    });
    const remote = await hubRemote(["plans", "show", "lstm", current.id, "--json"], tokens.lead);
    expect(remote.code).toBe(0);
    expect(JSON.parse(remote.out).actions).toEqual(overview.actions);
    const actions = await hub(["actions", "list", "lstm", current.id, "--json"]);
    expect(JSON.parse(actions.out)).toEqual(overview.actions);
  });

  it("exits 3 for an unknown institution, plan or action", async () => {
    for (const argv of [
      ["plans", "list", "nowhere"],
      ["plans", "show", "lstm", "00000000-0000-4000-8000-000000000000"],
      ["actions", "list", "lstm", "not-a-plan"],
      ["rate", "00000000-0000-4000-8000-000000000000", "completed"],
    ]) {
      const r = await hub(argv);
      expect(r.code, argv.join(" ")).toBe(3);
      expect(r.err).toMatch(/^Error: The (institution|plan|action) was not found\.\n$/);
    }
  });
});

describe("hub rate (local)", () => {
  it("rates by label, with evidence links titled in order, and prints the new rating", async () => {
    const r = await hub([
      "rate",
      draftActionId,
      "In Progress",
      "--on",
      "2025-03-31",
      "--comment",
      "Half the platforms have a trainer.",
      "--evidence",
      "https://example.ac.uk/platforms",
      "--evidence-title",
      "Platform list",
      "--evidence",
      "https://example.ac.uk/rota",
      "--json",
    ]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({
      actionId: draftActionId,
      level: "in-progress",
      label: "In Progress",
      colour: "amber",
      assessedOn: "2025-03-31",
      commentary: "Half the platforms have a trainer.",
      evidence: [
        { url: "https://example.ac.uk/platforms", title: "Platform list" },
        { url: "https://example.ac.uk/rota", title: "https://example.ac.uk/rota" },
      ],
    });
  });

  it("dates the rating today in the UK unless told, and says what it did", async () => {
    const r = await hub(["rate", draftActionId, "completed", "--qualifier", "ahead of plan"]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(
      new RegExp(
        `^Rated [A-Z ]+ 1 in lstm \\(".+"\\): Completed ahead of plan, assessed on ${todayInLondon()}\\.\\n$`,
      ),
    );
  });

  it.each([
    [["no-progress"], "commentary: Explain why the action is rated red"],
    [["purple"], "level: Choose one of: No Progress, In Progress, Completed."],
    [["completed", "--on", "2999-01-01"], "assessedOn: The assessment date cannot be in the future"],
    [["completed", "--on", "31/03/2025"], "assessedOn: Enter the date of the judgement"],
    [
      ["completed", "--evidence", "ftp://example.org/x"],
      "evidence.0.url: Enter a web address starting with https://.",
    ],
  ])("exits 5 with the field's message: %j", async (args, message) => {
    const r = await hub(["rate", draftActionId, ...args]);
    expect(r.code).toBe(5);
    expect(r.out).toBe("");
    expect(r.err).toContain(message);
  });

  it.each([
    [["rate", "some-id"], "missing required argument 'level'"],
    [["rate", "some-id", "completed", "--evidence-title", "A title"], "Give --evidence <url> before"],
    [
      [
        "rate",
        "some-id",
        "completed",
        "--evidence",
        "https://a.example",
        "--evidence-title",
        "A",
        "--evidence-title",
        "B",
      ],
      "at most one --evidence-title",
    ],
  ])("exits 2 for a usage error: %j", async (argv, message) => {
    const r = await hub(argv);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
  });
});

describe("remote mode (--url and HUB_TOKEN)", () => {
  it("lists drafts to the institution's own members only", async () => {
    const mine = JSON.parse((await hubRemote(["plans", "list", "lstm", "--json"], tokens.lead)).out);
    expect(mine.map((p: Plan) => p.id)).toContain(draft.id);
    const theirs = await hubRemote(["plans", "list", "lstm", "--json"], tokens.other);
    expect(theirs.code).toBe(0);
    expect(JSON.parse(theirs.out).every((p: Plan) => p.status === "published")).toBe(true);
  });

  it("shows a published plan without a token, and refuses a draft: exit 4 anonymous, 3 elsewhere", async () => {
    const published = await hubRemote(["plans", "show", "lstm", current.id]);
    expect(published.code).toBe(0);
    expect(published.out).toContain("LSTM Technician Commitment Action Plan 2024–2027");
    const anonymous = await hubRemote(["actions", "list", "lstm", draft.id]);
    expect(anonymous.code).toBe(4);
    expect(anonymous.err).toContain("HUB_TOKEN");
    const elsewhere = await hubRemote(["plans", "show", "lstm", draft.id], tokens.other);
    expect(elsewhere.code).toBe(3);
  });

  it("rates an action by its id alone, finding its institution", async () => {
    const r = await hubRemote(
      [
        "rate",
        draftActionId,
        "IN-PROGRESS",
        "--on",
        "2025-04-30",
        "--comment",
        "Trainers named for two more.",
      ],
      tokens.lead,
    );
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Rated [A-Z ]+ 1 in lstm \(".+"\): In Progress, assessed on 2025-04-30\.\n$/);
  });

  it.each([
    ["a member who may not rate", 4, "completed", "signatory"],
    ["another institution's lead, on a draft", 3, "completed", "other"],
    ["a red level without commentary", 5, "No Progress", "lead"],
  ] as const)("%s: exit %i", async (_case, code, level, who) => {
    const r = await hubRemote(["rate", draftActionId, level], tokens[who]);
    expect(r.code).toBe(code);
    if (code === 5) expect(r.err).toContain("commentary: Explain why the action is rated red");
  });
});
