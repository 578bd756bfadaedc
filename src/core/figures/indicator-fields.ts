import { z } from "zod";
import { formatLongDate } from "../plans/timescale";
import { type Observation, type Period, UNITS, type Unit } from "./figure-types";
import { parseAsOf, parsePeriod, periodBounds, ZPeriod } from "./periods";
import { ALIASES, FIELDS, MAX_NOTE_LENGTH, parseNumber } from "./table-import";

/**
 * The zod schemas for indicators and their observations: the use-cases parse with them, the API's
 * OpenAPI document is generated from them, and pages map form fields onto them. Values arrive as
 * numbers (API) or as text typed into a form ("1,234", "86%"), and are read as the import reads them.
 */

export const PERIOD_MESSAGE =
  "Enter a period such as 2024, 2023/24, 1 March 2022 – 28 February 2023 or 31 July 2024";
const NUMBER_MESSAGE = "Enter a number, such as 42 or 1,234.";
const MAX_BREAKDOWNS = 12;

const name = z.string().trim().min(1, "Enter the indicator's name.").max(200, "Use at most 200 characters.");
const definition = z.string().trim().max(4000, "Use at most 4000 characters.");
const unit = z.enum(UNITS, { error: "Choose count, percent, currency or other." });
const category = z
  .string()
  .trim()
  .max(60, "Use at most 60 characters.")
  .transform((c) => c || "other");

/** Headings every observation table has: a breakdown named like one would make a column ambiguous. */
const RESERVED = new Set([...FIELDS, ...Object.keys(ALIASES)].map((f) => f.replace(/[^a-z0-9]/g, "")));
const KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** "In permanent roles" → "in-permanent-roles", as breakdown keys are stored. */
const keyOf = (name: string) =>
  name
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, "-");

/** Breakdown keys as a list (API), or one per line or comma (forms). */
const breakdownKeys = z
  .union([z.array(z.string()), z.string()], { error: "List the breakdowns, one per line." })
  .transform((v) => (Array.isArray(v) ? v : v.split(/[\r\n,]+/)).map(keyOf).filter(Boolean))
  .superRefine((keys, ctx) => {
    const problems: string[] = [];
    if (keys.length > MAX_BREAKDOWNS) problems.push(`Use at most ${MAX_BREAKDOWNS} breakdowns.`);
    keys.forEach((key, i) => {
      if (!KEY.test(key) || key.length > 40)
        problems.push(`'${key}' is not a breakdown name: use letters, digits and hyphens, such as senior.`);
      else if (RESERVED.has(key.replace(/-/g, "")))
        problems.push(`'${key}' is a column of every figures table: name the breakdown differently.`);
      else if (keys.indexOf(key) < i) problems.push(`'${key}' appears twice.`);
    });
    for (const message of problems) ctx.addIssue({ code: "custom", message });
  });

export const ZIndicatorFields = z.object({
  /** What is counted, as the institution names it: "Technicians", "MI Talent training attendance". */
  name,
  /** How it is counted, so two years' figures are known to be comparable. */
  definition: definition.default(""),
  /** count, percent (a share from 0 to 100), currency (pounds) or other. */
  unit,
  /** Groups indicators on pages: workforce, apprenticeships, training, registration; "other" when empty. */
  category: category.default("other"),
  /** The breakdown each figure may carry, e.g. total and senior; empty when it has none. */
  breakdownKeys: breakdownKeys.default([]),
});
export type TIndicatorFields = z.input<typeof ZIndicatorFields>;

/** Only the fields given change; none of them has a default, so a missing field is left alone. */
export const ZUpdateIndicatorInput = z.object({
  name: name.optional(),
  definition: definition.optional(),
  unit: unit.optional(),
  category: category.optional(),
  breakdownKeys: breakdownKeys.optional(),
  /** The version the caller read; a stale save is refused with the current indicator. */
  expectedVersion: z.coerce.number().int().min(1),
});
export type TUpdateIndicatorInput = z.input<typeof ZUpdateIndicatorInput>;

const periodText = z.string().transform((text, ctx): Period => {
  const period = parsePeriod(text);
  if (period) return period;
  ctx.addIssue({ code: "custom", message: PERIOD_MESSAGE });
  return z.NEVER;
});

/** A period as data (API) or as the sources write it (forms): "2024", "2023/24", "1 March 2022 – 28 February 2023". */
export const ZPeriodInput = z.union([ZPeriod, periodText], { error: PERIOD_MESSAGE });

/** A number, or text as people type it ("1,234", "86%", "£1,200"); empty is null. */
const figure = z
  .union([z.number(), z.string()], { error: NUMBER_MESSAGE })
  .nullish()
  .transform((v, ctx): number | null => {
    if (v == null || (typeof v === "string" && v.trim() === "")) return null;
    const n = typeof v === "number" ? v : parseNumber(v.replace(/%\s*$/, "").replace("£", ""));
    if (n !== null && Number.isFinite(n)) return n;
    ctx.addIssue({ code: "custom", message: NUMBER_MESSAGE });
    return z.NEVER;
  });

const YES = ["on", "yes", "true"];
const NO = ["", "off", "no", "false"];
/** A checkbox sends "on" or nothing; the API sends a boolean. */
export const ZYesNo = z
  .union([z.boolean(), z.string().refine((s) => [...YES, ...NO].includes(s.trim().toLowerCase()))], {
    error: "Answer yes or no.",
  })
  .transform((v) => (typeof v === "boolean" ? v : YES.includes(v.trim().toLowerCase())));

const countedOn = z
  .string()
  .nullish()
  .transform((v, ctx) => {
    if (!v?.trim()) return null;
    const day = parseAsOf(v);
    if (day) return day;
    ctx.addIssue({ code: "custom", message: "Enter the day it was counted, such as 31 December 2023." });
    return z.NEVER;
  });

export const ZObservationInput = z.object({
  /** When the figure applies: a year, an academic year, a range of days or a single day. */
  period: ZPeriodInput,
  /** The figure as the source gives it; a percentage may give its numerator and denominator instead. */
  value: figure,
  /** For a percentage: the part, a whole number. */
  numerator: figure,
  /** For a percentage: the whole, a whole number more than 0. */
  denominator: figure,
  /** Counts by the indicator's breakdown keys, e.g. `{ total: 53, senior: 11 }`. */
  breakdown: z.record(z.string(), figure, { error: "Give the breakdown by its names." }).default({}),
  /** The source says the figure may still change. */
  provisional: ZYesNo.default(false),
  /** The day it was counted; before the period ends, the figure is shown as provisional. */
  asOf: countedOn,
  /** The source's own words where they add meaning (">80% positive"). */
  note: z
    .string()
    .trim()
    .max(MAX_NOTE_LENGTH, `Use at most ${MAX_NOTE_LENGTH} characters.`)
    .nullish()
    .transform((n) => n ?? ""),
});
export type TObservationInput = z.input<typeof ZObservationInput>;
export type TObservation = Required<Observation> & { breakdown: Record<string, number> };

const isWhole = (n: number) => Number.isInteger(n) && n >= 0;

/**
 * The rules that depend on the indicator, as the table import applies them: a count is whole, a
 * percentage is from 0 to 100 or given by both parts, and a breakdown uses the indicator's keys.
 */
export function observationInputFor(target: { unit: Unit; breakdownKeys: readonly string[] }) {
  return ZObservationInput.transform((o, ctx): TObservation => {
    const issue = (path: string[], message: string) => ctx.addIssue({ code: "custom", message, path });
    const { unit } = target;
    const hasParts = o.numerator !== null || o.denominator !== null;
    if (o.value !== null) {
      if (unit === "count" && !isWhole(o.value)) issue(["value"], "A count is a whole number of 0 or more.");
      if (unit === "percent" && (o.value < 0 || o.value > 100))
        issue(["value"], "A percentage is from 0 to 100.");
    }
    if (hasParts && unit !== "percent")
      issue(["numerator"], "A numerator and denominator are only for percentages.");
    else if (hasParts && (o.numerator === null || o.denominator === null))
      issue([o.numerator === null ? "numerator" : "denominator"], "Give both parts, or neither.");
    else if (hasParts) {
      for (const part of ["numerator", "denominator"] as const) {
        if (!isWhole(o[part]!)) issue([part], "Enter a whole number of 0 or more.");
      }
      if (o.denominator === 0) issue(["denominator"], "The denominator must be more than 0.");
      else if (o.numerator! > o.denominator!)
        issue(["numerator"], "The numerator cannot be more than the denominator.");
    }
    if (o.value === null && !(unit === "percent" && hasParts)) {
      issue(
        ["value"],
        unit === "percent"
          ? "Enter the percentage, or both its numerator and denominator."
          : "Enter the figure.",
      );
    }
    const breakdown: Record<string, number> = {};
    for (const [name, n] of Object.entries(o.breakdown)) {
      if (n === null) continue;
      const key = keyOf(name);
      if (!target.breakdownKeys.includes(key)) {
        issue(
          ["breakdown", key],
          target.breakdownKeys.length
            ? `Not one of this indicator's breakdowns: ${target.breakdownKeys.join(", ")}.`
            : "This indicator has no breakdown.",
        );
      } else if (!isWhole(n)) issue(["breakdown", key], "Enter a whole number of 0 or more.");
      else breakdown[key] = n;
    }
    const { startsOn } = periodBounds(o.period);
    if (o.asOf && o.asOf < startsOn)
      issue(["asOf"], `It cannot have been counted before the period starts (${formatLongDate(startsOn)}).`);
    return { ...o, breakdown };
  });
}
