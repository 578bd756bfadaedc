import { describe, expect, it } from "vitest";
import type { Observation, Period } from "../figures/figure-types";
import { type FactIndicator, type FigureFact, figureFacts, keywordsOf, parseFigureRef } from "./figure-facts";

const STAFF = "00000000-0000-4000-8000-000000000001";
const TRAINING = "00000000-0000-4000-8000-000000000002";
const COHORTS = "00000000-0000-4000-8000-000000000003";
const REGISTERED = "00000000-0000-4000-8000-000000000004";
const FUND = "00000000-0000-4000-8000-000000000005";

const year = (y: number): Period => ({ kind: "year", year: y });
const range = (startsOn: string, endsOn: string): Period => ({ kind: "range", startsOn, endsOn });

// Seed S2 (LSTM): technicians 42 → 53, of whom senior 4 → 11, 2019 → 2024.
const lstmStaff: FactIndicator = {
  id: STAFF,
  name: "Technical staff",
  unit: "count",
  breakdownKeys: ["total", "senior"],
  observations: [
    // Given newest first: the facts must not depend on the order the rows arrive in.
    { period: year(2024), value: 53, breakdown: { total: 53, senior: 11 } },
    { period: year(2019), value: 42, breakdown: { total: 42, senior: 4 } },
  ],
};

// Seed S1 (Birmingham), appendix 3: MI Talent training attendance 26 / 62 / 73 / 51 (year 4 part-counted).
const bhamTraining: FactIndicator = {
  id: TRAINING,
  name: "Training attendance (technical skills programme)",
  unit: "count",
  breakdownKeys: [],
  observations: [
    { period: range("2020-03-01", "2021-02-28"), value: 26 },
    { period: range("2021-03-01", "2022-02-28"), value: 62 },
    { period: range("2022-03-01", "2023-02-28"), value: 73 },
    { period: range("2023-03-01", "2024-02-29"), value: 51, asOf: "2023-12-31" },
  ],
};

// Seed S1: apprentice cohorts 2020 3/3, 2021 6/6, 2022 5/6, permanent 3 + 6 + 5.
const cohort = (y: number, started: number, completed: number, permanent: number): Observation => ({
  period: year(y),
  value: started,
  breakdown: { started, completed, "in-permanent-roles": permanent },
});
const bhamCohorts: FactIndicator = {
  id: COHORTS,
  name: "Technical apprentices by cohort",
  unit: "count",
  breakdownKeys: ["started", "completed", "in-permanent-roles"],
  observations: [cohort(2020, 3, 3, 3), cohort(2021, 6, 6, 6), cohort(2022, 6, 5, 5)],
};

const lstmRegistered: FactIndicator = {
  id: REGISTERED,
  name: "Technicians professionally registered",
  unit: "percent",
  breakdownKeys: [],
  observations: [
    { period: year(2023), value: 8 },
    { period: year(2024), value: null, numerator: 5, denominator: 53 },
  ],
};

const facts = figureFacts([lstmStaff, bhamTraining, bhamCohorts, lstmRegistered]);
const fact = (ref: string): FigureFact => {
  const found = facts.find((f) => f.ref === ref);
  if (!found) throw new Error(`no fact ${ref}`);
  return found;
};

describe("figure facts: the seeds' figures", () => {
  it.each<[string, FigureFact["kind"], number, string, string]>([
    [`indicator:${STAFF}`, "count", 53, "53", "2024"],
    [`derived:change:${STAFF}`, "percent-change", 26.19, "+26.2 %", "from 42 (2019) to 53 (2024)"],
    [`derived:ratio:${STAFF}`, "ratio", 1.262, "×1.26", "from 42 (2019) to 53 (2024)"],
    [`derived:latest-senior:${STAFF}`, "count", 11, "11", "2024"],
    [`derived:change-senior:${STAFF}`, "percent-change", 175, "+175 %", "from 4 (2019) to 11 (2024)"],
    [`derived:ratio-senior:${STAFF}`, "ratio", 2.75, "×2.75", "from 4 (2019) to 11 (2024)"],
    [`derived:share-senior:${STAFF}`, "percent", 20.75, "20.8 %", "11 of 53 (2024)"],
    // The latest figure is the newest, even part-counted; a change runs between settled figures only.
    [`indicator:${TRAINING}`, "count", 51, "51", "1 March 2023 – 29 February 2024"],
    [
      `derived:ratio:${TRAINING}`,
      "ratio",
      2.808,
      "×2.81",
      "from 26 (1 March 2020 – 28 February 2021) to 73 (1 March 2022 – 28 February 2023)",
    ],
    [`derived:change:${TRAINING}`, "percent-change", 180.77, "+180.8 %", expect.any(String) as never],
    [`derived:total-started:${COHORTS}`, "count", 15, "15", "3 + 6 + 6"],
    [`derived:total-completed:${COHORTS}`, "count", 14, "14", "3 + 6 + 5"],
    [`derived:total-in-permanent-roles:${COHORTS}`, "count", 14, "14", "3 + 6 + 5"],
    [`derived:completion-rate:${COHORTS}`, "percent", 93.33, "93.3 %", "14 completed of 15 started"],
    [`derived:permanent-rate:${COHORTS}`, "percent", 100, "100 %", expect.any(String) as never],
    // A percentage with its parts is derived from them: 5 of 53.
    [`indicator:${REGISTERED}`, "percent", 9.43, "9.4 %", "2024"],
  ])("%s is a %s of %d (%s)", (ref, kind, value, display, detail) => {
    const f = fact(ref);
    expect(f.kind).toBe(kind);
    expect(f.value).toBeCloseTo(value, 2);
    expect(f.display).toBe(display);
    expect(f.detail).toEqual(detail);
  });

  it.each<[string, number[]]>([
    [`indicator:${STAFF}`, [2024]],
    [`derived:change-senior:${STAFF}`, [2019, 2024]],
    [`derived:ratio:${TRAINING}`, [2020, 2021, 2022, 2023]],
    [`derived:total-in-permanent-roles:${COHORTS}`, [2020, 2021, 2022]],
  ])("%s covers the years %j", (ref, years) => {
    expect(fact(ref).years).toEqual(years);
  });

  it("names each figure by the words of its indicator and breakdown", () => {
    expect(fact(`derived:change-senior:${STAFF}`).keywords).toEqual(["technical", "staff", "senior"]);
    expect(fact(`derived:total-in-permanent-roles:${COHORTS}`).keywords).toEqual([
      "technical",
      "apprentices",
      "cohort",
      "permanent",
      "roles",
    ]);
    expect(fact(`derived:change-senior:${STAFF}`).label).toBe("Technical staff: senior, change");
  });

  it("gives a table of cohorts its totals, not a breakdown of each key", () => {
    expect(facts.filter((f) => f.indicatorId === COHORTS).map((f) => f.ref.split(":")[1])).toEqual([
      COHORTS,
      "change",
      "ratio",
      "total-started",
      "total-completed",
      "total-in-permanent-roles",
      "completion-rate",
      "permanent-rate",
    ]);
  });

  it("gives a percentage its latest value only: a change of a share is in points", () => {
    expect(facts.filter((f) => f.indicatorId === REGISTERED).map((f) => f.ref)).toEqual([
      `indicator:${REGISTERED}`,
    ]);
  });

  it("makes refs that the narrative's figure refs accept", () => {
    for (const f of facts) expect(parseFigureRef(f.ref)?.indicatorId).toBe(f.indicatorId);
  });
});

describe("figure facts: what gives none", () => {
  it.each<[string, FactIndicator, string[]]>([
    ["an indicator with no figures", { ...lstmStaff, observations: [] }, []],
    [
      "one figure: a latest value but no change",
      { ...lstmStaff, breakdownKeys: [], observations: [{ period: year(2024), value: 53 }] },
      ["indicator"],
    ],
    [
      "a change from 0: no relative change",
      {
        ...lstmStaff,
        breakdownKeys: [],
        observations: [
          { period: year(2019), value: 0 },
          { period: year(2024), value: 5 },
        ],
      },
      ["indicator"],
    ],
    [
      "money is not compared",
      {
        ...lstmStaff,
        id: FUND,
        unit: "currency",
        breakdownKeys: [],
        observations: [{ period: year(2024), value: 5 }],
      },
      [],
    ],
    [
      "only provisional figures: the change uses them",
      {
        ...lstmStaff,
        breakdownKeys: [],
        observations: [
          { period: year(2023), value: 10, provisional: true },
          { period: year(2024), value: 20, provisional: true },
        ],
      },
      ["indicator", "change", "ratio"],
    ],
    [
      "a breakdown key without a total: no share",
      {
        ...lstmStaff,
        breakdownKeys: ["senior"],
        observations: [{ period: year(2024), value: 53, breakdown: { senior: 11 } }],
      },
      ["indicator", "latest-senior"],
    ],
  ])("%s", (_, indicator, names) => {
    expect(
      figureFacts([indicator]).map((f) =>
        f.ref.startsWith("indicator:") ? "indicator" : f.ref.split(":")[1],
      ),
    ).toEqual(names);
  });
});

describe("keywords and refs", () => {
  it.each<[string[], string[]]>([
    [["Technical apprentices by cohort"], ["technical", "apprentices", "cohort"]],
    [["Technicians positive about their appraisal"], ["technicians", "positive", "appraisal"]],
    [
      ["Technical staff", "in permanent roles"],
      ["technical", "staff", "permanent", "roles"],
    ],
    [["A B of"], []],
  ])("%j → %j", (texts, keywords) => {
    expect(keywordsOf(...texts)).toEqual(keywords);
  });

  it.each<[string, ReturnType<typeof parseFigureRef>]>([
    [`indicator:${STAFF}`, { indicatorId: STAFF, name: null }],
    [
      `derived:total-in-permanent-roles:${COHORTS}`,
      { indicatorId: COHORTS, name: "total-in-permanent-roles" },
    ],
    ["indicator:not-a-uuid", null],
    [`derived:Bad_Name:${STAFF}`, null],
  ])("%s → %j", (ref, parsed) => {
    expect(parseFigureRef(ref)).toEqual(parsed);
  });
});
