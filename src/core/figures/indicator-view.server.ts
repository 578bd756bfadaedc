import { and, asc, inArray, isNull } from "drizzle-orm";
import { observation } from "../../db/schema";
import type { DbOrTx } from "../../db/types";
import type { Actor } from "../actor";
import { can } from "../policy";
import { type Change, isProvisional, type ObservedValue, observedValue, share, yearOnYear } from "./derived";
import { type IndicatorRow, type ObservationRow, observationColumns } from "./figure-access.server";
import type { Observation, Period, Unit } from "./figure-types";
import { periodLabel } from "./periods";

export type ObservationView = ObservationRow & {
  /** "2024", "2023/24", "1 March 2022 – 28 February 2023". */
  label: string;
  /** The figure to use: for a percentage with both parts, derived from them (with any disagreement). */
  observed: ObservedValue;
  /** Marked provisional, or counted before its period ended. */
  isProvisional: boolean;
};

export type BreakdownShare = { period: Period; label: string; share: number; isProvisional: boolean };

export type BreakdownFigures = {
  key: string;
  /** The key's count from each figure to the next one that has it. */
  yearOnYear: Change[];
  latestChange: Change | null;
  /** Its share of `total` wherever both are given; empty for `total` itself. */
  shares: BreakdownShare[];
  /** How that share moved from each figure to the next, in percentage points (`absolute`). */
  shareChanges: Change[];
};

export type DerivedFigures = {
  /** From each figure to the next in time, flagged where the comparison may mislead. */
  yearOnYear: Change[];
  /** Into the latest figure; null with fewer than two. */
  latestChange: Change | null;
  breakdowns: BreakdownFigures[];
};

export type IndicatorFigures = {
  indicator: IndicatorRow;
  /** Oldest period first. */
  observations: ObservationView[];
  derived: DerivedFigures;
  /** What the page may offer this actor; the use-cases still check every change. */
  allowed: { edit: boolean };
};

export function toObservation(row: ObservationRow): Observation {
  return {
    period: row.period,
    value: row.value,
    numerator: row.numerator,
    denominator: row.denominator,
    breakdown: row.breakdown,
    provisional: row.provisional,
    asOf: row.asOf,
    note: row.note,
  };
}

const TOTAL = "total";

function breakdownFigures(key: string, observations: readonly Observation[]): BreakdownFigures {
  const counted = observations.filter((o) => o.breakdown?.[key] !== undefined);
  const counts = counted.map((o) => ({
    ...o,
    value: o.breakdown![key]!,
    numerator: null,
    denominator: null,
  }));
  const changes = yearOnYear(counts, "count");
  // A share is a percentage of its parts, so the same rules (and flags) apply to its changes.
  const parts =
    key === TOTAL
      ? []
      : counted
          .filter((o) => (o.breakdown?.[TOTAL] ?? 0) > 0)
          .map((o) => ({
            ...o,
            value: null,
            numerator: o.breakdown![key]!,
            denominator: o.breakdown![TOTAL]!,
          }));
  return {
    key,
    yearOnYear: changes,
    latestChange: changes.at(-1) ?? null,
    shares: parts.map((o) => ({
      period: o.period,
      label: periodLabel(o.period),
      share: share(o.numerator, o.denominator)!,
      isProvisional: isProvisional(o),
    })),
    shareChanges: yearOnYear(parts, "percent"),
  };
}

/** An indicator with its figures in period order and everything derived from them. */
export function summariseIndicator(
  actor: Actor,
  indicator: IndicatorRow,
  rows: readonly ObservationRow[],
): IndicatorFigures {
  const unit = indicator.unit as Unit;
  const observations = rows.map(toObservation);
  const changes = yearOnYear(observations, unit);
  return {
    indicator,
    observations: rows.map((row, i) => ({
      ...row,
      label: periodLabel(row.period),
      observed: observedValue(observations[i]!, unit),
      isProvisional: isProvisional(observations[i]!),
    })),
    derived: {
      yearOnYear: changes,
      latestChange: changes.at(-1) ?? null,
      breakdowns: indicator.breakdownKeys.map((key) => breakdownFigures(key, observations)),
    },
    allowed: { edit: can(actor, "figure.edit", indicator.institutionId) },
  };
}

/** The live figures of the given indicators, by indicator, oldest period first. */
export async function loadObservations(
  db: DbOrTx,
  indicatorIds: readonly string[],
): Promise<Map<string, ObservationRow[]>> {
  const byIndicator = new Map<string, ObservationRow[]>(indicatorIds.map((id) => [id, []]));
  if (!indicatorIds.length) return byIndicator;
  const rows = await db
    .select(observationColumns)
    .from(observation)
    .where(and(inArray(observation.indicatorId, [...indicatorIds]), isNull(observation.deletedAt)))
    .orderBy(asc(observation.periodStart), asc(observation.periodEnd));
  for (const row of rows) byIndicator.get(row.indicatorId)?.push(row);
  return byIndicator;
}
