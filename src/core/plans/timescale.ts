import type { IsoDate, Period, Timescale } from "./plan-types";

/*
 * Timescales are free text in the submissions (domain.md §4.7). Dates are calendar days, not
 * instants: all arithmetic runs on UTC midnights so no server time zone can shift a day.
 */

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/** Full names and 3–4 letter abbreviations ("Sept" is common in UK documents). */
const MONTH =
  "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
/** "Dec 2019", "Dec2021" or "Mar-20"; two-digit years are this century's. */
const MONTH_YEAR = `${MONTH}(?:\\s*((?:19|20|21)\\d\\d)|-(\\d\\d))`;
const SINGLE = new RegExp(`^(?:by\\s+)?(?:the\\s+)?(?:end\\s+of\\s+)?${MONTH_YEAR}$`);
const RANGE = new RegExp(`^${MONTH_YEAR}\\s*(?:-|to)\\s*${MONTH_YEAR}$`);
const WITHIN = /\bwithin\s+(?:the\s+)?(?:first\s+)?(?:(\d{1,2}|[a-z]+)\s+(months?|years?)|(year))\b/;
const IN_YEAR = /\b(?:in|during)\s+((?:19|20|21)\d\d)\b/;
const BARE_YEAR = /^((?:19|20|21)\d\d)$/;
const PLAN_YEARS = /^(?:y|years?\s*)(\d)(?:\s*-\s*(?:y|years?\s*)?(\d))?$/;

const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  eighteen: 18,
};

const DAY_MS = 86_400_000;

type Ymd = { y: number; m: number; d: number };

function toYmd(date: IsoDate): Ymd {
  const [y, m, d] = date.split("-").map(Number);
  return { y: y!, m: m!, d: d! };
}

function fromUtc(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10);
}

/** True for a real `YYYY-MM-DD` calendar day (so "2023-02-30" is refused). */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const { y, m, d } = toYmd(value);
  return m >= 1 && m <= 12 && d >= 1 && d <= lastDayOfMonth(y, m);
}

function lastDayOfMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const firstOf = (y: number, m: number): IsoDate => fromUtc(Date.UTC(y, m - 1, 1));
const lastOf = (y: number, m: number): IsoDate => fromUtc(Date.UTC(y, m - 1, lastDayOfMonth(y, m)));

/** The N-month anniversary of `date`; a day missing from that month (31 Aug + 6) becomes its last day. */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { y, m, d } = toYmd(date);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const ty = target.getUTCFullYear();
  const tm = target.getUTCMonth() + 1;
  return fromUtc(Date.UTC(ty, tm - 1, Math.min(d, lastDayOfMonth(ty, tm))));
}

/** The last day "within N months" of `date`: the day before its N-month anniversary. */
export function endOfMonthsFrom(date: IsoDate, months: number): IsoDate {
  return fromUtc(Date.parse(addMonths(date, months)) - DAY_MS);
}

function monthIndex(token: string): number {
  return MONTHS.findIndex((name) => name.toLowerCase().startsWith(token.slice(0, 3))) + 1;
}

function monthYear(month: string, fullYear: string | undefined, shortYear: string | undefined): Ymd {
  return { y: fullYear ? Number(fullYear) : 2000 + Number(shortYear), m: monthIndex(month), d: 1 };
}

function range(startsOn: IsoDate, endsOn: IsoDate): Timescale {
  // A range that ends before it starts is a typing slip we cannot correct by guessing.
  return endsOn < startsOn ? { kind: "unparsed" } : { kind: "range", startsOn, endsOn };
}

function approximate(year: number): Timescale {
  return { kind: "approximate", year, startsOn: firstOf(year, 1), endsOn: lastOf(year, 12) };
}

/** Reads a timescale as the plans write it; anything not recognised is `unparsed`, never guessed. */
export function parseTimescale(text: string, period: Period): Timescale {
  const t = text
    .toLowerCase()
    .replace(/[\u2010-\u2015]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
  if (t.startsWith("ongoing")) return { kind: "ongoing", startsOn: period.startsOn, endsOn: period.endsOn };

  const single = SINGLE.exec(t);
  if (single) {
    const { y, m } = monthYear(single[1]!, single[2], single[3]);
    return { kind: "deadline", endsOn: lastOf(y, m) };
  }
  const span = RANGE.exec(t);
  if (span) {
    const from = monthYear(span[1]!, span[2], span[3]);
    const to = monthYear(span[4]!, span[5], span[6]);
    return range(firstOf(from.y, from.m), lastOf(to.y, to.m));
  }
  const within = WITHIN.exec(t);
  if (within) {
    const count = within[3] ? 1 : (NUMBER_WORDS[within[1]!] ?? Number(within[1]));
    const months = within[3] || within[2]!.startsWith("year") ? count * 12 : count;
    if (Number.isInteger(months) && months > 0) {
      return { kind: "deadline", endsOn: endOfMonthsFrom(period.startsOn, months) };
    }
  }
  const year = IN_YEAR.exec(t) ?? BARE_YEAR.exec(t);
  if (year) return approximate(Number(year[1]));

  // Plan years count from the plan's own start, not the calendar year.
  const planYears = PLAN_YEARS.exec(t);
  if (planYears) {
    const first = Number(planYears[1]);
    const last = Number(planYears[2] ?? planYears[1]);
    if (first >= 1) {
      return range(addMonths(period.startsOn, 12 * (first - 1)), endOfMonthsFrom(period.startsOn, 12 * last));
    }
  }
  return { kind: "unparsed" };
}

/** The last day the timescale allows, or null when it was not understood. */
export function timescaleEnd(t: Timescale): IsoDate | null {
  return t.kind === "unparsed" ? null : t.endsOn;
}

/** "31 July 2025": the calendar day itself, whatever the server's zone. */
export function formatLongDate(date: IsoDate): string {
  const { y, m, d } = toYmd(date);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** "1 Aug 2021": fixed three-letter months (ICU versions disagree on "Sep" and "Sept"). */
export function formatShortDate(date: IsoDate): string {
  const { y, m, d } = toYmd(date);
  return `${d} ${MONTHS[m - 1]!.slice(0, 3)} ${y}`;
}

/** How a parsed timescale reads back to the person who wrote it, so they can check it was understood. */
export function describeTimescale(t: Timescale): string {
  switch (t.kind) {
    case "deadline":
      return `by ${formatLongDate(t.endsOn)}`;
    case "range":
      return `${formatLongDate(t.startsOn)} to ${formatLongDate(t.endsOn)}`;
    case "ongoing":
      return `ongoing through the plan (${formatShortDate(t.startsOn)} – ${formatShortDate(t.endsOn)})`;
    case "approximate":
      return `around ${t.year}`;
    case "unparsed":
      return "not understood: kept as written";
  }
}
