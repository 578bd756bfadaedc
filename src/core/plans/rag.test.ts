import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { DEFAULT_CHARTER, findScale } from "./charter-data";
import {
  colourOf,
  currentRating,
  isScaleLocked,
  ratingLabel,
  requiresExplanation,
  validateAssessedOn,
} from "./rag";

const scale = (id: string) => findScale(DEFAULT_CHARTER, id)!;

describe("colourOf and requiresExplanation (only red needs an explanation)", () => {
  it.each([
    ["red-amber-green", "red", "red", true],
    ["red-amber-green", "amber", "amber", false],
    ["red-amber-green", "green", "green", false],
    ["five-point", "red", "red", true],
    ["five-point", "red-amber", "red", true],
    ["five-point", "amber-red", "amber", false],
    ["five-point", "amber", "amber", false],
    ["five-point", "green", "green", false],
    ["progress", "no-progress", "red", true],
    ["progress", "in-progress", "amber", false],
    ["progress", "completed", "green", false],
  ])("%s / %s → %s (explain: %s)", (scaleId, level, colour, explain) => {
    expect(colourOf(scale(scaleId), level)).toBe(colour);
    expect(requiresExplanation(scale(scaleId), level)).toBe(explain);
  });

  it.each([
    ["progress", "red"],
    ["red-amber-green", "completed"],
    ["five-point", "Red"],
    ["progress", ""],
  ])("%s / %j is not a level: a clear error", (scaleId, level) => {
    expect(() => colourOf(scale(scaleId), level)).toThrow(AppError);
    expect(() => colourOf(scale(scaleId), level)).toThrow(/is not a level of the .* scale/);
    expect(() => requiresExplanation(scale(scaleId), level)).toThrow(AppError);
  });
});

describe("ratingLabel", () => {
  it.each([
    [
      "five-point",
      "green",
      "but with elements requiring further development",
      "Green but with elements requiring further development",
    ],
    ["five-point", "amber", "with elements  completed ", "Amber with elements completed"],
    ["five-point", "red-amber", undefined, "Red/Amber"],
    ["five-point", "amber-red", "", "Amber/Red"],
    ["progress", "in-progress", null, "In Progress"],
    ["progress", "completed", "; evidence to follow", "Completed; evidence to follow"],
  ])("%s / %s + %j → %j", (scaleId, level, qualifier, label) => {
    expect(ratingLabel(scale(scaleId), level, qualifier)).toBe(label);
  });

  it("refuses a level from another scale", () => {
    expect(() => ratingLabel(scale("progress"), "green")).toThrow(AppError);
  });
});

describe("isScaleLocked", () => {
  it.each([
    [0, false],
    [1, true],
    [30, true],
  ])("%i ratings → %s", (count, locked) => {
    expect(isScaleLocked(count)).toBe(locked);
  });
});

describe("currentRating (newest assessment wins, then the latest recorded)", () => {
  const r = (id: string, assessedOn: string, recordedAt: string) => ({
    id,
    assessedOn,
    recordedAt: new Date(recordedAt),
  });
  it.each([
    ["no ratings", [], null],
    ["one rating", [r("a", "2024-07-01", "2024-07-01T09:00:00Z")], "a"],
    [
      "newer assessment, recorded earlier",
      [r("a", "2024-07-01", "2024-07-10T09:00:00Z"), r("b", "2024-06-01", "2024-07-20T09:00:00Z")],
      "a",
    ],
    [
      "same day: latest recorded",
      [r("a", "2024-07-01", "2024-07-01T10:00:00Z"), r("b", "2024-07-01", "2024-07-01T09:00:00Z")],
      "a",
    ],
    [
      "same day, order reversed",
      [r("b", "2024-07-01", "2024-07-01T09:00:00Z"), r("a", "2024-07-01", "2024-07-01T10:00:00Z")],
      "a",
    ],
    [
      "exact tie: the later in the list",
      [r("a", "2024-07-01", "2024-07-01T09:00:00Z"), r("b", "2024-07-01", "2024-07-01T09:00:00Z")],
      "b",
    ],
    [
      "three across years",
      [
        r("a", "2022-01-31", "2022-02-01T09:00:00Z"),
        r("c", "2024-07-26", "2024-07-26T09:00:00Z"),
        r("b", "2023-03-01", "2024-08-01T09:00:00Z"),
      ],
      "c",
    ],
  ])("%s → %s", (_, ratings, expected) => {
    expect(currentRating(ratings)?.id ?? null).toBe(expected);
  });
});

describe("validateAssessedOn", () => {
  it.each([
    ["2024-07-26", "2024-07-26", null],
    ["2019-12-31", "2024-07-26", null],
    [
      "2024-07-27",
      "2024-07-26",
      "The assessment date cannot be in the future: use today (26 July 2024) or an earlier day.",
    ],
    ["2025-01-01", "2024-12-31", /cannot be in the future/],
    ["2024-02-30", "2024-07-26", /calendar date/],
    ["26/07/2024", "2024-07-26", /calendar date/],
    ["", "2024-07-26", /calendar date/],
  ])("%j on %s → %s", (assessedOn, today, expected) => {
    const problem = validateAssessedOn(assessedOn, today);
    if (expected === null) expect(problem).toBeNull();
    else if (typeof expected === "string") expect(problem).toBe(expected);
    else expect(problem).toMatch(expected);
  });
});
