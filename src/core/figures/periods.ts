import { z } from "zod";
import type { IsoDate } from "../plans/plan-types";
import { addMonths, formatLongDate, isIsoDate } from "../plans/timescale";
import type { Period } from "./figure-types";

/*
 * Periods as the submissions write them (issue 4). Like timescales, they are calendar days, not
 * instants: arithmetic runs on UTC midnights so no server time zone can shift a day. Anything not
 * recognised is null, never guessed: "2019-2021" could be two calendar years or three.
 */

const DAY_MS = 86_400_000;

const MONTH =
  "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const YEAR = "((?:19|20|21)\\d\\d)";
const ISO_DAY = "(\\d{4}-\\d{2}-\\d{2})";
/** "31 July 2024", "1 Mar 2022", "1st March, 2022". */
const LONG_DAY = `(\\d{1,2})(?:st|nd|rd|th)?\\s*${MONTH},?\\s*${YEAR}`;
const DAY = `(?:${ISO_DAY}|${LONG_DAY})`;

const BARE_YEAR = new RegExp(`^${YEAR}$`);
/** "2023/24", "2023-24", "2023/2024", "AY 2023/24", "academic year 2023-24". */
const ACADEMIC_YEAR = new RegExp(`^(?:ay|academic\\s+year)?\\s*${YEAR}\\s*[/-]\\s*(\\d\\d(?:\\d\\d)?)$`);
const SINGLE_DAY = new RegExp(`^${DAY}$`);
const DAY_RANGE = new RegExp(`^(?:from\\s+)?${DAY}\\s*(?:-|\\.\\.|to)\\s*${DAY}$`);
const MONTH_YEAR = new RegExp(`^${MONTH}\\s*${YEAR}$`);
const AS_OF = /^as\s+(?:of|at)\s+/;

/** Lower case, one space, and every dash (en, em, minus) as a hyphen. */
function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}

const MONTH_PREFIXES = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const monthNumber = (token: string) => MONTH_PREFIXES.indexOf(token.slice(0, 3)) + 1;

function isoOf(y: number, m: number, d: number): IsoDate {
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** A day from the capture groups of `DAY` starting at `i`; null for "31 February 2023". */
function dayFrom(groups: RegExpExecArray, i: number): IsoDate | null {
  const iso = groups[i] ?? isoOf(Number(groups[i + 3]), monthNumber(groups[i + 2]!), Number(groups[i + 1]));
  return isIsoDate(iso) ? iso : null;
}

export function dayAfter(date: IsoDate): IsoDate {
  return new Date(Date.parse(date) + DAY_MS).toISOString().slice(0, 10);
}

/** Reads a period as the sources write it (see the tests for every form); null when not understood. */
export function parsePeriod(text: string): Period | null {
  const t = normalise(text);
  const year = BARE_YEAR.exec(t);
  if (year) return { kind: "year", year: Number(year[1]) };

  const academic = ACADEMIC_YEAR.exec(t);
  if (academic) {
    const startYear = Number(academic[1]);
    const end = academic[2]!;
    // "2023/24" and "2023/2024" only: "2023/25" is two years, not a typing slip we can correct.
    const next = end.length === 2 ? (startYear + 1) % 100 : startYear + 1;
    return Number(end) === next ? { kind: "academic-year", startYear } : null;
  }

  const single = SINGLE_DAY.exec(t);
  if (single) {
    const on = dayFrom(single, 1);
    return on ? { kind: "date", on } : null;
  }

  const span = DAY_RANGE.exec(t);
  if (span) {
    const startsOn = dayFrom(span, 1);
    const endsOn = dayFrom(span, 5);
    if (!startsOn || !endsOn || endsOn < startsOn) return null;
    // A one-day range is a date: one period, one way of writing it.
    return endsOn === startsOn ? { kind: "date", on: startsOn } : { kind: "range", startsOn, endsOn };
  }
  return null;
}

/**
 * The day a figure was counted: a day, or a month ("as of December 2023") read as its last day,
 * the latest the count can have been taken. An "as of"/"as at" prefix is allowed.
 */
export function parseAsOf(text: string): IsoDate | null {
  const t = normalise(text).replace(AS_OF, "");
  const month = MONTH_YEAR.exec(t);
  if (month) {
    const y = Number(month[2]);
    return isoOf(y, monthNumber(month[1]!), new Date(Date.UTC(y, monthNumber(month[1]!), 0)).getUTCDate());
  }
  const single = SINGLE_DAY.exec(t);
  return single ? dayFrom(single, 1) : null;
}

/** First and last day, both inclusive. */
export function periodBounds(p: Period): { startsOn: IsoDate; endsOn: IsoDate } {
  switch (p.kind) {
    case "year":
      return { startsOn: isoOf(p.year, 1, 1), endsOn: isoOf(p.year, 12, 31) };
    case "academic-year":
      return { startsOn: isoOf(p.startYear, 8, 1), endsOn: isoOf(p.startYear + 1, 7, 31) };
    case "range":
      return { startsOn: p.startsOn, endsOn: p.endsOn };
    case "date":
      return { startsOn: p.on, endsOn: p.on };
  }
}

/** How the period reads in en-GB: "2024", "2023/24", "1 March 2022 – 28 February 2023", "31 July 2024". */
export function periodLabel(p: Period): string {
  switch (p.kind) {
    case "year":
      return String(p.year);
    case "academic-year":
      return `${p.startYear}/${String((p.startYear + 1) % 100).padStart(2, "0")}`;
    case "range":
      return `${formatLongDate(p.startsOn)} – ${formatLongDate(p.endsOn)}`;
    case "date":
      return formatLongDate(p.on);
  }
}

/** Chronological order: by first day, then the shorter period first. */
export function comparePeriods(a: Period, b: Period): number {
  const x = periodBounds(a);
  const y = periodBounds(b);
  if (x.startsOn !== y.startsOn) return x.startsOn < y.startsOn ? -1 : 1;
  if (x.endsOn !== y.endsOn) return x.endsOn < y.endsOn ? -1 : 1;
  return 0;
}

/**
 * A period's length for comparing like with like: whole calendar months when it runs from a
 * month's first day to a month's last (so March–February is 12 months in a leap year too),
 * otherwise days.
 */
function lengthOf(p: Period): string {
  const { startsOn, endsOn } = periodBounds(p);
  const [sy, sm, sd] = startsOn.split("-").map(Number);
  const [ey, em] = endsOn.split("-").map(Number);
  if (sd === 1 && dayAfter(endsOn).endsWith("-01")) return `${(ey! - sy!) * 12 + (em! - sm!) + 1} months`;
  return `${(Date.parse(endsOn) - Date.parse(startsOn)) / DAY_MS + 1} days`;
}

/**
 * True when `b` is the period straight after `a`, so a change between them is a fair "year on
 * year": the next year or academic year, or a period of the same length starting the day after `a`
 * ends. Dates are snapshots, so the next one is the same day a year later (a census date).
 */
export function areConsecutive(a: Period, b: Period): boolean {
  if (a.kind === "date" || b.kind === "date") {
    return a.kind === "date" && b.kind === "date" && addMonths(a.on, 12) === b.on;
  }
  return dayAfter(periodBounds(a).endsOn) === periodBounds(b).startsOn && lengthOf(a) === lengthOf(b);
}

const isoDay = z.iso.date("Enter a date as YYYY-MM-DD.");
const calendarYear = z.int("Enter a year such as 2024.").min(1900, "Enter a year from 1900.").max(2199);

export const ZPeriod = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("year"), year: calendarYear }),
  z.object({ kind: z.literal("academic-year"), startYear: calendarYear }),
  z
    .object({ kind: z.literal("range"), startsOn: isoDay, endsOn: isoDay })
    // A range that ends on or before its start is a typing slip; a one-day period is a date.
    .refine((p) => p.endsOn > p.startsOn, {
      message: "The range must end after it starts.",
      path: ["endsOn"],
    }),
  z.object({ kind: z.literal("date"), on: isoDay }),
]);
export type TPeriod = z.infer<typeof ZPeriod>;
