import type { IsoDate } from "../plans/plan-types";

/**
 * The shapes of indicators and their observations (issue 4). Pure types and constants: no I/O,
 * so the rules that use them (`periods.ts`, `derived.ts`, `table-import.ts`) are tested as tables.
 */

/** What an indicator counts. "percent" is a share (0–100), never a change between two figures. */
export const UNITS = ["count", "percent", "currency", "other"] as const;
export type Unit = (typeof UNITS)[number];

/**
 * Breakdowns the submissions report (domain.md §5): one column each when a table is pasted.
 * Keys are kebab-case so a header such as "In permanent roles" matches `in-permanent-roles`.
 */
export const BREAKDOWNS = {
  technicians: ["total", "senior"],
  apprentices: ["started", "completed", "in-permanent-roles"],
} as const satisfies Record<string, readonly string[]>;

export type Indicator = {
  name: string;
  /** What is counted and how, so two years' figures are known to be comparable. */
  definition: string;
  unit: Unit;
  /** The breakdown keys its observations may carry; empty when it has none. */
  breakdownKeys: readonly string[];
};

/**
 * When a figure applies, as the sources write it:
 * - year: a calendar year (1 January – 31 December);
 * - academic-year: 1 August – 31 July, labelled "2023/24" from its start year;
 * - range: any span of days, inclusive ("1 March 2022 – 28 February 2023");
 * - date: a single day (a census date, or "as at 31 July 2024").
 */
export type Period =
  | { kind: "year"; year: number }
  | { kind: "academic-year"; startYear: number }
  | { kind: "range"; startsOn: IsoDate; endsOn: IsoDate }
  | { kind: "date"; on: IsoDate };

export type PeriodKind = Period["kind"];

export type Observation = {
  period: Period;
  /** The figure as the source gives it; null for a percentage given only as numerator/denominator. */
  value: number | null;
  /** For a percentage: the part. When both parts exist the percentage is derived from them. */
  numerator?: number | null;
  /** For a percentage: the whole (more than 0). */
  denominator?: number | null;
  /** Counts by breakdown key, e.g. `{ total: 53, senior: 11 }`. */
  breakdown?: Record<string, number>;
  /** The source says the figure may still change. */
  provisional?: boolean;
  /** The day the figure was counted; before the period's end it makes the figure provisional. */
  asOf?: IsoDate | null;
  /** The source's own words where they add meaning (">80% positive"). */
  note?: string;
};
