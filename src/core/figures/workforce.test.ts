import { describe, expect, it } from "vitest";
import type { Observation, Period } from "./figure-types";
import { type CohortTotals, cohortSummary, headcountRows, isCohortIndicator } from "./workforce";

const year = (y: number): Period => ({ kind: "year", year: y });
const cohort = (y: number, started: number, completed?: number, permanent?: number): Observation => ({
  period: year(y),
  value: started,
  breakdown: {
    started,
    ...(completed !== undefined && { completed }),
    ...(permanent !== undefined && { "in-permanent-roles": permanent }),
  },
});

// Seed S1 (Birmingham), Q5: apprentices 2020 3 of 3, 2021 6 of 6, 2022 5 of 6; permanent 3, 6, 5.
const BIRMINGHAM = [cohort(2022, 6, 5, 5), cohort(2020, 3, 3, 3), cohort(2021, 6, 6, 6)];

describe("cohortSummary", () => {
  it.each<[string, Observation[], Partial<CohortTotals>]>([
    [
      "Birmingham: 14 in permanent roles, not the seed's 16; 14 of 15 completed",
      BIRMINGHAM,
      { started: 15, completed: 14, inPermanentRoles: 14, permanentRate: 100, isPartial: false },
    ],
    ["no cohorts", [], { started: 0, completed: 0, inPermanentRoles: 0, completionRate: null }],
    [
      "a cohort still on programme is left out of the rates but counted as started",
      [...BIRMINGHAM, cohort(2023, 8)],
      { started: 23, completed: 14, inPermanentRoles: 14, isPartial: true },
    ],
    [
      "a cohort with none started has no completion rate of its own",
      [cohort(2020, 0, 0, 0)],
      { started: 0, completionRate: null, permanentRate: null },
    ],
  ])("%s", (_case, observations, totals) => {
    expect(cohortSummary(observations).totals).toMatchObject(totals);
  });

  it("orders cohorts oldest first and reads the completion rate as 14 of 15", () => {
    const { rows, totals } = cohortSummary(BIRMINGHAM);
    expect(rows.map((r) => [r.label, r.started, r.completed, r.inPermanentRoles])).toEqual([
      ["2020", 3, 3, 3],
      ["2021", 6, 6, 6],
      ["2022", 6, 5, 5],
    ]);
    expect(totals.completionRate).toBeCloseTo(93.33, 2);
  });

  it("takes the figure as started when the breakdown leaves it out", () => {
    const { rows } = cohortSummary([{ period: year(2024), value: 4, breakdown: { completed: 2 } }]);
    expect(rows[0]).toMatchObject({ started: 4, completed: 2, inPermanentRoles: null });
  });
});

describe("isCohortIndicator", () => {
  it.each<[string[], boolean]>([
    [["started", "completed", "in-permanent-roles"], true],
    [["started", "completed"], true],
    [["total", "senior"], false],
    [[], false],
  ])("%j → %s", (keys, expected) => {
    expect(isCohortIndicator(keys)).toBe(expected);
  });
});

describe("headcountRows", () => {
  // Seed S2 (LSTM): technicians 42 → 53 and senior technicians 4 → 11, 2019 → 2024.
  const LSTM = [
    { period: year(2024), value: 53, breakdown: { total: 53, senior: 11 } },
    { period: year(2019), value: 42, breakdown: { total: 42, senior: 4 } },
  ];

  it.each<[string, number, number | null, number | null, number | null]>([
    // label, row, senior count, senior share, change in percent into the row
    ["2019", 0, 4, (4 / 42) * 100, null],
    ["2024", 1, 11, (11 / 53) * 100, ((53 - 42) / 42) * 100],
  ])("LSTM %s: senior %s, its share and the change into it", (label, i, senior, seniorShare, percent) => {
    const row = headcountRows("count", ["total", "senior"], LSTM)[i]!;
    expect(row.label).toBe(label);
    expect(row.counts.senior).toBe(senior);
    expect(row.shares.senior).toBeCloseTo(seniorShare!, 6);
    expect(row.shares).not.toHaveProperty("total");
    if (percent === null) expect(row.change).toBeNull();
    else expect(row.change?.percent).toBeCloseTo(percent, 6);
  });

  it.each<[string, Observation, Record<string, number | null>]>([
    ["no total: no share", { period: year(2024), value: 5, breakdown: { senior: 2 } }, { senior: null }],
    [
      "a total of 0: no share",
      { period: year(2024), value: 0, breakdown: { total: 0, senior: 0 } },
      {
        senior: null,
      },
    ],
    ["no breakdown given", { period: year(2024), value: 5 }, { senior: null }],
  ])("%s", (_case, observation, shares) => {
    expect(headcountRows("count", ["total", "senior"], [observation])[0]!.shares).toEqual(shares);
  });
});
