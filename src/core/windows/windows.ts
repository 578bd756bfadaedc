import { addMonths, formatLongDate } from "../plans/timescale";
import { todayInLondon } from "../plans/today";

/**
 * Submission windows (domain.md §1.4): a window closes at 23:59:59 Europe/London on the last day of
 * a due month, 31 January or 31 July unless an institution keeps the older phase timetable (due
 * months such as April or September). A date is a UK calendar date, YYYY-MM-DD; "now" is always an
 * argument, so the rules never read the clock.
 */
export const DEFAULT_DUE_MONTHS = [1, 7] as const;

/** Months are 1 (January) to 12 (December). */
export type DueMonths = readonly number[];

export const SUBMISSION_STAGES = ["initial", "stage-2", "stage-3", "renewal"] as const;
export type SubmissionStage = (typeof SUBMISSION_STAGES)[number];

/** An initial submission is due in the first window ending at least this long after signing. */
export const INITIAL_AFTER_MONTHS = 12;
/** A renewal is due in the window this long after the window of the previous submission. */
export const RENEWAL_AFTER_MONTHS = 36;

const pad = (n: number) => String(n).padStart(2, "0");
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const closingDay = (year: number, month: number) => `${year}-${pad(month)}-${pad(lastDay(year, month))}`;

/** The months sorted, without repeats; the Jan/Jul default when none are given. */
export function normaliseDueMonths(months: DueMonths | null | undefined): number[] {
  const valid = (months ?? []).filter((m) => Number.isInteger(m) && m >= 1 && m <= 12);
  return valid.length ? [...new Set(valid)].sort((a, b) => a - b) : [...DEFAULT_DUE_MONTHS];
}

/** The first window closing on or after `date` (the window a submission made that day belongs to). */
export function windowClosingOnOrAfter(date: string, dueMonths?: DueMonths | null): string {
  const months = normaliseDueMonths(dueMonths);
  const year = Number(date.slice(0, 4));
  for (const y of [year, year + 1])
    for (const m of months) {
      const closes = closingDay(y, m);
      if (closes >= date) return closes;
    }
  throw new Error(`No window after ${date}.`);
}

/** The window an initial submission is due in: the first ending at least 12 months after signing. */
export function initialWindow(signedOn: string, dueMonths?: DueMonths | null): string {
  return windowClosingOnOrAfter(addMonths(signedOn, INITIAL_AFTER_MONTHS), dueMonths);
}

/** The window a renewal is due in: 36 months after the window in which the previous submission was made. */
export function renewalWindow(submittedOn: string, dueMonths?: DueMonths | null): string {
  const made = windowClosingOnOrAfter(submittedOn, dueMonths);
  const later = addMonths(`${made.slice(0, 8)}01`, RENEWAL_AFTER_MONTHS);
  return closingDay(Number(later.slice(0, 4)), Number(later.slice(5, 7)));
}

export type DeadlineRule =
  | { rule: "initial"; signedOn: string }
  | { rule: "renewal"; submittedOn: string; madeInWindow: string };

export type NextWindow = DeadlineRule & { closesOn: string };

/**
 * The next due window: a renewal after the latest submission, or else the initial submission after
 * signing; null when neither date is known.
 */
export function nextWindow(
  facts: { signedOn: string | null; lastSubmittedOn: string | null },
  dueMonths?: DueMonths | null,
): NextWindow | null {
  if (facts.lastSubmittedOn)
    return {
      rule: "renewal",
      submittedOn: facts.lastSubmittedOn,
      madeInWindow: windowClosingOnOrAfter(facts.lastSubmittedOn, dueMonths),
      closesOn: renewalWindow(facts.lastSubmittedOn, dueMonths),
    };
  if (facts.signedOn)
    return { rule: "initial", signedOn: facts.signedOn, closesOn: initialWindow(facts.signedOn, dueMonths) };
  return null;
}

/** London's offset from UTC at an instant, in minutes (0 in winter, 60 in summer). */
function londonOffsetMinutes(at: number): number {
  const name = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", timeZoneName: "shortOffset" })
    .formatToParts(new Date(at))
    .find((p) => p.type === "timeZoneName")?.value;
  const match = name?.match(/GMT([+-])(\d{1,2})(?::(\d{2}))?/);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === "-" ? -minutes : minutes;
}

/** The instant a window closes: 23:59:59 in London on its closing day, whether GMT or BST. */
export function closeInstant(closesOn: string): Date {
  const asUtc = Date.parse(`${closesOn}T23:59:59Z`);
  return new Date(asUtc - londonOffsetMinutes(asUtc) * 60_000);
}

const DAY_MS = 86_400_000;
const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;

/** London calendar days from today to the closing day: 0 on the day itself, negative once past. */
export function daysRemaining(closesOn: string, now: Date): number {
  return dayNumber(closesOn) - dayNumber(todayInLondon(now));
}

/** Overdue once the close instant has passed (a submission at 23:59:58 on the day is in time). */
export function isOverdue(closesOn: string, now: Date): boolean {
  return now.getTime() > closeInstant(closesOn).getTime();
}

/** The window's name in words, e.g. "31 July 2027". */
export function windowLabel(closesOn: string): string {
  return formatLongDate(closesOn);
}

export type DeadlineStatus = {
  closesOn: string;
  /** ISO instant of 23:59:59 London time on the closing day. */
  closesAt: string;
  label: string;
  daysRemaining: number;
  isOverdue: boolean;
  /** Whole London days since the closing day; 0 when not overdue. */
  daysOverdue: number;
};

/** Where a window stands at `now`. */
export function deadlineStatus(closesOn: string, now: Date): DeadlineStatus {
  const days = daysRemaining(closesOn, now);
  const overdue = isOverdue(closesOn, now);
  return {
    closesOn,
    closesAt: closeInstant(closesOn).toISOString(),
    label: windowLabel(closesOn),
    daysRemaining: overdue ? 0 : days,
    isOverdue: overdue,
    daysOverdue: overdue ? Math.max(1, -days) : 0,
  };
}
