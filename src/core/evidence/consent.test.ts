import { describe, expect, it } from "vitest";
import { currentConsent, isShareable } from "./consent";
import type { EvidenceKind } from "./evidence-types";

const at = (iso: string) => new Date(iso);

describe("currentConsent: the newest entry decides", () => {
  it.each([
    ["no entries", [], "none"],
    ["given", [{ status: "given", on: "2024-01-01", recordedAt: at("2024-01-02") }], "given"],
    [
      "given then withdrawn",
      [
        { status: "given", on: "2024-01-01", recordedAt: at("2024-01-02") },
        { status: "withdrawn", on: "2024-06-01", recordedAt: at("2024-06-01") },
      ],
      "withdrawn",
    ],
    [
      "a withdrawal recorded late but dated earlier than a renewed consent",
      [
        { status: "given", on: "2024-09-01", recordedAt: at("2024-09-01") },
        { status: "withdrawn", on: "2024-06-01", recordedAt: at("2024-10-01") },
      ],
      "given",
    ],
    [
      "two entries on one day: the later recorded wins",
      [
        { status: "withdrawn", on: "2024-06-01", recordedAt: at("2024-06-01T10:00:00Z") },
        { status: "given", on: "2024-06-01", recordedAt: at("2024-06-01T09:00:00Z") },
      ],
      "withdrawn",
    ],
  ] as const)("%s → %s", (_name, entries, expected) => {
    expect(currentConsent(entries)).toBe(expected);
  });
});

describe("isShareable: only case studies need consent", () => {
  it.each([
    ["case-study", "given", true],
    ["case-study", "withdrawn", false],
    ["case-study", "none", false],
    ["testimonial", "none", true],
    ["file", "none", true],
  ] as const)("%s with consent %s → %s", (kind, consent, expected) => {
    expect(isShareable(kind as EvidenceKind, consent)).toBe(expected);
  });
});
