import { UNRATED } from "./charter-data";
import { PILLARS, type Pillar, type RagColour, type RagScale } from "./plan-types";
import { colourOf } from "./rag";

export type PillarCounts = {
  pillar: Pillar;
  /** One entry per level id of the scale, plus "unrated"; zero when none. */
  counts: Record<string, number>;
  total: number;
};

export type LevelTotal = {
  /** A level id, or "unrated". */
  levelId: string;
  label: string;
  colour: RagColour | null;
  count: number;
  /** Whole percent of all actions; the percents of all buckets add up to 100 (0 when there are no actions). */
  percent: number;
};

export type RagCounts = { rows: PillarCounts[]; totals: LevelTotal[]; total: number };

/**
 * The RAG summary a submission quotes: actions per pillar and level, and each level's share.
 * Shares are rounded by largest remainder so they add up to 100, as a reader checks they do. Equal
 * remainders go to the bigger count, then to the earlier bucket (scale order, "unrated" last).
 * So LSTM's 2019–21 plan (Completed 13 / In Progress 7 / No Progress 10 of 30, each a third over
 * a whole number) gives 44 / 23 / 33, where domain.md §4.5 gives 43 / 23 / 33 (truncated, sum 99).
 */
export function countsByPillarAndLevel(
  scale: RagScale,
  actions: { primaryPillar: Pillar; currentLevel: string | null }[],
): RagCounts {
  const buckets = [...scale.levels.map((l) => l.id), UNRATED];
  const rows = PILLARS.map((pillar) => ({
    pillar,
    counts: Object.fromEntries(buckets.map((id) => [id, 0])) as Record<string, number>,
    total: 0,
  }));
  for (const action of actions) {
    // A level from another scale is a data error: colourOf says so rather than miscounting it.
    if (action.currentLevel !== null) colourOf(scale, action.currentLevel);
    const row = rows[PILLARS.indexOf(action.primaryPillar)]!;
    row.counts[action.currentLevel ?? UNRATED]! += 1;
    row.total += 1;
  }
  const counts = buckets.map((id) => rows.reduce((sum, row) => sum + row.counts[id]!, 0));
  const percents = largestRemainder(counts);
  const totals = buckets.map((levelId, i) => {
    const level = scale.levels.find((l) => l.id === levelId);
    return {
      levelId,
      label: level?.label ?? "Not yet rated",
      colour: level?.colour ?? null,
      count: counts[i]!,
      percent: percents[i]!,
    };
  });
  return { rows, totals, total: actions.length };
}

/** Whole percents that sum to 100, in integers so float noise cannot pick the winner of a tie. */
export function largestRemainder(counts: number[]): number[] {
  const total = counts.reduce((a, b) => a + b, 0);
  if (total === 0) return counts.map(() => 0);
  const floors = counts.map((c) => Math.floor((c * 100) / total));
  const order = counts
    .map((c, i) => ({ i, c, remainder: (c * 100) % total }))
    .sort((a, b) => b.remainder - a.remainder || b.c - a.c || a.i - b.i);
  let left = 100 - floors.reduce((a, b) => a + b, 0);
  for (const { i } of order) {
    if (left-- <= 0) break;
    floors[i]! += 1;
  }
  return floors;
}
