import { z } from "zod";
import type { ContextIssue, SectionContext } from "./context";

/**
 * The building blocks every section's rules share: zod fields that forgive what a half-written
 * draft leaves out, lenient readers for showing whatever is stored or was typed, and the shape of a
 * section's rules. Pure: no I/O.
 */

/** Text trimmed, with Windows line endings made plain, at most `max` characters; "" when missing. */
export const text = (max: number) =>
  z
    .string("Enter text.")
    .transform((s) => s.replace(/\r\n?/g, "\n").trim())
    .pipe(z.string().max(max, `Use at most ${max} characters.`))
    .default("");

/** Names, one per entry; empty entries are dropped rather than refused (a blank line in a list). */
export const names = (maxEach: number, maxCount: number) =>
  z
    .array(z.string("Enter names as text.").trim().max(maxEach, `Use at most ${maxEach} characters a name.`))
    .transform((list) => list.filter(Boolean))
    .pipe(z.array(z.string()).max(maxCount, `Name at most ${maxCount} people.`))
    .default([]);

/** A web address that starts with https:// or http://, or "" for none. */
export const optionalUrl = (message = "Enter a web address that starts with https:// or http://.") =>
  z.union([z.literal(""), z.url({ protocol: /^https?$/, message }).max(2000, "Use a shorter web address.")], {
    error: message,
  });

/** A count of people: a whole number from 0, or null when not known. */
export const headcount = (message: string) =>
  z.number(message).int(message).min(0, message).max(1_000_000, message).nullable().default(null);

/** Lenient readers: stored data and typed forms both arrive as `unknown`; these never throw. */
export const asRecord = (v: unknown): Record<string, unknown> =>
  v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
export const asString = (v: unknown): string =>
  typeof v === "string" ? v : typeof v === "number" && Number.isFinite(v) ? String(v) : "";
export const asStrings = (v: unknown): string[] =>
  Array.isArray(v) ? v.map(asString).filter((s) => s !== "") : [];
export const asRows = (v: unknown): Record<string, unknown>[] => (Array.isArray(v) ? v.map(asRecord) : []);
export const asBoolean = (v: unknown): boolean => v === true;
/** A count as stored (a number) or as typed and refused (the text, so the form shows it again). */
export const asCount = (v: unknown): number | string | null =>
  typeof v === "number" ? v : typeof v === "string" && v.trim() !== "" ? v : null;
/** An id, or null for "none chosen". */
export const asId = (v: unknown): string | null => (typeof v === "string" && v !== "" ? v : null);

/**
 * One section kind's rules. `Data` is what is stored (the schema's output); `Draft` what a form
 * shows, which may hold a refused value as typed (a count written as words).
 */
export type SectionRules<Data, Draft = Data> = {
  /** The stored shape, checked without the institution's lists (required fields, cycles, duplicates). */
  schema: z.ZodType<Data>;
  empty: () => Data;
  /** Whatever is stored or typed, as the form and the view read it. */
  read: (data: unknown) => Draft;
  /** Whether anything has been written: a section with nothing is "not started". */
  hasContent: (draft: Draft) => boolean;
  /** Ids that are not in the institution's lists (evidence not in the library, an action not in the plan). */
  contextIssues: (data: Data, context: SectionContext) => ContextIssue[];
  /** The repeated rows a form can add, remove and move, each with its blank row. */
  lists: Record<string, { blank: (draft: Draft) => Record<string, unknown> }>;
  /** What else changes when a row goes (a group's reporting lines to a removed group). */
  afterRemove?: (draft: Draft, list: string, removed: Record<string, unknown>) => Draft;
};

/** Issues for each listed id that is not among `known`, at `path(i)`. */
export function unknownIds(
  ids: (string | null)[],
  known: { id: string }[],
  path: (i: number) => (string | number)[],
  message: string,
): ContextIssue[] {
  const set = new Set(known.map((k) => k.id));
  return ids.flatMap((id, i) => (id !== null && !set.has(id) ? [{ path: path(i), message }] : []));
}
