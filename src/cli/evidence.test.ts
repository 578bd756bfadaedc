import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cliTestBed } from "./cli-test-bed";

const { tokens, hub, hubRemote } = cliTestBed("cli evidence test");

let dir: string;
let pdf: string;
let html: string;
/** An action of LSTM's current plan. */
let actionId: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "hub-evidence-"));
  pdf = join(dir, "annual report.pdf");
  html = join(dir, "disguised.pdf");
  await writeFile(pdf, "%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF");
  await writeFile(html, "<!doctype html><html><script>alert(1)</script></html>");
  const plans = JSON.parse((await hub(["plans", "list", "lstm", "--json"])).out);
  const current = plans.find((p: { isCurrent: boolean }) => p.isCurrent);
  actionId = JSON.parse((await hub(["actions", "list", "lstm", current.id, "--json"])).out)[0].id;
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const idIn = (out: string) => out.match(/: ([0-9a-f-]{36})\n$/)![1]!;

describe("hub evidence (local, as the operator)", () => {
  it("adds a link, lists it with filters and shows it", async () => {
    const added = await hub([
      "evidence",
      "add",
      "lstm",
      "--kind",
      "link",
      "--title",
      "Showcase in the local paper",
      "--address",
      "https://news.example.org/showcase",
      "--on",
      "2022-06-14",
      "--pillar",
      "visibility",
      "--pillar",
      "recognition",
    ]);
    expect(added.err).toBe("");
    expect(added.out).toMatch(/^Added link "Showcase in the local paper" to lstm: [0-9a-f-]{36}\n$/);
    const id = idIn(added.out);
    const listed = await hub(["evidence", "list", "lstm", "--year", "2022", "--kind", "link"]);
    expect(listed.code).toBe(0);
    expect(listed.out).toMatch(/^DATE +KIND +TITLE +LINKS +ID\n/);
    expect(listed.out).toContain(`2022-06-14  link  Showcase in the local paper  0      ${id}`);
    const none = await hub(["evidence", "list", "lstm", "--q", "no such words anywhere"]);
    expect(none.out).toBe("No evidence in lstm that matches.\n");
    const shown = await hub(["evidence", "show", "lstm", id]);
    expect(shown.out.split("\n").slice(0, 4)).toEqual([
      "Showcase in the local paper",
      "lstm · link · 2022-06-14 · visibility, recognition",
      `id ${id} · version 1`,
      "Address: https://news.example.org/showcase",
    ]);
    expect(shown.out).toContain("Not linked to anything yet.");
    const json = JSON.parse((await hub(["evidence", "list", "lstm", "--q", "local paper", "--json"])).out);
    expect(json.map((i: { id: string }) => i.id)).toEqual([id]);
  });

  it("adds a document and a file from disk, checked by its content", async () => {
    const doc = await hub([
      "evidence",
      "add",
      "lstm",
      "--kind",
      "document",
      "--title",
      "Publication policy",
      "--held-by",
      "Research office",
    ]);
    expect(doc.code).toBe(0);
    expect((await hub(["evidence", "show", "lstm", idIn(doc.out)])).out).toContain("heldBy: Research office");
    const file = await hub([
      "evidence",
      "add",
      "lstm",
      "--kind",
      "file",
      "--title",
      "Annual report",
      "--file",
      pdf,
    ]);
    expect(file.err).toBe("");
    const shown = await hub(["evidence", "show", "lstm", idIn(file.out)]);
    expect(shown.out).toContain("File: annual report.pdf (application/pdf, 1 kB)");
  });

  it.each([
    [["--kind", "file", "--title", "Disguised", "--file", "HTML"], 5, "file: Web pages and other markup"],
    [["--kind", "file", "--title", "Missing"], 5, "file: Choose a file to upload."],
    [["--kind", "link", "--title", "No address"], 5, "url: Enter the web address of the page."],
    [
      ["--kind", "file", "--title", "Nowhere", "--file", "/no/such/file.pdf"],
      2,
      "Cannot read the file /no/such/file.pdf (ENOENT)",
    ],
    [["--title", "No kind"], 2, "required option '--kind <kind>' not specified"],
  ])("refuses %j with exit %i", async (args, code, message) => {
    const r = await hub(["evidence", "add", "lstm", ...args.map((a) => (a === "HTML" ? html : a))]);
    expect(r.code).toBe(code);
    expect(r.out).toBe("");
    expect(r.err).toContain(message);
  });

  it("links to an action and a TALENT recommendation by number, and shows the links", async () => {
    const id = idIn((await hub(["evidence", "add", "lstm", "--kind", "document", "--title", "Minutes"])).out);
    const toAction = await hub(["evidence", "link", "lstm", id, "--action", actionId]);
    expect(toAction.err).toBe("");
    expect(toAction.out).toMatch(new RegExp(`^Linked ${id} to [A-Z ]+ \\d+ · .+\\.\\n$`));
    const toTalent = await hub(["evidence", "link", "lstm", id, "--talent", "14", "--json"]);
    expect(JSON.parse(toTalent.out)).toMatchObject({ evidenceId: id, target: "talent", label: "TALENT 14" });
    const again = await hub(["evidence", "link", "lstm", id, "--action", actionId]);
    expect(again.code).toBe(6);
    expect(again.err).toContain("to: It is already linked to that.");
    const unknown = await hub(["evidence", "link", "lstm", id, "--talent", "99"]);
    expect(unknown.code).toBe(5);
    expect(unknown.err).toMatch(/talent: Choose a TALENT recommendation by its number, 1 to \d+\./);
    for (const args of [[], ["--action", actionId, "--talent", "3"]]) {
      const r = await hub(["evidence", "link", "lstm", id, ...args]);
      expect(r.code).toBe(2);
      expect(r.err).toContain("Give either --action <actionId> or --talent <number>.");
    }
    const shown = (await hub(["evidence", "show", "lstm", id])).out;
    expect(shown).toMatch(/\nLinked to:\n {2}[A-Z ]+ \d+ · .+\n {2}TALENT 14 \(.+\) \[[0-9a-f-]{36}\]\n$/);
  });

  it("exits 3 for an unknown institution or item", async () => {
    for (const argv of [
      ["evidence", "list", "nowhere"],
      ["evidence", "show", "lstm", "00000000-0000-4000-8000-000000000000"],
    ]) {
      const r = await hub(argv);
      expect(r.code, argv.join(" ")).toBe(3);
      expect(r.err).toMatch(/^Error: The (institution|evidence) was not found\.\n$/);
    }
  });
});

describe("hub evidence (remote, with --url and HUB_TOKEN)", () => {
  it("adds a file as the lead, lists and shows it as the API gives it, and links it to TALENT", async () => {
    const added = await hubRemote(
      ["evidence", "add", "lstm", "--kind", "file", "--title", "Remote report", "--file", pdf],
      tokens.lead,
    );
    expect(added.err).toBe("");
    const id = idIn(added.out);
    const listed = JSON.parse(
      (await hubRemote(["evidence", "list", "lstm", "--kind", "file", "--json"], tokens.signatory)).out,
    );
    expect(listed.find((i: { id: string }) => i.id === id)).toMatchObject({
      file: { fileName: "annual report.pdf" },
    });
    const remote = JSON.parse(
      (await hubRemote(["evidence", "show", "lstm", id, "--json"], tokens.signatory)).out,
    );
    const local = JSON.parse((await hub(["evidence", "show", "lstm", id, "--json"])).out);
    expect(remote.item).toEqual(local.item);
    expect(remote.file).toEqual(local.file);
    const linked = await hubRemote(["evidence", "link", "lstm", id, "--talent", "3"], tokens.lead);
    expect(linked.out).toBe(`Linked ${id} to TALENT 3.\n`);
  });

  it("refuses: exit 5 for disguised HTML, 4 for a signatory adding or anyone anonymous, 3 for another institution", async () => {
    const html5 = await hubRemote(
      ["evidence", "add", "lstm", "--kind", "file", "--title", "Disguised", "--file", html],
      tokens.lead,
    );
    expect(html5.code).toBe(5);
    expect(html5.err).toContain("file: Web pages and other markup");
    const signatory = await hubRemote(
      ["evidence", "add", "lstm", "--kind", "document", "--title", "Not mine"],
      tokens.signatory,
    );
    expect(signatory.code).toBe(4);
    const anonymous = await hubRemote(["evidence", "list", "lstm"]);
    expect(anonymous.code).toBe(4);
    expect(anonymous.err).toContain("HUB_TOKEN");
    const elsewhere = await hubRemote(["evidence", "list", "lstm"], tokens.other);
    expect(elsewhere.code).toBe(3);
  });
});
