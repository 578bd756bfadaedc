import type { Observation, Period, Unit } from "./figure-types";
import { areConsecutive, comparePeriods, periodBounds } from "./periods";

/*
 * Figures derived from observations (issue 4). They are computed here and never typed, because the
 * seeds' own arithmetic is wrong in places (domain.md §5): LSTM's senior technicians 4 → 11 is
 * +175 %, not 125 %, and Birmingham's training attendance 26 → 73 is ×2.81, not "more than tripling".
 */

/** How far a typed percentage may sit from its numerator/denominator before we say so (rounding to 0.1). */
export const DISCREPANCY_PP = 0.05;

/** Float noise from dividing (e.g. 0.1 + 0.2): far below anything a source prints. */
const EPSILON = 1e-9;

export type ObservedValue = {
  value: number | null;
  /** True when the value is numerator / denominator × 100 rather than the typed figure. */
  isDerived: boolean;
  /** Set when a typed percentage disagrees with its parts by more than `DISCREPANCY_PP`. */
  discrepancy: { typed: number; derived: number } | null;
};

/**
 * The figure to use. A percentage with both parts is derived from them and the derived figure wins,
 * so "10 %" typed beside 4 of 42 is used as 9.52 and reported; a percentage with no parts
 * (">80% positive") is taken as typed.
 */
export function observedValue(o: Observation, unit: Unit): ObservedValue {
  const { numerator, denominator } = o;
  if (unit !== "percent" || numerator == null || denominator == null || denominator <= 0) {
    return { value: o.value, isDerived: false, discrepancy: null };
  }
  const derived = (numerator / denominator) * 100;
  const isDiscrepant = o.value !== null && Math.abs(o.value - derived) > DISCREPANCY_PP + EPSILON;
  return {
    value: derived,
    isDerived: true,
    discrepancy: isDiscrepant ? { typed: o.value!, derived } : null,
  };
}

/**
 * Marked provisional by the source, or counted before its period ended: Birmingham's MI Year 4
 * runs to 29 February 2024 but was counted "as of December 2023".
 */
export function isProvisional(o: Observation): boolean {
  return o.provisional === true || (o.asOf != null && o.asOf < periodBounds(o.period).endsOn);
}

/** Why a change may mislead a reader; shown beside it rather than hiding the figure. */
export const CHANGE_FLAGS = ["provisional", "non-consecutive", "different-period-kinds"] as const;
export type ChangeFlag = (typeof CHANGE_FLAGS)[number];

export type Change = {
  from: Period;
  to: Period;
  fromValue: number | null;
  toValue: number | null;
  /** `to − from`, in the unit (percentage points for a percentage); null when either value is unknown. */
  absolute: number | null;
  /** Relative change in percent (+175 for 4 → 11); null when `from` is 0 or unknown. */
  percent: number | null;
  /** `to / from` (2.81 for 26 → 73); null when `from` is 0 or unknown. */
  ratio: number | null;
  /** In `CHANGE_FLAGS` order; empty when the comparison is like for like. */
  flags: ChangeFlag[];
};

export function change(a: Observation, b: Observation, unit: Unit): Change {
  const fromValue = observedValue(a, unit).value;
  const toValue = observedValue(b, unit).value;
  const isKnown = fromValue !== null && toValue !== null;
  const isRelative = isKnown && fromValue !== 0;
  const flags: ChangeFlag[] = [];
  if (isProvisional(a) || isProvisional(b)) flags.push("provisional");
  if (!areConsecutive(a.period, b.period)) flags.push("non-consecutive");
  if (a.period.kind !== b.period.kind) flags.push("different-period-kinds");
  return {
    from: a.period,
    to: b.period,
    fromValue,
    toValue,
    absolute: isKnown ? toValue - fromValue : null,
    percent: isRelative ? ((toValue - fromValue) / fromValue) * 100 : null,
    ratio: isRelative ? toValue / fromValue : null,
    flags,
  };
}

/** The change between each observation and the next in time; gaps are flagged "non-consecutive". */
export function yearOnYear(observations: readonly Observation[], unit: Unit): Change[] {
  const sorted = [...observations].sort((a, b) => comparePeriods(a.period, b.period));
  return sorted.slice(1).map((b, i) => change(sorted[i]!, b, unit));
}

/** `part` as a percent of `total`; null when the total is 0. */
export function share(part: number, total: number): number | null {
  return total === 0 ? null : (part / total) * 100;
}

export function sum(values: readonly number[]): number {
  return values.reduce((total, v) => total + v, 0);
}

/**
 * The fewest whole people that make `percent` of `total`, for reading a target as a head count:
 * 20 % of 53 is 11. `isStrict` is for "more than" targets (">50 %" of 54 is 28, not 27).
 */
export function countForShare(percent: number, total: number, { isStrict = false } = {}): number {
  const exact = (percent * total) / 100;
  return isStrict ? Math.floor(exact + EPSILON) + 1 : Math.max(0, Math.ceil(exact - EPSILON));
}

/**
 * Half away from zero at `digits` decimals, on the decimal the reader sees: 1.005 → 1.01 although
 * the double is 1.00499…; a nudge of a few ulps is far below any figure a source prints.
 */
export function roundTo(x: number, digits: number): number {
  const scale = 10 ** digits;
  return (Math.sign(x) * Math.round(Math.abs(x) * scale * (1 + 4 * Number.EPSILON))) / scale;
}

const MINUS = "\u2212";

/** en-GB digits with grouping, at most `digits` decimals and no trailing zeros: 175, 26.2, 1,200. */
function digitsOf(x: number, digits: number): string {
  return new Intl.NumberFormat("en-GB", { maximumFractionDigits: digits }).format(
    Math.abs(roundTo(x, digits)),
  );
}

function signed(x: number, digits: number): string {
  const rounded = roundTo(x, digits);
  const sign = rounded > 0 ? "+" : rounded < 0 ? MINUS : "";
  return `${sign}${digitsOf(rounded, digits)}`;
}

/** A share, as the seeds print it: "9.5 %", "20.8 %", "20 %". */
export function formatPercent(x: number): string {
  return `${roundTo(x, 1) < 0 ? MINUS : ""}${digitsOf(x, 1)} %`;
}

/** A relative change: "+26.2 %", "+175 %", "−30.1 %", "0 %". */
export function formatPercentChange(x: number): string {
  return `${signed(x, 1)} %`;
}

/** A change between two percentages, in points so it is not read as relative: "+11.2 pp". */
export function formatPointsChange(x: number): string {
  return `${signed(x, 1)} pp`;
}

/** A ratio: "×2.81", "×3". */
export function formatRatio(x: number): string {
  return `×${roundTo(x, 2) < 0 ? MINUS : ""}${digitsOf(x, 2)}`;
}
