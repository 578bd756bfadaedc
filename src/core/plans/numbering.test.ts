import { describe, expect, it } from "vitest";
import { displayNumbers, shortLabel } from "./numbering";
import type { Pillar } from "./plan-types";

type Row = { id: string; primaryPillar: Pillar; position: number };
const row = (id: string, primaryPillar: Pillar, position: number): Row => ({ id, primaryPillar, position });

describe("displayNumbers", () => {
  it.each<[string, Row[], Record<string, string>]>([
    ["no actions", [], {}],
    [
      "numbered within each pillar, whatever the input order",
      [
        row("c", "career-development", 3),
        row("a", "visibility", 1),
        row("d", "career-development", 1),
        row("b", "visibility", 2),
        row("e", "recognition", 5),
      ],
      {
        a: "VISIBILITY 1",
        b: "VISIBILITY 2",
        d: "CAREER DEVELOPMENT 1",
        c: "CAREER DEVELOPMENT 2",
        e: "RECOGNITION 1",
      },
    ],
    [
      "gaps in positions do not leave gaps in numbers",
      [row("x", "sustainability", 10), row("y", "sustainability", 40), row("z", "sustainability", 1000)],
      { x: "SUSTAINABILITY 1", y: "SUSTAINABILITY 2", z: "SUSTAINABILITY 3" },
    ],
    [
      "equal positions fall back to id order",
      [row("b2", "recognition", 1), row("a9", "recognition", 1), row("c1", "recognition", 0)],
      { c1: "RECOGNITION 1", a9: "RECOGNITION 2", b2: "RECOGNITION 3" },
    ],
    [
      "negative and fractional positions (a drag between two rows) sort too",
      [row("m", "visibility", 1), row("n", "visibility", 0.5), row("o", "visibility", -1)],
      { o: "VISIBILITY 1", n: "VISIBILITY 2", m: "VISIBILITY 3" },
    ],
  ])("%s", (_, actions, expected) => {
    const numbers = displayNumbers(actions);
    expect(Object.fromEntries([...numbers].map(([id, n]) => [id, n.label]))).toEqual(expected);
    for (const action of actions) expect(numbers.get(action.id)?.pillar).toBe(action.primaryPillar);
  });

  it("gives the number as well as the label", () => {
    const numbers = displayNumbers([row("a", "career-development", 2), row("b", "career-development", 1)]);
    expect(numbers.get("a")).toEqual({
      pillar: "career-development",
      number: 2,
      label: "CAREER DEVELOPMENT 2",
      shortLabel: "CD2",
    });
  });
});

describe("shortLabel", () => {
  it.each<[Pillar, number, string]>([
    ["visibility", 1, "V1"],
    ["recognition", 9, "R9"],
    ["career-development", 3, "CD3"],
    ["sustainability", 12, "S12"],
  ])("%s %i → %s", (pillar, number, label) => {
    expect(shortLabel(pillar, number)).toBe(label);
  });
});
