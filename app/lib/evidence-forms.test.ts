import { describe, expect, it } from "vitest";
import { ZEvidenceInput } from "../../src/core/evidence/evidence-fields";
import {
  consentInput,
  describeEvidence,
  EVIDENCE_COMPARED,
  evidenceFormState,
  evidenceInput,
  sessionRows,
} from "./evidence-forms";
import { MAX_FORM_BYTES, readEvidenceForm } from "./evidence-upload.server";
import { differingFields } from "./stale";

function form(entries: [string, string][]): FormData {
  const f = new FormData();
  for (const [k, v] of entries) f.append(k, v);
  return f;
}

describe("evidenceInput", () => {
  it("drops blank session rows and maps errors back to the form's rows", () => {
    const { input, fieldFor } = evidenceInput(
      form([
        ["kind", "event"],
        ["title", "Technician appreciation day"],
        ["pillars", "visibility"],
        ["pillars", "recognition"],
        ["sessions.0.title", ""],
        ["sessions.0.ranBy", ""],
        ["sessions.1.title", "Welcome"],
        ["sessions.1.ranBy", "PVC Research"],
        ["sessions.2.title", ""],
        ["sessions.2.ranBy", "Someone"],
      ]),
    );
    expect(input.pillars).toEqual(["visibility", "recognition"]);
    expect(input.sessions).toEqual([
      { title: "Welcome", ranBy: "PVC Research" },
      { title: "", ranBy: "Someone" },
    ]);
    const parsed = ZEvidenceInput.safeParse(input);
    expect(parsed.success).toBe(false);
    const key = parsed.error!.issues.find((i) => i.path[0] === "sessions")!.path.join(".");
    expect(key).toBe("sessions.1.title");
    expect(fieldFor(key)).toBe("sessions.2.title");
  });

  it.each([
    ["on", "consentOn"],
    ["scope", "consentScope"],
    ["title", "title"],
  ])("names the consent error %s as the field %s", (key, field) => {
    expect(evidenceInput(form([])).fieldFor(key)).toBe(field);
  });
});

describe("consentInput", () => {
  it.each([
    [
      [
        ["consentGiven", "yes"],
        ["consentOn", "2024-05-01"],
        ["consentScope", "Reports"],
      ],
      { status: "given", on: "2024-05-01", scope: "Reports", note: "" },
    ],
    [[["consentOn", "2024-05-01"]], null],
  ] as [[string, string][], unknown][])("%j → %j", (entries, expected) => {
    expect(consentInput(form(entries))).toEqual(expected);
  });
});

describe("the form state of a saved item", () => {
  const item = {
    kind: "event" as const,
    title: "Roadshow",
    description: "",
    occurredOn: "2024-06-14",
    url: null,
    pillars: ["visibility"],
    details: { eventType: "roadshow", attendance: 40, sessions: [{ title: "Talk", ranBy: "Ana" }] },
  };

  it("fills the fields and rows, then blank rows", () => {
    const state = evidenceFormState(item);
    expect(state.values).toMatchObject({
      attendance: "40",
      eventType: "roadshow",
      "sessions.0.title": "Talk",
    });
    expect(sessionRows(state.values)).toEqual([0, 1, 2, 3]);
  });

  it("compares only the fields that differ", () => {
    const pillar = (k: string) => k.toUpperCase();
    const mine = evidenceFormState(item);
    const theirs = evidenceFormState({
      ...item,
      title: "Roadshow 2024",
      pillars: ["visibility", "recognition"],
    });
    expect(
      differingFields(EVIDENCE_COMPARED, describeEvidence(mine, pillar), describeEvidence(theirs, pillar)),
    ).toEqual(["title", "pillars"]);
  });
});

describe("readEvidenceForm", () => {
  const multipart = (size: number, withLength: boolean) => {
    const body = new FormData();
    body.set("title", "A big one");
    body.set("file", new File([new Uint8Array(size)], "big.pdf", { type: "application/pdf" }));
    const request = new Request("http://localhost/x", { method: "POST", body });
    if (!withLength) return request;
    const headers = new Headers(request.headers);
    headers.set("content-length", String(size + 500));
    return new Request("http://localhost/x", {
      method: "POST",
      body: request.body,
      headers,
      duplex: "half",
    } as RequestInit);
  };

  it("reads a file as bytes and takes it out of the fields", async () => {
    const read = await readEvidenceForm(multipart(1000, false));
    expect("form" in read && read.file?.bytes.byteLength).toBe(1000);
    expect("form" in read && read.form.get("file")).toBe(null);
    expect("form" in read && read.form.get("title")).toBe("A big one");
  });

  it("refuses a body over the limit, by its length or as it streams", async () => {
    expect(await readEvidenceForm(multipart(MAX_FORM_BYTES + 1, true))).toEqual({ tooLarge: true });
    expect(await readEvidenceForm(multipart(MAX_FORM_BYTES + 1, false))).toEqual({ tooLarge: true });
  });
});
