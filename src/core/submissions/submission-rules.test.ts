import { describe, expect, it } from "vitest";
import {
  canonicalJson,
  fingerprint,
  nextState,
  type SubmissionEvent,
  type SubmissionState,
  sectionsOf,
  shortFingerprint,
  taskStatus,
  templateKeyFor,
} from "./submission-rules";

describe("task status", () => {
  it.each([
    [null, "not-started"],
    [{ hasContent: false, complete: false }, "not-started"],
    [{ hasContent: true, complete: false }, "in-progress"],
    [{ hasContent: true, complete: true }, "complete"],
    [{ hasContent: false, complete: true }, "complete"],
  ] as const)("%j → %s", (answer, status) => {
    expect(taskStatus(answer)).toBe(status);
  });
});

describe("state changes", () => {
  it.each<[SubmissionState, SubmissionEvent, SubmissionState | null]>([
    ["draft", "edit", "draft"],
    ["ready", "edit", "draft"],
    ["signed", "edit", "draft"],
    ["submitted", "edit", null],
    ["draft", "freeze", "ready"],
    ["ready", "freeze", null],
    ["signed", "freeze", null],
    ["ready", "sign-complete", "signed"],
    ["draft", "sign-complete", null],
    ["signed", "submit", "submitted"],
    ["ready", "submit", null],
    ["draft", "submit", null],
    ["submitted", "submit", null],
  ])("%s + %s → %s", (from, event, to) => {
    expect(nextState(from, event)).toBe(to);
  });
});

describe("canonical JSON and fingerprint", () => {
  it("sorts keys at every level and drops undefined", () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: undefined }, e: null })).toBe(
      '{"a":{"d":[3,{"y":2,"z":1}]},"b":1,"e":null}',
    );
  });
  it("gives one fingerprint for the same content in any key order", () => {
    expect(fingerprint({ a: 1, b: "x" })).toBe(fingerprint({ b: "x", a: 1 }));
    expect(fingerprint({ a: 1, b: "x" })).not.toBe(fingerprint({ a: 1, b: "y" }));
    expect(fingerprint({})).toMatch(/^[0-9a-f]{64}$/);
  });
  it("refuses numbers JSON cannot carry", () => {
    expect(() => canonicalJson({ a: Number.NaN })).toThrow();
  });
  it("keeps unicode and escapes as JSON does", () => {
    expect(canonicalJson({ é: 'quote " and \n' })).toBe('{"é":"quote \\" and \\n"}');
  });
  it("shortens for people", () => {
    expect(shortFingerprint("0123456789abcdef0123")).toBe("0123 4567 89ab cdef");
  });
});

describe("sections and template choice", () => {
  const content = {
    title: "t",
    due: "",
    guidance: "",
    contactEmail: "tc@example.org",
    header: ["organisation" as const],
    talentMode: "narrative" as const,
    crossReferenceSchemes: ["Athena Swan"],
    source: "s",
    questions: [
      {
        id: "q1",
        number: "1",
        title: "One",
        help: "",
        required: true,
        narrative: true,
        wordLimit: null,
        structured: null,
        additionalParts: [],
      },
      {
        id: "q2",
        number: "2",
        title: "Two",
        help: "",
        required: false,
        narrative: true,
        wordLimit: 250,
        structured: null,
        additionalParts: [],
      },
    ],
  };
  it("puts the header first and cross-references last", () => {
    expect(sectionsOf(content).map((s) => s.key)).toEqual(["header", "q1", "q2", "cross-references"]);
    expect(sectionsOf({ ...content, crossReferenceSchemes: [] }).map((s) => s.key)).toEqual([
      "header",
      "q1",
      "q2",
    ]);
  });
  it.each([
    [null, "initial"],
    [{ stage: "initial" }, "renewal"],
    [{ stage: "stage-3" }, "renewal"],
  ] as const)("last submission %j → %s", (last, key) => {
    expect(templateKeyFor(last)).toBe(key);
  });
});
