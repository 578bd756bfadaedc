import {
  formatPercent,
  formatPercentChange,
  formatRatio,
  isProvisional,
  observedValue,
} from "../figures/derived";
import type { Observation, Period, Unit } from "../figures/figure-types";
import { comparePeriods, periodBounds, periodLabel } from "../figures/periods";
import { cohortSummary, isCohortIndicator } from "../figures/workforce";

/*
 * The figures a narrative may bind or quote, worked out from an institution's indicators (pure).
 * The readiness check compares numbers typed in narrative against them (claims.ts), and a bound
 * figure (`boundFigure` in src/core/narrative/doc.ts) names one by its `ref`.
 *
 * Refs:
 * - `indicator:<id>`: the indicator's latest figure (count or percent);
 * - `derived:<name>:<id>`, where <name> is one of
 *   - `change` / `ratio`: from the earliest to the latest settled figure, as a percent change and as a
 *     multiple (4 → 11 is +175 % and ×2.75);
 *   - `latest-<key>`, `change-<key>`, `ratio-<key>`: the same for one breakdown key ("senior");
 *   - `share-<key>`: that key's latest count as a percent of the same figure's "total";
 *   - `total-<key>`: for a table of cohorts, the sum of "started", "completed" or "in-permanent-roles"
 *     over the cohorts (3 + 6 + 5 = 14);
 *   - `completion-rate`, `permanent-rate`: completed of started, in permanent roles of completed.
 *
 * Changes skip provisional figures when there are settled ones on both sides, since a part-year count
 * (Birmingham's "as of December 2023") would make any change look like a fall. Percent indicators get
 * no change: a change between two shares is in points, and prose cannot tell points from percent.
 * Currency and "other" indicators are left out: nothing typed about them is checked.
 */

export type FigureFactKind = "count" | "percent" | "percent-change" | "ratio";

export type FigureFact = {
  /** `indicator:<id>` or `derived:<name>:<id>`, as ZFigureRef in src/core/narrative/doc.ts. */
  ref: string;
  indicatorId: string;
  /** "Technical staff: senior", "Technical staff: senior, change". */
  label: string;
  /** Words of the indicator's name and breakdown key, lower case, without stop words. */
  keywords: string[];
  kind: FigureFactKind;
  /** Unrounded: claims are compared with tolerances of their own. */
  value: number;
  /** As a reader sees it: "11", "20.8 %", "+175 %", "×2.75". */
  display: string;
  /** How it was worked out: "from 4 (2019) to 11 (2024)", "3 + 6 + 5", "11 of 53 (2024)". */
  detail: string;
  /** Calendar years the figure's periods touch, so a claim about another year is not compared. */
  years: number[];
};

/** An indicator with its figures: the indicator row and `toObservation` of each observation row. */
export type FactIndicator = {
  id: string;
  name: string;
  unit: Unit;
  breakdownKeys: readonly string[];
  observations: readonly Observation[];
};

const TOTAL = "total";
const COHORT_KEYS = [
  ["started", "started"],
  ["completed", "completed"],
  ["in-permanent-roles", "inPermanentRoles"],
] as const;
const STOP_WORDS = new Set(
  "a about all an and any as at by each for from in into its of on or our per than the their these this those to with number numbers count share".split(
    " ",
  ),
);

/** Words that can name the figure in prose: "Technical apprentices by cohort" → technical, apprentices, cohort. */
export function keywordsOf(...texts: string[]): string[] {
  const words = texts.flatMap((t) => t.toLowerCase().match(/[a-z][a-z']*/g) ?? []);
  return [...new Set(words.filter((w) => w.length > 2 && !STOP_WORDS.has(w)))];
}

export function parseFigureRef(ref: string): { indicatorId: string; name: string | null } | null {
  const m = /^(?:indicator:([0-9a-f-]{36})|derived:([a-z0-9-]{1,60}):([0-9a-f-]{36}))$/.exec(ref);
  if (!m) return null;
  return m[1] ? { indicatorId: m[1], name: null } : { indicatorId: m[3]!, name: m[2]! };
}

const formatCount = (x: number) => new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 }).format(x);

function yearsOf(...periods: Period[]): number[] {
  const years = new Set<number>();
  for (const p of periods) {
    const { startsOn, endsOn } = periodBounds(p);
    for (let y = Number(startsOn.slice(0, 4)); y <= Number(endsOn.slice(0, 4)); y++) years.add(y);
  }
  return [...years].sort((a, b) => a - b);
}

type Point = { period: Period; value: number; provisional: boolean };

/** Oldest first, those with a value. */
function pointsOf(observations: readonly Observation[], read: (o: Observation) => number | null): Point[] {
  return [...observations]
    .sort((a, b) => comparePeriods(a.period, b.period))
    .flatMap((o) => {
      const value = read(o);
      return value === null || !Number.isFinite(value)
        ? []
        : [{ period: o.period, value, provisional: isProvisional(o) }];
    });
}

/** The two ends of a change: settled figures when there are two, else every figure. */
function ends(points: Point[]): [Point, Point] | null {
  const settled = points.filter((p) => !p.provisional);
  const used = settled.length >= 2 ? settled : points;
  return used.length >= 2 ? [used[0]!, used[used.length - 1]!] : null;
}

type Named = { id: string; name: string; keywords: string[] };

function latestFact(who: Named, ref: string, kind: "count" | "percent", points: Point[]): FigureFact[] {
  const last = points[points.length - 1];
  if (!last) return [];
  const display = kind === "percent" ? formatPercent(last.value) : formatCount(last.value);
  return [
    {
      ref,
      indicatorId: who.id,
      label: who.name,
      keywords: who.keywords,
      kind,
      value: last.value,
      display,
      detail: periodLabel(last.period),
      years: yearsOf(last.period),
    },
  ];
}

function changeFacts(who: Named, suffix: string, points: Point[]): FigureFact[] {
  const pair = ends(points);
  if (!pair || pair[0].value === 0) return [];
  const [from, to] = pair;
  const detail = `from ${formatCount(from.value)} (${periodLabel(from.period)}) to ${formatCount(to.value)} (${periodLabel(to.period)})`;
  const common = {
    indicatorId: who.id,
    keywords: who.keywords,
    detail,
    years: yearsOf(from.period, to.period),
  };
  const percent = ((to.value - from.value) / from.value) * 100;
  const ratio = to.value / from.value;
  return [
    {
      ...common,
      ref: `derived:change${suffix}:${who.id}`,
      label: `${who.name}, change`,
      kind: "percent-change",
      value: percent,
      display: formatPercentChange(percent),
    },
    {
      ...common,
      ref: `derived:ratio${suffix}:${who.id}`,
      label: `${who.name}, multiple`,
      kind: "ratio",
      value: ratio,
      display: formatRatio(ratio),
    },
  ];
}

const keyWords = (key: string) => key.replace(/-/g, " ");
const isRefName = (key: string) => /^[a-z0-9-]{1,40}$/.test(key);

function breakdownFacts(i: FactIndicator): FigureFact[] {
  return i.breakdownKeys
    .filter((key) => key !== TOTAL && isRefName(key))
    .flatMap((key) => {
      const who = {
        id: i.id,
        name: `${i.name}: ${keyWords(key)}`,
        keywords: keywordsOf(i.name, keyWords(key)),
      };
      const points = pointsOf(i.observations, (o) => o.breakdown?.[key] ?? null);
      return [
        ...latestFact(who, `derived:latest-${key}:${i.id}`, "count", points),
        ...changeFacts(who, `-${key}`, points),
        ...shareFact(who, key, i.observations),
      ];
    });
}

/** A breakdown key's latest count as a percent of the same figure's total. */
function shareFact(who: Named, key: string, observations: readonly Observation[]): FigureFact[] {
  const withBoth = [...observations]
    .sort((a, b) => comparePeriods(a.period, b.period))
    .filter((o) => o.breakdown?.[key] != null && (o.breakdown?.[TOTAL] ?? 0) > 0);
  const last = withBoth[withBoth.length - 1];
  if (!last) return [];
  const part = last.breakdown![key]!;
  const whole = last.breakdown![TOTAL]!;
  const value = (part / whole) * 100;
  return [
    {
      ref: `derived:share-${key}:${who.id}`,
      indicatorId: who.id,
      label: `${who.name}, share`,
      keywords: who.keywords,
      kind: "percent",
      value,
      display: formatPercent(value),
      detail: `${formatCount(part)} of ${formatCount(whole)} (${periodLabel(last.period)})`,
      years: yearsOf(last.period),
    },
  ];
}

function cohortFacts(i: FactIndicator): FigureFact[] {
  const { rows, totals } = cohortSummary(i.observations);
  const years = yearsOf(...rows.map((r) => r.period));
  const totalFacts = COHORT_KEYS.map(([key, field]): FigureFact => {
    const counted = rows.flatMap((r) => (r[field] === null ? [] : [r[field]]));
    return {
      ref: `derived:total-${key}:${i.id}`,
      indicatorId: i.id,
      label: `${i.name}: ${keyWords(key)}, total`,
      keywords: keywordsOf(i.name, keyWords(key)),
      kind: "count",
      value: totals[field],
      display: formatCount(totals[field]),
      detail: counted.length ? counted.map(formatCount).join(" + ") : "no cohorts",
      years,
    };
  });
  const rate = (name: string, value: number | null, words: string, of: string): FigureFact[] =>
    value === null
      ? []
      : [
          {
            ref: `derived:${name}:${i.id}`,
            indicatorId: i.id,
            label: `${i.name}: ${words}`,
            keywords: keywordsOf(i.name, words),
            kind: "percent",
            value,
            display: formatPercent(value),
            detail: of,
            years,
          },
        ];
  return [
    ...totalFacts,
    ...rate(
      "completion-rate",
      totals.completionRate,
      "completion rate",
      `${formatCount(totals.completed)} completed of ${formatCount(totals.started)} started`,
    ),
    ...rate(
      "permanent-rate",
      totals.permanentRate,
      "in permanent roles of those completing",
      `${formatCount(totals.inPermanentRoles)} in permanent roles of ${formatCount(totals.completed)} completed`,
    ),
  ];
}

/** Every figure the institution's indicators give, in the indicators' order. */
export function figureFacts(indicators: readonly FactIndicator[]): FigureFact[] {
  return indicators.flatMap((i) => {
    if (i.unit !== "count" && i.unit !== "percent") return [];
    const who = { id: i.id, name: i.name, keywords: keywordsOf(i.name) };
    const points = pointsOf(i.observations, (o) => observedValue(o, i.unit).value);
    const latest = latestFact(who, `indicator:${i.id}`, i.unit, points);
    if (i.unit === "percent") return latest;
    return [
      ...latest,
      ...changeFacts(who, "", points),
      ...(isCohortIndicator(i.breakdownKeys) ? cohortFacts(i) : breakdownFacts(i)),
    ];
  });
}
