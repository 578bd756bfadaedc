import { describe, expect, it } from "vitest";
import { formatTarget, markerStatus, parseComparator, targetAfterTimescale } from "./markers";
import type { MarkerObservation, MarkerStatus, MarkerTarget, Timescale } from "./plan-types";

// LSTM: about 10 % professionally registered in 2024, 20 % targeted by July 2027.
const REGISTERED: MarkerTarget = {
  comparator: ">=",
  value: 20,
  unit: "%",
  byDate: "2027-07-31",
  baseline: 10,
};
const NO_BASELINE: MarkerTarget = { ...REGISTERED, baseline: null };
const FEWER: MarkerTarget = {
  comparator: "<=",
  value: 5,
  unit: "vacancies",
  byDate: "2027-07-31",
  baseline: 15,
};
const EXACT: MarkerTarget = { comparator: "=", value: 1, unit: "", byDate: "2025-07-31" };
const FLAT: MarkerTarget = { ...REGISTERED, baseline: 20 };
const PLAN_START = "2024-08-01";
// Half way from 1 Aug 2024 to 31 Jul 2027 (1095 days), give or take a day.
const HALF_WAY = "2026-01-30";

const seen = (value: number, on = "2025-06-01"): MarkerObservation => ({ value, on });

describe("markerStatus", () => {
  it.each<
    [
      string,
      MarkerTarget | null | undefined,
      MarkerObservation | null | undefined,
      string,
      string | undefined,
      MarkerStatus,
    ]
  >([
    ["no target", null, seen(12), "2025-06-01", PLAN_START, "no-data"],
    ["undefined target", undefined, seen(12), "2025-06-01", PLAN_START, "no-data"],
    ["no observation", REGISTERED, null, "2025-06-01", PLAN_START, "no-data"],
    ["no observation, after the date", REGISTERED, undefined, "2028-01-01", PLAN_START, "no-data"],
    ["≥ met exactly", REGISTERED, seen(20), "2025-06-01", PLAN_START, "met"],
    ["≥ met within tolerance", REGISTERED, seen(19.999999999999996), "2025-06-01", PLAN_START, "met"],
    ["≥ met above", REGISTERED, seen(25), "2028-01-01", PLAN_START, "met"],
    ["≥ just short is not met", REGISTERED, seen(19.99), "2027-08-01", PLAN_START, "not-met"],
    ["≤ met", FEWER, seen(4), "2025-06-01", PLAN_START, "met"],
    ["= met", EXACT, seen(1), "2025-06-01", PLAN_START, "met"],
    ["= above is not met after the date", EXACT, seen(2), "2025-08-01", PLAN_START, "not-met"],
    [
      "on the date itself still counts as before",
      NO_BASELINE,
      seen(12),
      "2027-07-31",
      PLAN_START,
      "on-track",
    ],
    ["after the date", NO_BASELINE, seen(12), "2027-08-01", PLAN_START, "not-met"],
    ["no baseline before the date", NO_BASELINE, seen(0), "2025-06-01", PLAN_START, "on-track"],
    ["half way in time, half way in value", REGISTERED, seen(15, HALF_WAY), HALF_WAY, PLAN_START, "on-track"],
    ["half way in time, 40 % of the way", REGISTERED, seen(14, HALF_WAY), HALF_WAY, PLAN_START, "not-met"],
    ["early on, a little progress", REGISTERED, seen(11, "2024-10-01"), "2024-10-01", PLAN_START, "on-track"],
    ["at the start, no progress yet", REGISTERED, seen(10, PLAN_START), PLAN_START, PLAN_START, "on-track"],
    [
      "observation before the plan started",
      REGISTERED,
      seen(10, "2024-06-01"),
      "2024-09-01",
      PLAN_START,
      "on-track",
    ],
    ["gone backwards", REGISTERED, seen(9, "2024-09-01"), "2024-09-01", PLAN_START, "not-met"],
    ["≤ falling at pace", FEWER, seen(10, HALF_WAY), HALF_WAY, PLAN_START, "on-track"],
    ["≤ falling too slowly", FEWER, seen(12, HALF_WAY), HALF_WAY, PLAN_START, "not-met"],
    [
      "no start given: any progress counts",
      REGISTERED,
      seen(10.5, "2027-07-01"),
      "2027-07-01",
      undefined,
      "on-track",
    ],
    [
      "no start given: backwards is behind",
      REGISTERED,
      seen(9, "2025-07-01"),
      "2025-07-01",
      undefined,
      "not-met",
    ],
    ["target equal to baseline, not met", FLAT, seen(19, "2025-07-01"), "2025-07-01", PLAN_START, "not-met"],
  ])("%s → %s", (_, target, observed, today, startsOn, expected) => {
    expect(markerStatus(target, observed, today, startsOn)).toBe(expected);
  });
});

describe("targetAfterTimescale", () => {
  it.each<[string, MarkerTarget | null, Timescale, boolean]>([
    [
      "LSTM R1: 2027 target on a July 2025 action",
      REGISTERED,
      { kind: "deadline", endsOn: "2025-07-31" },
      true,
    ],
    ["same day", REGISTERED, { kind: "deadline", endsOn: "2027-07-31" }, false],
    ["before", { ...REGISTERED, byDate: "2025-06-30" }, { kind: "deadline", endsOn: "2025-07-31" }, false],
    ["range ends earlier", REGISTERED, { kind: "range", startsOn: "2024-09-01", endsOn: "2026-07-31" }, true],
    [
      "ongoing: the plan's end",
      REGISTERED,
      { kind: "ongoing", startsOn: "2024-08-01", endsOn: "2027-07-31" },
      false,
    ],
    [
      "ongoing in a shorter plan",
      REGISTERED,
      { kind: "ongoing", startsOn: "2024-08-01", endsOn: "2026-07-31" },
      true,
    ],
    [
      "approximate year",
      REGISTERED,
      { kind: "approximate", year: 2026, startsOn: "2026-01-01", endsOn: "2026-12-31" },
      true,
    ],
    ["unparsed: nothing to compare", REGISTERED, { kind: "unparsed" }, false],
    ["no target", null, { kind: "deadline", endsOn: "2025-07-31" }, false],
  ])("%s → %s", (_, target, timescale, expected) => {
    expect(targetAfterTimescale(target, timescale)).toBe(expected);
  });
});

describe("formatTarget", () => {
  it.each<[MarkerTarget, string]>([
    [
      { comparator: ">=", value: 20, unit: "%", byDate: "2027-07-31", baseline: 12 },
      "≥ 20 % by 31 July 2027 (baseline 12)",
    ],
    [
      { comparator: ">=", value: 10, unit: "technicians", byDate: "2025-12-31" },
      "≥ 10 technicians by 31 December 2025",
    ],
    [
      { comparator: "<=", value: 5, unit: " vacancies ", byDate: "2026-01-31", baseline: null },
      "≤ 5 vacancies by 31 January 2026",
    ],
    [
      { comparator: "=", value: 1, unit: "", byDate: "2025-07-31", baseline: 0 },
      "= 1 by 31 July 2025 (baseline 0)",
    ],
    [
      { comparator: ">=", value: 1500, unit: "hours", byDate: "2025-07-31", baseline: 212.5 },
      "≥ 1,500 hours by 31 July 2025 (baseline 212.5)",
    ],
  ])("%o → %s", (target, text) => {
    expect(formatTarget(target)).toBe(text);
  });
});

describe("parseComparator", () => {
  it.each([
    ["≥", ">="],
    [">=", ">="],
    ["=>", ">="],
    ["At least", ">="],
    ["  at   least ", ">="],
    ["minimum", ">="],
    ["or more", ">="],
    ["≤", "<="],
    ["<=", "<="],
    ["at most", "<="],
    ["no more than", "<="],
    ["up to", "<="],
    ["=", "="],
    ["exactly", "="],
    ["", null],
    [">", null],
    ["about", null],
  ])("%j → %s", (text, expected) => {
    expect(parseComparator(text)).toBe(expected);
  });
});
