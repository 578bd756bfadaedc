import { describe, expect, it } from "vitest";
import { cliTestBed } from "./cli-test-bed";

const { tokens, hub, hubRemote } = cliTestBed("cli templates test");

describe("hub templates", () => {
  it("lists the templates with their published versions (local, as the operator)", async () => {
    const r = await hub(["templates", "list"]);
    expect(r.code).toBe(0);
    const lines = r.out.trim().split("\n");
    expect(lines[0]).toMatch(/^KEY\s+NAME\s+PUBLISHED\s+DRAFT\s+VERSIONS$/);
    expect(lines[1]).toMatch(/^renewal\s+Renewal self-assessment and action plan\s+v1 \(checked\)\s+1$/);
    expect(lines[3]).toMatch(/^initial\s+.*v1 \(not yet checked\)\s+1$/);
  });

  it("shows the published version's questions in order, with parts and word limits", async () => {
    const r = await hub(["templates", "show", "stage-3"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain(
      "Stage 3 self-assessment and action plan (stage-3), version 1: published, checked",
    );
    expect(r.out).toContain("Contact: techscommit@gatsby.org.uk");
    expect(r.out).toContain("TALENT: one written answer");
    expect(r.out).toMatch(/^6\. .*\[q6; required, written, new-plan, technician-voice\]$/m);
    const initial = await hub(["templates", "show", "initial", "--number", "1"]);
    expect(initial.out).toMatch(/^1\. Organisation profile \[q1; required, written, up to 250 words\]$/m);
  });

  it("gives the same JSON locally and through the API", async () => {
    const local = JSON.parse((await hub(["templates", "show", "renewal", "--json"])).out);
    const remote = JSON.parse((await hubRemote(["templates", "show", "renewal", "--json"], tokens.lead)).out);
    expect(remote).toEqual(local);
    expect(local.content.questions).toHaveLength(8);
    const list = JSON.parse((await hubRemote(["templates", "list", "--json"], tokens.other)).out);
    expect(list.map((t: { key: string }) => t.key)).toEqual(["renewal", "stage-3", "initial"]);
  });

  it("refuses: 4 for anyone anonymous, 3 for a missing template or version, 2 for a bad number", async () => {
    expect((await hubRemote(["templates", "list"])).code).toBe(4);
    const missing = await hub(["templates", "show", "athena-swan"]);
    expect(missing.code).toBe(3);
    expect(missing.err).toContain("template was not found");
    expect((await hubRemote(["templates", "show", "renewal", "--number", "7"], tokens.lead)).code).toBe(3);
    expect((await hub(["templates", "show", "renewal", "--number", "two"])).code).toBe(2);
  });
});
