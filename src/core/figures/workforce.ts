import { type Change, change, observedValue, share, sum } from "./derived";
import { BREAKDOWNS, type Observation, type Period, type Unit } from "./figure-types";
import { comparePeriods, periodLabel } from "./periods";

/*
 * The workforce profile's rules (issue 4): headcount by period and breakdown, and apprenticeship
 * cohorts with their totals. Pure, so the seeds' figures are checked as tables: Birmingham's
 * "16 apprentices secured permanent employment" is 3 + 6 + 5 = 14 in its own table.
 */

/** Indicators in these categories make up the workforce profile. */
export const WORKFORCE_CATEGORY = "workforce";
export const APPRENTICESHIPS_CATEGORY = "apprenticeships";

const TOTAL = "total";
const [STARTED, COMPLETED, PERMANENT] = BREAKDOWNS.apprentices;

export type HeadcountRow = {
  period: Period;
  /** "2024", "2023/24". */
  label: string;
  /** The figure to use (see `observedValue`). */
  value: number | null;
  /** The count for each breakdown key; null where this period has none. */
  counts: Record<string, number | null>;
  /** Each key but "total" as a percent of the total; null without both, or with a total of 0. */
  shares: Record<string, number | null>;
  /** From the previous period to this one; null for the first. */
  change: Change | null;
};

/** One row per period, oldest first, with each breakdown's count and share and the change into it. */
export function headcountRows(
  unit: Unit,
  breakdownKeys: readonly string[],
  observations: readonly Observation[],
): HeadcountRow[] {
  const sorted = [...observations].sort((a, b) => comparePeriods(a.period, b.period));
  return sorted.map((o, i) => {
    const counts = Object.fromEntries(breakdownKeys.map((k) => [k, o.breakdown?.[k] ?? null]));
    const total = counts[TOTAL] ?? null;
    const shares = Object.fromEntries(
      breakdownKeys
        .filter((k) => k !== TOTAL)
        .map((k) => [k, total === null || counts[k] == null ? null : share(counts[k]!, total)]),
    );
    return {
      period: o.period,
      label: periodLabel(o.period),
      value: observedValue(o, unit).value,
      counts,
      shares,
      change: i === 0 ? null : change(sorted[i - 1]!, o, unit),
    };
  });
}

/** Whether an indicator's breakdown makes it a table of cohorts (started, completed, in permanent roles). */
export function isCohortIndicator(breakdownKeys: readonly string[]): boolean {
  return breakdownKeys.includes(STARTED) && breakdownKeys.includes(COMPLETED);
}

export type CohortRow = {
  period: Period;
  label: string;
  /** The breakdown's "started", or the figure itself when the breakdown leaves it out. */
  started: number | null;
  completed: number | null;
  inPermanentRoles: number | null;
};

export type CohortTotals = {
  started: number;
  completed: number;
  inPermanentRoles: number;
  /** Completed as a percent of started, over the cohorts that give both; null when none does. */
  completionRate: number | null;
  /** In permanent roles as a percent of completed, over the cohorts that give both. */
  permanentRate: number | null;
  /** Some cohort leaves out a count, so a total is of fewer cohorts than the table shows. */
  isPartial: boolean;
};

export type CohortSummary = { rows: CohortRow[]; totals: CohortTotals };

function rateOf(rows: readonly CohortRow[], part: keyof CohortRow, whole: keyof CohortRow): number | null {
  const both = rows.filter((r) => r[part] !== null && r[whole] !== null);
  return both.length
    ? share(sum(both.map((r) => r[part] as number)), sum(both.map((r) => r[whole] as number)))
    : null;
}

/**
 * The cohorts oldest first, with totals computed here rather than typed, since the seed's own
 * total (16 in permanent roles) disagrees with its table (14).
 */
export function cohortSummary(observations: readonly Observation[]): CohortSummary {
  const rows = [...observations]
    .sort((a, b) => comparePeriods(a.period, b.period))
    .map(
      (o): CohortRow => ({
        period: o.period,
        label: periodLabel(o.period),
        started: o.breakdown?.[STARTED] ?? o.value ?? null,
        completed: o.breakdown?.[COMPLETED] ?? null,
        inPermanentRoles: o.breakdown?.[PERMANENT] ?? null,
      }),
    );
  const total = (key: "started" | "completed" | "inPermanentRoles") => sum(rows.map((r) => r[key] ?? 0));
  return {
    rows,
    totals: {
      started: total("started"),
      completed: total("completed"),
      inPermanentRoles: total("inPermanentRoles"),
      completionRate: rateOf(rows, "completed", "started"),
      permanentRate: rateOf(rows, "inPermanentRoles", "completed"),
      isPartial: rows.some((r) => r.started === null || r.completed === null || r.inPermanentRoles === null),
    },
  };
}
