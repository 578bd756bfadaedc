import { describe, expect, it } from "vitest";
import type { Period } from "./figure-types";
import {
  areConsecutive,
  comparePeriods,
  dayAfter,
  parseAsOf,
  parsePeriod,
  periodBounds,
  periodLabel,
  ZPeriod,
} from "./periods";

const year = (y: number): Period => ({ kind: "year", year: y });
const ay = (startYear: number): Period => ({ kind: "academic-year", startYear });
const range = (startsOn: string, endsOn: string): Period => ({ kind: "range", startsOn, endsOn });
const day = (on: string): Period => ({ kind: "date", on });

// Birmingham's MI Talent years (seed S1, appendix 3): March to February, Year 4 ends on a leap day.
const MI_YEAR_1 = range("2020-03-01", "2021-02-28");
const MI_YEAR_2 = range("2021-03-01", "2022-02-28");
const MI_YEAR_3 = range("2022-03-01", "2023-02-28");
const MI_YEAR_4 = range("2023-03-01", "2024-02-29");

describe("parsePeriod", () => {
  it.each<[string, Period | null]>([
    ["2024", year(2024)],
    [" 2019 ", year(2019)],
    ["2023/24", ay(2023)],
    ["2023-24", ay(2023)],
    ["2023–24", ay(2023)],
    ["2023/2024", ay(2023)],
    ["AY 2023/24", ay(2023)],
    ["ay2023/24", ay(2023)],
    ["Academic year 2021-22", ay(2021)],
    ["1999/00", ay(1999)],
    ["2023/25", null],
    ["2019-2021", null],
    ["1 March 2022 – 28 February 2023", MI_YEAR_3],
    ["1 Mar 2022 - 28 Feb 2023", MI_YEAR_3],
    ["1 March 2020 to 28 Feb 2021", MI_YEAR_1],
    ["1 March 2023 to 29 Feb 2024", MI_YEAR_4],
    ["from 1st March 2022 to 28th February 2023", MI_YEAR_3],
    ["2022-03-01..2023-02-28", MI_YEAR_3],
    ["2022-03-01 – 2023-02-28", MI_YEAR_3],
    ["2022-03-01-2023-02-28", MI_YEAR_3],
    ["1 Sept 2024 – 31 Jul 2025", range("2024-09-01", "2025-07-31")],
    ["31 July 2024", day("2024-07-31")],
    ["31 Jul. 2024", day("2024-07-31")],
    ["2024-07-31", day("2024-07-31")],
    ["31 July 2024 – 31 July 2024", day("2024-07-31")],
    ["28 February 2023 – 1 March 2022", null],
    ["1 March 2023 to 29 Feb 2023", null],
    ["29 February 2023", null],
    ["2023-02-29", null],
    ["2024-13-01", null],
    ["July 2024", null],
    ["Year 1", null],
    ["", null],
    ["24", null],
  ])("%j → %o", (text, expected) => {
    expect(parsePeriod(text)).toEqual(expected);
  });
});

describe("parseAsOf", () => {
  it.each([
    ["as of December 2023", "2023-12-31"],
    ["December 2023", "2023-12-31"],
    ["Feb 2024", "2024-02-29"],
    ["as at 31 July 2024", "2024-07-31"],
    ["2023-12-15", "2023-12-15"],
    ["2023", null],
    ["soon", null],
  ])("%j → %s", (text, expected) => {
    expect(parseAsOf(text)).toBe(expected);
  });
});

describe("periodBounds and periodLabel", () => {
  it.each<[Period, string, string, string]>([
    [year(2024), "2024-01-01", "2024-12-31", "2024"],
    [ay(2023), "2023-08-01", "2024-07-31", "2023/24"],
    [ay(1999), "1999-08-01", "2000-07-31", "1999/00"],
    [ay(2009), "2009-08-01", "2010-07-31", "2009/10"],
    [MI_YEAR_3, "2022-03-01", "2023-02-28", "1 March 2022 – 28 February 2023"],
    [day("2024-07-31"), "2024-07-31", "2024-07-31", "31 July 2024"],
  ])("%o runs %s to %s and reads %j", (p, startsOn, endsOn, label) => {
    expect(periodBounds(p)).toEqual({ startsOn, endsOn });
    expect(periodLabel(p)).toBe(label);
    // What we write, we read back.
    expect(parsePeriod(label)).toEqual(p);
  });
});

describe("comparePeriods", () => {
  it("orders by first day, then the shorter first", () => {
    const sorted = [ay(2023), MI_YEAR_4, year(2023), day("2023-01-01"), year(2019), MI_YEAR_1].sort(
      comparePeriods,
    );
    expect(sorted).toEqual([year(2019), MI_YEAR_1, day("2023-01-01"), year(2023), MI_YEAR_4, ay(2023)]);
  });

  it.each<[Period, Period, number]>([
    [year(2023), year(2024), -1],
    [year(2024), year(2023), 1],
    [year(2023), range("2023-01-01", "2023-12-31"), 0],
  ])("%o vs %o → %i", (a, b, sign) => {
    expect(Math.sign(comparePeriods(a, b))).toBe(sign);
  });
});

describe("areConsecutive", () => {
  it.each<[string, Period, Period, boolean]>([
    ["next calendar year", year(2023), year(2024), true],
    ["LSTM 2019 → 2024 skips four years", year(2019), year(2024), false],
    ["the other way round", year(2024), year(2023), false],
    ["the same year", year(2023), year(2023), false],
    ["next academic year", ay(2022), ay(2023), true],
    ["academic years two apart", ay(2021), ay(2023), false],
    ["MI Year 1 → Year 2", MI_YEAR_1, MI_YEAR_2, true],
    ["MI Year 3 → Year 4 (12 months, one a leap year)", MI_YEAR_3, MI_YEAR_4, true],
    ["MI Year 1 → Year 3", MI_YEAR_1, MI_YEAR_3, false],
    ["adjacent ranges of different lengths", range("2022-01-01", "2022-06-30"), MI_YEAR_2, false],
    ["adjacent 10-day ranges", range("2024-01-01", "2024-01-10"), range("2024-01-11", "2024-01-20"), true],
    [
      "adjacent ranges, 10 and 11 days",
      range("2024-01-01", "2024-01-10"),
      range("2024-01-11", "2024-01-21"),
      false,
    ],
    [
      "a range with a one-day gap",
      range("2024-01-01", "2024-01-10"),
      range("2024-01-12", "2024-01-21"),
      false,
    ],
    ["a year, then the next year as a range", year(2023), range("2024-01-01", "2024-12-31"), true],
    ["an academic year, then a calendar year", ay(2022), year(2023), false],
    ["census dates a year apart", day("2023-07-31"), day("2024-07-31"), true],
    ["a leap day, then 28 February", day("2024-02-29"), day("2025-02-28"), true],
    ["census dates a day apart", day("2024-07-30"), day("2024-07-31"), false],
    ["a date, then a year", day("2023-12-31"), year(2024), false],
  ])("%s → %s", (_, a, b, expected) => {
    expect(areConsecutive(a, b)).toBe(expected);
  });

  it.each([
    ["2024-02-28", "2024-02-29"],
    ["2023-12-31", "2024-01-01"],
  ])("the day after %s is %s", (date, next) => {
    expect(dayAfter(date)).toBe(next);
  });
});

describe("ZPeriod", () => {
  it.each<[unknown, boolean]>([
    [year(2024), true],
    [ay(2023), true],
    [MI_YEAR_4, true],
    [day("2024-07-31"), true],
    [range("2023-02-28", "2022-03-01"), false],
    [range("2024-07-31", "2024-07-31"), false],
    [range("2023-02-29", "2023-03-31"), false],
    [day("31 July 2024"), false],
    [{ kind: "year", year: 2024.5 }, false],
    [{ kind: "year", year: 1066 }, false],
    [{ kind: "quarter", year: 2024 }, false],
  ])("%o → %s", (input, isValid) => {
    expect(ZPeriod.safeParse(input).success).toBe(isValid);
  });

  it("says which field is wrong when a range ends before it starts", () => {
    const result = ZPeriod.safeParse(range("2023-02-28", "2022-03-01"));
    expect(result.error?.issues).toMatchObject([
      { path: ["endsOn"], message: "The range must end after it starts." },
    ]);
  });
});
