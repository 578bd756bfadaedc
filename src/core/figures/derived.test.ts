import { describe, expect, it } from "vitest";
import {
  type ChangeFlag,
  change,
  countForShare,
  formatPercent,
  formatPercentChange,
  formatPointsChange,
  formatRatio,
  isProvisional,
  observedValue,
  roundTo,
  share,
  sum,
  yearOnYear,
} from "./derived";
import type { Observation, Period, Unit } from "./figure-types";

const year = (y: number): Period => ({ kind: "year", year: y });
const range = (startsOn: string, endsOn: string): Period => ({ kind: "range", startsOn, endsOn });
const at = (period: Period, value: number | null, extra: Partial<Observation> = {}): Observation => ({
  period,
  value,
  ...extra,
});

// Seed S1 (Birmingham), appendix 3: attendees at MI Talent training, March to February.
const MI_YEAR_1 = at(range("2020-03-01", "2021-02-28"), 26);
const MI_YEAR_2 = at(range("2021-03-01", "2022-02-28"), 62);
const MI_YEAR_3 = at(range("2022-03-01", "2023-02-28"), 73);
const MI_YEAR_4 = at(range("2023-03-01", "2024-02-29"), 51, { asOf: "2023-12-31" });

// Seed S2 (LSTM): technicians 42 → 53 and senior technicians 4 → 11, 2019 → 2024.
const LSTM_SHARE_2019 = at(year(2019), 10, { numerator: 4, denominator: 42 });
const LSTM_SHARE_2024 = at(year(2024), 20, { numerator: 11, denominator: 53 });

describe("change: the seeds' figures (domain.md §5)", () => {
  it.each<[string, string, string, ChangeFlag[], string, Observation, Observation]>([
    [
      "LSTM technicians 42 → 53",
      "+26.2 %",
      "×1.26",
      ["non-consecutive"],
      "26%",
      at(year(2019), 42),
      at(year(2024), 53),
    ],
    [
      "LSTM senior technicians 4 → 11",
      "+175 %",
      "×2.75",
      ["non-consecutive"],
      "125%",
      at(year(2019), 4),
      at(year(2024), 11),
    ],
    [
      "LSTM In2Science students 10 → 17",
      "+70 %",
      "×1.7",
      [],
      "10 → 17",
      at(year(2023), 10),
      at(year(2024), 17),
    ],
    [
      "MI training, Year 1 → Year 3",
      "+180.8 %",
      "×2.81",
      ["non-consecutive"],
      "more than tripling",
      MI_YEAR_1,
      MI_YEAR_3,
    ],
    ["MI training, Year 2 → Year 3", "+17.7 %", "×1.18", [], "increased threefold", MI_YEAR_2, MI_YEAR_3],
    [
      "MI training, Year 3 → Year 4",
      "−30.1 %",
      "×0.7",
      ["provisional"],
      "51 as of Dec 2023",
      MI_YEAR_3,
      MI_YEAR_4,
    ],
  ])("%s: we compute %s (%s), flagged %o; the seed says %s", (_, percent, ratio, flags, _seed, a, b) => {
    const result = change(a, b, "count");
    expect(formatPercentChange(result.percent!)).toBe(percent);
    expect(formatRatio(result.ratio!)).toBe(ratio);
    expect(result.flags).toEqual(flags);
    expect(result.absolute).toBe(b.value! - a.value!);
  });

  it("LSTM's senior share: the seed says 10 % → 20 %, we compute 9.5 % → 20.8 % (+11.2 pp)", () => {
    const result = change(LSTM_SHARE_2019, LSTM_SHARE_2024, "percent");
    expect(formatPercent(result.fromValue!)).toBe("9.5 %");
    expect(formatPercent(result.toValue!)).toBe("20.8 %");
    expect(formatPointsChange(result.absolute!)).toBe("+11.2 pp");
    expect(formatRatio(result.ratio!)).toBe("×2.18");
  });
});

describe("change: edge cases", () => {
  it.each<[string, Observation, Observation, Unit, Partial<ReturnType<typeof change>>]>([
    [
      "from zero: no percent or ratio",
      at(year(2023), 0),
      at(year(2024), 5),
      "count",
      { absolute: 5, percent: null, ratio: null, flags: [] },
    ],
    [
      "an unknown value",
      at(year(2023), null),
      at(year(2024), 5),
      "count",
      { absolute: null, percent: null, ratio: null },
    ],
    [
      "a fall to zero",
      at(year(2023), 8),
      at(year(2024), 0),
      "count",
      { absolute: -8, percent: -100, ratio: 0 },
    ],
    [
      "marked provisional by the source",
      at(year(2023), 8),
      at(year(2024), 10, { provisional: true }),
      "count",
      { flags: ["provisional"] },
    ],
    [
      "a year, then the next year written as a range",
      at(year(2023), 8),
      at(range("2024-01-01", "2024-12-31"), 10),
      "count",
      { flags: ["different-period-kinds"] },
    ],
    [
      "an academic year, then a calendar year",
      at({ kind: "academic-year", startYear: 2022 }, 8),
      at(year(2024), 10, { asOf: "2024-06-30" }),
      "count",
      { flags: ["provisional", "non-consecutive", "different-period-kinds"] },
    ],
    [
      "percentages from their parts",
      at(year(2023), null, { numerator: 1, denominator: 4 }),
      at(year(2024), null, { numerator: 1, denominator: 2 }),
      "percent",
      { fromValue: 25, toValue: 50, absolute: 25, percent: 100, ratio: 2 },
    ],
  ])("%s", (_, a, b, unit, expected) => {
    expect(change(a, b, unit)).toMatchObject(expected);
  });
});

describe("observedValue", () => {
  it.each<[string, Observation, Unit, number | null, boolean, { typed: number; derived: number } | null]>([
    ["a count as typed", at(year(2024), 53), "count", 53, false, null],
    [
      "parts are only for percentages",
      at(year(2024), 53, { numerator: 1, denominator: 2 }),
      "count",
      53,
      false,
      null,
    ],
    [
      "'>80% positive': typed, no parts",
      at(year(2023), 80, { note: ">80% positive" }),
      "percent",
      80,
      false,
      null,
    ],
    [
      "4 of 42, typed 10: derived wins",
      LSTM_SHARE_2019,
      "percent",
      (4 / 42) * 100,
      true,
      { typed: 10, derived: (4 / 42) * 100 },
    ],
    [
      "11 of 53, typed 20 (truncated)",
      LSTM_SHARE_2024,
      "percent",
      (11 / 53) * 100,
      true,
      { typed: 20, derived: (11 / 53) * 100 },
    ],
    [
      "4 of 42, typed 9.52: within 0.05 pp",
      at(year(2019), 9.52, { numerator: 4, denominator: 42 }),
      "percent",
      (4 / 42) * 100,
      true,
      null,
    ],
    [
      "4 of 42, typed 9.57: within 0.05 pp",
      at(year(2019), 9.57, { numerator: 4, denominator: 42 }),
      "percent",
      (4 / 42) * 100,
      true,
      null,
    ],
    [
      "4 of 42, typed 9.58: over 0.05 pp",
      at(year(2019), 9.58, { numerator: 4, denominator: 42 }),
      "percent",
      (4 / 42) * 100,
      true,
      { typed: 9.58, derived: (4 / 42) * 100 },
    ],
    [
      "parts only",
      at(year(2022), null, { numerator: 14, denominator: 15 }),
      "percent",
      (14 / 15) * 100,
      true,
      null,
    ],
    ["a numerator alone is not enough", at(year(2022), 93, { numerator: 14 }), "percent", 93, false, null],
    [
      "a zero denominator cannot be divided by",
      at(year(2022), null, { numerator: 0, denominator: 0 }),
      "percent",
      null,
      false,
      null,
    ],
    ["nothing at all", at(year(2022), null), "percent", null, false, null],
  ])("%s", (_, o, unit, value, isDerived, discrepancy) => {
    expect(observedValue(o, unit)).toEqual({ value, isDerived, discrepancy });
  });
});

describe("isProvisional", () => {
  it.each<[string, boolean, Observation]>([
    ["MI Year 4, counted in December before a February end", true, MI_YEAR_4],
    ["MI Year 3, no count date", false, MI_YEAR_3],
    ["counted on the period's last day", false, at(year(2024), 1, { asOf: "2024-12-31" })],
    ["counted after the period", false, at(year(2024), 1, { asOf: "2025-01-15" })],
    ["marked by the source", true, at(year(2024), 1, { provisional: true })],
    ["marked not provisional", false, at(year(2024), 1, { provisional: false, asOf: null })],
  ])("%s → %s", (_, expected, o) => {
    expect(isProvisional(o)).toBe(expected);
  });
});

describe("yearOnYear", () => {
  it("Birmingham's MI training years, given out of order", () => {
    const result = yearOnYear([MI_YEAR_4, MI_YEAR_2, MI_YEAR_1, MI_YEAR_3], "count");
    expect(result.map((c) => [c.fromValue, c.toValue, formatPercentChange(c.percent!), c.flags])).toEqual([
      [26, 62, "+138.5 %", []],
      [62, 73, "+17.7 %", []],
      [73, 51, "−30.1 %", ["provisional"]],
    ]);
  });

  it.each<[string, number, Observation[]]>([
    ["no observations", 0, []],
    ["one observation", 0, [at(year(2024), 53)]],
    ["LSTM 2019 and 2024", 1, [at(year(2024), 53), at(year(2019), 42)]],
  ])("%s → %i changes", (_, count, observations) => {
    expect(yearOnYear(observations, "count")).toHaveLength(count);
  });

  it("flags the gap between LSTM's 2019 and 2024 counts", () => {
    expect(yearOnYear([at(year(2019), 42), at(year(2024), 53)], "count")[0]!.flags).toEqual([
      "non-consecutive",
    ]);
  });
});

describe("share: the seeds' figures (domain.md §5)", () => {
  it.each<[string, number, number, string | null, string]>([
    ["LSTM senior technicians 2019", 4, 42, "9.5 %", "10 %"],
    ["LSTM senior technicians 2024", 11, 53, "20.8 %", "20 % (truncated, not rounded)"],
    ["LSTM HCPC-registered", 5, 53, "9.4 %", "approximately 10 %"],
    ["LSTM award nominations target", 10, 53, "18.9 %", "(derived)"],
    ["Birmingham apprentices completed 2020–22", 14, 15, "93.3 %", "(derived)"],
    ["Birmingham 2022 apprentices completed", 5, 6, "83.3 %", "5/6"],
    ["no total", 0, 0, null, "(nothing to share)"],
  ])("%s: %i of %i is %s; the seed says %s", (_, part, total, expected) => {
    const result = share(part, total);
    expect(result === null ? null : formatPercent(result)).toBe(expected);
  });
});

describe("sum: the seeds' figures (domain.md §5)", () => {
  it.each<[string, number, string, number[]]>([
    ["Birmingham apprentices in permanent roles 2020–22", 14, "16", [3, 6, 5]],
    ["Birmingham apprentices completed 2020–22", 14, "14/15", [3, 6, 5]],
    ["Birmingham apprentices started 2020–22", 15, "14/15", [3, 6, 6]],
    ["MI training attendance, Years 1–4 (Year 4 provisional)", 212, "(not totalled)", [26, 62, 73, 51]],
    ["programme attendance", 29, "(not totalled)", [4, 1, 1, 7, 5, 11]],
    ["nothing", 0, "-", []],
  ])("%s: we compute %i; the seed says %s", (_, expected, _seed, values) => {
    expect(sum(values)).toBe(expected);
  });
});

describe("countForShare: LSTM's targets as head counts of 53 (domain.md §5.1)", () => {
  it.each<[string, number, number, boolean, number]>([
    ["20 % registered by July 2027", 20, 53, false, 11],
    ["appreciation days: >50 % attendance", 50, 53, true, 27],
    ["mentoring: at least 10 %", 10, 53, false, 6],
    ["exactly half of 54", 50, 54, false, 27],
    ["more than half of 54", 50, 54, true, 28],
    ["10 % of 70 (float noise: 7.000000000000001)", 10, 70, false, 7],
    ["none", 0, 53, false, 0],
  ])("%s: %d percent of %i (strict %s) → %i", (_, percent, total, isStrict, expected) => {
    expect(countForShare(percent, total, { isStrict })).toBe(expected);
  });
});

describe("rounding and formatting", () => {
  it.each<[number, number, number]>([
    [26.190476, 1, 26.2],
    [20.754716, 1, 20.8],
    [1.005, 2, 1.01],
    [26.25, 1, 26.3],
    [-26.25, 1, -26.3],
    [2.8076923, 2, 2.81],
    [0, 1, 0],
  ])("roundTo(%d, %i) → %d", (x, digits, expected) => {
    expect(roundTo(x, digits)).toBe(expected);
  });

  it.each<[(x: number) => string, number, string]>([
    [formatPercentChange, 26.190476, "+26.2 %"],
    [formatPercentChange, 175, "+175 %"],
    [formatPercentChange, 70.00000000000001, "+70 %"],
    [formatPercentChange, -30.136986, "−30.1 %"],
    [formatPercentChange, 0.01, "0 %"],
    [formatPercentChange, 1234.5, "+1,234.5 %"],
    [formatPercent, 20, "20 %"],
    [formatPercent, 9.5238, "9.5 %"],
    [formatPointsChange, 11.2309, "+11.2 pp"],
    [formatPointsChange, -0.5, "−0.5 pp"],
    [formatRatio, 2.8076923, "×2.81"],
    [formatRatio, 3, "×3"],
    [formatRatio, 1.5, "×1.5"],
  ])("%o(%d) → %s", (format, x, expected) => {
    expect(format(x)).toBe(expected);
  });
});
