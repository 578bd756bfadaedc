import { describe, expect, it } from "vitest";
import type { Period, Timescale } from "./plan-types";
import {
  addMonths,
  describeTimescale,
  endOfMonthsFrom,
  formatLongDate,
  isIsoDate,
  parseTimescale,
  timescaleEnd,
} from "./timescale";

const PLAN_2021: Period = { startsOn: "2021-08-01", endsOn: "2024-07-31" };
const PLAN_2024: Period = { startsOn: "2024-08-01", endsOn: "2027-07-31" };

const deadline = (endsOn: string): Timescale => ({ kind: "deadline", endsOn });
const range = (startsOn: string, endsOn: string): Timescale => ({ kind: "range", startsOn, endsOn });
const around = (year: number): Timescale => ({
  kind: "approximate",
  year,
  startsOn: `${year}-01-01`,
  endsOn: `${year}-12-31`,
});
const UNPARSED: Timescale = { kind: "unparsed" };

describe("parseTimescale (the formats the seeds use, domain.md §4.7)", () => {
  it.each<[string, Period, Timescale]>([
    ["Ongoing", PLAN_2024, { kind: "ongoing", ...PLAN_2024 }],
    ["Ongoing throughout the 36 month period", PLAN_2021, { kind: "ongoing", ...PLAN_2021 }],
    ["  ONGOING ", PLAN_2021, { kind: "ongoing", ...PLAN_2021 }],
    ["ongoing, reviewed yearly", PLAN_2021, { kind: "ongoing", ...PLAN_2021 }],
    ["July 2025", PLAN_2024, deadline("2025-07-31")],
    ["December 2025", PLAN_2024, deadline("2025-12-31")],
    ["January 2022", PLAN_2021, deadline("2022-01-31")],
    ["Sept 2024", PLAN_2021, deadline("2024-09-30")],
    ["Sep 2024", PLAN_2021, deadline("2024-09-30")],
    ["Feb 2024", PLAN_2021, deadline("2024-02-29")],
    ["feb 2023", PLAN_2021, deadline("2023-02-28")],
    ["Jun 2020", PLAN_2021, deadline("2020-06-30")],
    ["Dec2021", PLAN_2021, deadline("2021-12-31")],
    ["By July 2027", PLAN_2024, deadline("2027-07-31")],
    ["by the end of March 2026", PLAN_2024, deadline("2026-03-31")],
    ["Jul-26", PLAN_2024, deadline("2026-07-31")],
    ["Mar-20", PLAN_2021, deadline("2020-03-31")],
    ["Oct-20", PLAN_2021, deadline("2020-10-31")],
    ["Dec 2019 - Jun 2020", PLAN_2021, range("2019-12-01", "2020-06-30")],
    ["Dec 2019-Dec 2021", PLAN_2021, range("2019-12-01", "2021-12-31")],
    ["Mar 2020 - Dec2021", PLAN_2021, range("2020-03-01", "2021-12-31")],
    ["Jan 2020-Dec 2020", PLAN_2021, range("2020-01-01", "2020-12-31")],
    ["Mar-20 - Jun-20", PLAN_2021, range("2020-03-01", "2020-06-30")],
    ["Dec 2019 – Jun 2020", PLAN_2021, range("2019-12-01", "2020-06-30")],
    ["September 2024 to July 2025", PLAN_2024, range("2024-09-01", "2025-07-31")],
    ["Jun 2020 - Dec 2019", PLAN_2021, UNPARSED],
    [
      "Initial planning to be completed within first 6 months, with delivery throughout the 36 month period",
      PLAN_2021,
      deadline("2022-01-31"),
    ],
    ["within 12 months", PLAN_2021, deadline("2022-07-31")],
    ["Within the first year", PLAN_2021, deadline("2022-07-31")],
    ["within six months", PLAN_2021, deadline("2022-01-31")],
    ["within two years", PLAN_2021, deadline("2023-07-31")],
    ["within several months", PLAN_2021, UNPARSED],
    ["For implementation in 2022 PDR cycle", PLAN_2021, around(2022)],
    ["in 2022", PLAN_2021, around(2022)],
    ["during 2023", PLAN_2021, around(2023)],
    ["2025", PLAN_2024, around(2025)],
    ["Y1", PLAN_2021, range("2021-08-01", "2022-07-31")],
    ["Y2", PLAN_2021, range("2022-08-01", "2023-07-31")],
    ["Y1-3", PLAN_2021, range("2021-08-01", "2024-07-31")],
    ["Year 2", PLAN_2021, range("2022-08-01", "2023-07-31")],
    ["Years 2-3", PLAN_2021, range("2022-08-01", "2024-07-31")],
    ["Y4", PLAN_2021, range("2024-08-01", "2025-07-31")],
    ["Y0", PLAN_2021, UNPARSED],
    ["Y3-1", PLAN_2021, UNPARSED],
    ["", PLAN_2021, UNPARSED],
    ["   ", PLAN_2021, UNPARSED],
    ["ASAP", PLAN_2021, UNPARSED],
    ["Summer 2025", PLAN_2024, UNPARSED],
    ["Jul-2", PLAN_2024, UNPARSED],
    ["Month 13 2025", PLAN_2024, UNPARSED],
  ])("%j → %o", (text, period, expected) => {
    expect(parseTimescale(text, period)).toEqual(expected);
  });
});

describe("month arithmetic on calendar days", () => {
  it.each([
    ["2021-08-01", 6, "2022-02-01", "2022-01-31"],
    ["2021-08-01", 12, "2022-08-01", "2022-07-31"],
    ["2021-08-31", 6, "2022-02-28", "2022-02-27"],
    ["2023-08-31", 6, "2024-02-29", "2024-02-28"],
    ["2024-01-15", 1, "2024-02-15", "2024-02-14"],
    ["2024-03-01", 0, "2024-03-01", "2024-02-29"],
  ])("%s + %i months → %s (within: by %s)", (from, months, anniversary, within) => {
    expect(addMonths(from, months)).toBe(anniversary);
    expect(endOfMonthsFrom(from, months)).toBe(within);
  });

  it.each([
    ["2024-02-29", true],
    ["2023-02-29", false],
    ["2023-13-01", false],
    ["2023-04-31", false],
    ["2023-4-1", false],
    ["1 April 2023", false],
  ])("isIsoDate(%s) → %s", (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });
});

describe("timescaleEnd and describeTimescale", () => {
  it.each<[Timescale, string | null, string]>([
    [deadline("2025-07-31"), "2025-07-31", "by 31 July 2025"],
    [range("2019-12-01", "2020-06-30"), "2020-06-30", "1 December 2019 to 30 June 2020"],
    [{ kind: "ongoing", ...PLAN_2021 }, "2024-07-31", "ongoing through the plan (1 Aug 2021 – 31 Jul 2024)"],
    [
      { kind: "ongoing", startsOn: "2024-09-01", endsOn: "2027-09-30" },
      "2027-09-30",
      "ongoing through the plan (1 Sep 2024 – 30 Sep 2027)",
    ],
    [around(2022), "2022-12-31", "around 2022"],
    [UNPARSED, null, "not understood: kept as written"],
  ])("%o ends %s and reads %j", (t, end, text) => {
    expect(timescaleEnd(t)).toBe(end);
    expect(describeTimescale(t)).toBe(text);
  });

  it.each([
    ["2025-01-01", "1 January 2025"],
    ["2024-12-31", "31 December 2024"],
    ["2024-02-29", "29 February 2024"],
  ])("formatLongDate(%s) → %s whatever the zone", (date, text) => {
    expect(formatLongDate(date)).toBe(text);
  });
});
