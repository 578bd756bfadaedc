import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { DEFAULT_CHARTER, findScale } from "./charter-data";
import { countsByPillarAndLevel, largestRemainder } from "./counts";
import type { Pillar } from "./plan-types";

const PROGRESS = findScale(DEFAULT_CHARTER, "progress")!;
const FIVE_POINT = findScale(DEFAULT_CHARTER, "five-point")!;

type Action = { primaryPillar: Pillar; currentLevel: string | null };
const many = (n: number, primaryPillar: Pillar, currentLevel: string | null): Action[] =>
  Array.from({ length: n }, () => ({ primaryPillar, currentLevel }));

// LSTM's 2019–21 plan: V 5, R 9, CD 12, S 4; Completed 13 / In Progress 7 / No Progress 10.
const LSTM_2019 = [
  ...many(3, "visibility", "completed"),
  ...many(1, "visibility", "in-progress"),
  ...many(1, "visibility", "no-progress"),
  ...many(4, "recognition", "completed"),
  ...many(2, "recognition", "in-progress"),
  ...many(3, "recognition", "no-progress"),
  ...many(4, "career-development", "completed"),
  ...many(3, "career-development", "in-progress"),
  ...many(5, "career-development", "no-progress"),
  ...many(2, "sustainability", "completed"),
  ...many(1, "sustainability", "in-progress"),
  ...many(1, "sustainability", "no-progress"),
];

describe("largestRemainder", () => {
  it.each([
    ["LSTM 13/7/10 (the seed printed 43/23/33, summing to 99)", [13, 7, 10], [44, 23, 33]],
    ["the same counts in scale order", [10, 7, 13], [33, 23, 44]],
    ["exact", [1, 1, 2], [25, 25, 50]],
    ["thirds, equal counts: earliest first", [1, 1, 1], [34, 33, 33]],
    ["Birmingham's six ratings 2/2/1/1", [2, 2, 1, 1], [33, 33, 17, 17]],
    ["largest remainder beats largest count", [1, 5, 14], [5, 25, 70]],
    ["one of seven", [1, 6], [14, 86]],
    ["remainder 0.6 beats 0.4", [3, 2, 2], [43, 29, 28]],
    ["nothing", [0, 0, 0], [0, 0, 0]],
    ["all in one", [0, 5, 0], [0, 100, 0]],
  ])("%s → %o", (_, counts, percents) => {
    const result = largestRemainder(counts);
    expect(result).toEqual(percents);
    if (counts.some((c) => c > 0)) expect(result.reduce((a, b) => a + b, 0)).toBe(100);
  });
});

describe("countsByPillarAndLevel", () => {
  it("counts LSTM's 2019–21 plan", () => {
    const result = countsByPillarAndLevel(PROGRESS, LSTM_2019);
    expect(result.total).toBe(30);
    expect(result.rows.map((r) => [r.pillar, r.total])).toEqual([
      ["visibility", 5],
      ["recognition", 9],
      ["career-development", 12],
      ["sustainability", 4],
    ]);
    expect(result.rows[2]!.counts).toEqual({ "no-progress": 5, "in-progress": 3, completed: 4, unrated: 0 });
    expect(result.totals.map((t) => [t.levelId, t.label, t.count, t.percent])).toEqual([
      ["no-progress", "No Progress", 10, 33],
      ["in-progress", "In Progress", 7, 23],
      ["completed", "Completed", 13, 44],
      ["unrated", "Not yet rated", 0, 0],
    ]);
  });

  it.each<[string, Action[], [string, number, number][]]>([
    [
      "no actions",
      [],
      [
        ["red", 0, 0],
        ["red-amber", 0, 0],
        ["amber-red", 0, 0],
        ["amber", 0, 0],
        ["green", 0, 0],
        ["unrated", 0, 0],
      ],
    ],
    [
      "Birmingham 2021–24 (2 green, 2 amber, 1 amber/red, 1 red/amber)",
      [
        ...many(2, "visibility", "green"),
        ...many(2, "career-development", "amber"),
        ...many(1, "sustainability", "amber-red"),
        ...many(1, "recognition", "red-amber"),
      ],
      [
        ["red", 0, 0],
        ["red-amber", 1, 17],
        ["amber-red", 1, 17],
        ["amber", 2, 33],
        ["green", 2, 33],
        ["unrated", 0, 0],
      ],
    ],
    [
      "unrated actions are their own share",
      [...many(1, "visibility", "green"), ...many(3, "visibility", null)],
      [
        ["red", 0, 0],
        ["red-amber", 0, 0],
        ["amber-red", 0, 0],
        ["amber", 0, 0],
        ["green", 1, 25],
        ["unrated", 3, 75],
      ],
    ],
  ])("%s", (_, actions, totals) => {
    const result = countsByPillarAndLevel(FIVE_POINT, actions);
    expect(result.totals.map((t) => [t.levelId, t.count, t.percent])).toEqual(totals);
    expect(result.rows.map((r) => r.pillar)).toEqual([
      "visibility",
      "recognition",
      "career-development",
      "sustainability",
    ]);
  });

  it("refuses a level from another scale", () => {
    expect(() =>
      countsByPillarAndLevel(PROGRESS, [{ primaryPillar: "visibility", currentLevel: "green" }]),
    ).toThrow(AppError);
  });
});
