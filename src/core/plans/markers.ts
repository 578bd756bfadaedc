import type {
  Comparator,
  IsoDate,
  MarkerObservation,
  MarkerStatus,
  MarkerTarget,
  Timescale,
} from "./plan-types";
import { formatLongDate, timescaleEnd } from "./timescale";

/** Figures are typed in by hand and percentages are often computed, so "20" must equal 19.999999999999996. */
const TOLERANCE = 1e-9;

function satisfies(comparator: Comparator, observed: number, target: number): boolean {
  if (comparator === ">=") return observed >= target - TOLERANCE;
  if (comparator === "<=") return observed <= target + TOLERANCE;
  return Math.abs(observed - target) <= TOLERANCE;
}

const dayNumber = (date: IsoDate) => Date.parse(date) / 86_400_000;

/**
 * Where a marker of success stands. The rule, in order:
 * 1. no target or no observation → "no-data";
 * 2. the observed value satisfies the target's comparator (≥, ≤ or =, within 1e-9) → "met";
 * 3. today is after `byDate` → "not-met";
 * 4. no baseline → "on-track" (nothing to measure pace against);
 * 5. with a baseline: progress = (observed − baseline) / (target − baseline), and time =
 *    (observation date − `startsOn`) / (`byDate` − `startsOn`), clamped to 0..1 (0 when `startsOn`
 *    is not given, so the figure only has to have not moved away from the target). "on-track"
 *    when progress ≥ time, else "not-met" (behind pace: shown early, while it can still be fixed).
 *    A target equal to its baseline that is not met has gone backwards: "not-met".
 * `startsOn` is normally the plan's period start.
 */
export function markerStatus(
  target: MarkerTarget | null | undefined,
  observed: MarkerObservation | null | undefined,
  today: IsoDate,
  startsOn?: IsoDate | null,
): MarkerStatus {
  if (!target || !observed) return "no-data";
  if (satisfies(target.comparator, observed.value, target.value)) return "met";
  if (today > target.byDate) return "not-met";
  const baseline = target.baseline;
  if (baseline === null || baseline === undefined) return "on-track";
  if (Math.abs(target.value - baseline) <= TOLERANCE) return "not-met";
  const progress = (observed.value - baseline) / (target.value - baseline);
  let time = 0;
  if (startsOn && target.byDate > startsOn) {
    const elapsed =
      (dayNumber(observed.on) - dayNumber(startsOn)) / (dayNumber(target.byDate) - dayNumber(startsOn));
    time = Math.min(1, Math.max(0, elapsed));
  }
  return progress >= time - TOLERANCE ? "on-track" : "not-met";
}

/**
 * True when the target's date falls after the action's own timescale ends (LSTM's registration
 * target is "by July 2027" on an action timed "July 2025"): one of them is probably wrong.
 * Ongoing actions end with the plan; an unparsed timescale has no end to compare, so no warning.
 */
export function targetAfterTimescale(target: MarkerTarget | null | undefined, timescale: Timescale): boolean {
  const end = timescaleEnd(timescale);
  return !!target && end !== null && target.byDate > end;
}

const SYMBOL: Record<Comparator, string> = { ">=": "≥", "<=": "≤", "=": "=" };
const NUMBER = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 3 });

/** "≥ 20 % by 31 July 2027 (baseline 12)". */
export function formatTarget(target: MarkerTarget): string {
  const unit = target.unit.trim();
  const value = unit ? `${NUMBER.format(target.value)} ${unit}` : NUMBER.format(target.value);
  const baseline =
    target.baseline === null || target.baseline === undefined
      ? ""
      : ` (baseline ${NUMBER.format(target.baseline)})`;
  return `${SYMBOL[target.comparator]} ${value} by ${formatLongDate(target.byDate)}${baseline}`;
}

const COMPARATOR_WORDS: [Comparator, string[]][] = [
  [">=", ["≥", ">=", "=>", "at least", "minimum", "min", "no less than", "not less than", "or more"]],
  [
    "<=",
    [
      "≤",
      "<=",
      "=<",
      "at most",
      "maximum",
      "max",
      "no more than",
      "not more than",
      "up to",
      "or fewer",
      "or less",
    ],
  ],
  ["=", ["=", "==", "exactly", "equal to", "equals"]],
];

/** Reads a comparator as people type it ("at least", "≥", ">="); null when it is not one we know. */
export function parseComparator(text: string): Comparator | null {
  const t = text.toLowerCase().replace(/\s+/g, " ").trim();
  return COMPARATOR_WORDS.find(([, words]) => words.includes(t))?.[0] ?? null;
}
