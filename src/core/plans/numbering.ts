import { pillarName, pillarShortName } from "./charter-data";
import type { Pillar } from "./plan-types";

/** "CAREER DEVELOPMENT 3" as the documents print it, and "CD3" for tables and links. */
export type DisplayNumber = { pillar: Pillar; number: number; label: string; shortLabel: string };

/**
 * Display numbers are derived, never stored: moving or deleting an action renumbers the rest, as
 * the submitted documents number them 1.. under each pillar. Order is by position, then id, so two
 * actions with the same position still get stable numbers.
 */
export function displayNumbers(
  actions: { id: string; primaryPillar: Pillar; position: number }[],
): Map<string, DisplayNumber> {
  const sorted = [...actions].sort(
    (a, b) => a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const next = new Map<Pillar, number>();
  const numbers = new Map<string, DisplayNumber>();
  for (const action of sorted) {
    const number = (next.get(action.primaryPillar) ?? 0) + 1;
    next.set(action.primaryPillar, number);
    numbers.set(action.id, {
      pillar: action.primaryPillar,
      number,
      label: `${pillarName(action.primaryPillar).toUpperCase()} ${number}`,
      shortLabel: shortLabel(action.primaryPillar, number),
    });
  }
  return numbers;
}

/** "CD3": the compact reference used in tables and links. */
export function shortLabel(pillar: Pillar, number: number): string {
  return `${pillarShortName(pillar)}${number}`;
}
