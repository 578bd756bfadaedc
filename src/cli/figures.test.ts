import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { createIndicator } from "../core/figures/create-indicator.server";
import { getIndicator } from "../core/figures/get-indicator.server";
import { cliTestBed } from "./cli-test-bed";

/*
 * `hub figures` locally (as the operator, on the test database) and against the real API routes
 * behind an HTTP server on the same database, with tokens of the demo accounts.
 */
const { tokens, hub, hubRemote, services } = cliTestBed("cli figures test");
/** LSTM's lead, on the test database. */
const leadCtx = async () => services().ctx(await services().actorFor("lead@lstm.demo"));
let dir: string;
/** LSTM's "Technical staff": 42 (4 senior) in 2019, 53 (11 senior) in 2024. */
let staffId: string;

let counter = 0;
async function csv(text: string) {
  const file = path.join(dir, `figures-${++counter}.csv`);
  await writeFile(file, text);
  return file;
}

async function newIndicator() {
  return (
    await createIndicator(await leadCtx(), "lstm", { name: `CLI indicator ${++counter}`, unit: "count" })
  ).id;
}

const figuresOf = async (id: string) =>
  (await getIndicator(await leadCtx(), "lstm", id)).observations.map((o) => [o.label, o.value]);

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "hub-figures-"));
  const list = JSON.parse((await hub(["figures", "list", "lstm", "--json"])).out);
  staffId = list.find((f: { indicator: { name: string } }) => f.indicator.name === "Technical staff")
    .indicator.id;
});

describe("hub figures list and show", () => {
  it("lists indicators with the latest figure and the change into it", async () => {
    const r = await hub(["figures", "list", "lstm"]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^ID +NAME +CATEGORY +LATEST +PERIOD +CHANGE\n/);
    expect(r.out).toMatch(
      new RegExp(`${staffId}  Technical staff +workforce +53 +2024 +\\+26\\.2 % · non-consecutive\\n`),
    );
  });

  it("shows an indicator's figures and the changes worked out from them", async () => {
    const r = await hub(["figures", "show", "lstm", staffId]);
    expect(r.code).toBe(0);
    const lines = r.out.split("\n");
    expect(lines[0]).toBe("Technical staff");
    expect(lines[1]).toBe("workforce · unit count · breakdown total, senior");
    expect(r.out).toMatch(
      /\nPERIOD +VALUE +BREAKDOWN +STATUS +AS OF +NOTE +ID\n2019 +42 +total 42, senior 4 +final/,
    );
    expect(r.out).toMatch(/\n2019 to 2024 +42 → 53 +\+26\.2 % · non-consecutive\n/);
  });

  it("prints the use-case's JSON with --json, the same as the API's", async () => {
    const local = JSON.parse((await hub(["figures", "show", "lstm", staffId, "--json"])).out);
    expect(local.derived.latestChange).toMatchObject({ fromValue: 42, toValue: 53 });
    const remote = await hubRemote(["figures", "show", "lstm", staffId, "--json"], tokens.signatory);
    expect(remote.code).toBe(0);
    const fromApi = JSON.parse(remote.out);
    expect(fromApi.derived).toEqual(local.derived);
    expect(fromApi.observations.map((o: { id: string }) => o.id)).toEqual(
      local.observations.map((o: { id: string }) => o.id),
    );
  });

  it.each([
    [["figures", "list", "nowhere"], 3, "The institution was not found."],
    [["figures", "show", "lstm", "00000000-0000-4000-8000-000000000000"], 3, "The indicator was not found."],
    [["figures", "show", "lstm"], 2, "missing required argument 'indicatorId'"],
  ])("%j exits %i", async (argv, code, message) => {
    const r = await hub(argv);
    expect(r.code).toBe(code);
    expect(r.err).toContain(message);
  });
});

describe("hub figures import", () => {
  it("previews with --dry-run: a report per row, nothing saved, exit 0", async () => {
    const id = await newIndicator();
    const r = await hub([
      "figures",
      "import",
      "lstm",
      id,
      await csv("Period,Value\n2022,7\n2023,9\n"),
      "--dry-run",
    ]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(
      /^LINE +PERIOD +VALUE +OUTCOME +ERRORS AND WARNINGS\n2 +2022 +7 +add\n3 +2023 +9 +add\n/,
    );
    expect(r.out).toContain("Every row can be imported: 2 to add, 0 to replace (dry run: nothing saved).");
    expect(await figuresOf(id)).toEqual([]);
  });

  it("imports nothing while a row is wrong (exit 5, with the line), then everything at once", async () => {
    const id = await newIndicator();
    const bad = await hub(["figures", "import", "lstm", id, await csv("period,value\n2021,4\nsometime,5\n")]);
    expect(bad.code).toBe(5);
    expect(bad.out).toMatch(/Line 3|sometime/);
    expect(bad.out).toContain("Nothing was imported: 1 of 2 rows need correcting.");
    expect(bad.err).toContain("The table needs correcting: see the report above.");
    expect(await figuresOf(id)).toEqual([]);
    const dry = await hub([
      "figures",
      "import",
      "lstm",
      id,
      await csv("period,value\nsometime,5\n"),
      "--dry-run",
    ]);
    expect(dry.code).toBe(5);
    expect(dry.out).toContain("Nothing would be imported: 1 of 1 rows need correcting.");
    const ok = await hub([
      "figures",
      "import",
      "lstm",
      id,
      await csv("period,value\n2021,4\n2022,5\n"),
      "--json",
    ]);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.out)).toMatchObject({ mode: "import", ok: true, counts: { add: 2 } });
    expect(await figuresOf(id)).toEqual([
      ["2021", 4],
      ["2022", 5],
    ]);
    const again = await hub(["figures", "import", "lstm", id, await csv("period,value\n2022,6\n")]);
    expect(again.code).toBe(5);
    const replaced = await hub([
      "figures",
      "import",
      "lstm",
      id,
      await csv("period,value\n2022,6\n"),
      "--replace",
    ]);
    expect(replaced.out).toContain("Imported 1 figures: 0 added, 1 replaced.");
    expect(await figuresOf(id)).toEqual([
      ["2021", 4],
      ["2022", 6],
    ]);
  });

  it("exits 2 for a file it cannot read", async () => {
    const r = await hub(["figures", "import", "lstm", staffId, path.join(dir, "missing.csv")]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("Cannot read");
  });

  it("imports through the API with a token; refuses a signatory (4) and another institution (3)", async () => {
    const id = await newIndicator();
    const file = await csv("period,value\n2020,3\n");
    const ok = await hubRemote(["figures", "import", "lstm", id, file], tokens.lead);
    expect(ok.err).toBe("");
    expect(ok.code).toBe(0);
    expect(await figuresOf(id)).toEqual([["2020", 3]]);
    // A bad table through the API prints its report per row too, and saves nothing.
    const bad = await hubRemote(
      ["figures", "import", "lstm", id, await csv("period,value\nsometime,5\n")],
      tokens.lead,
    );
    expect(bad.code).toBe(5);
    expect(bad.out).toContain("Nothing was imported: 1 of 1 rows need correcting.");
    expect(await figuresOf(id)).toEqual([["2020", 3]]);
    expect((await hubRemote(["figures", "import", "lstm", id, file], tokens.signatory)).code).toBe(4);
    expect((await hubRemote(["figures", "show", "lstm", id], tokens.other)).code).toBe(3);
    expect((await hubRemote(["figures", "list", "lstm"])).code).toBe(4);
  });
});
