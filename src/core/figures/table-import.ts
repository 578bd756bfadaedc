import { CsvError, parse } from "csv-parse/sync";
import { formatLongDate } from "../plans/timescale";
import { formatPercent, observedValue } from "./derived";
import type { Observation, Unit } from "./figure-types";
import { parseAsOf, parsePeriod, periodBounds, periodLabel } from "./periods";

/*
 * Observations entered as a table: pasted from a spreadsheet (tab-separated) or a CSV file. Every
 * row is checked and reported before anything is saved; saving all or nothing is the caller's job,
 * and `ok` is false while any row (or the table itself) has an error.
 */

/** More rows than any indicator has years; the limit keeps a mistaken paste from flooding the preview. */
export const MAX_ROWS = 1000;
export const MAX_NOTE_LENGTH = 1000;

export type TableRow = {
  /** The line the row starts on, counting the heading row as line 1, as a text editor shows it. */
  line: number;
  /** Cell text by heading, as written (a missing trailing cell is ""). */
  input: Record<string, string>;
};

export type ParsedTable = { columns: string[]; rows: TableRow[]; errors: string[] };

export type ObservationRowReport = TableRow & {
  /** Present only when the row has no errors. */
  observation?: Observation;
  errors: string[];
  /** Worth a second look, but saved as shown (a typed percentage its parts disagree with). */
  warnings: string[];
};

export type ObservationImport = {
  ok: boolean;
  /** Problems with the table as a whole: its headings, its size, its quoting. */
  errors: string[];
  rows: ObservationRowReport[];
};

export type ImportOptions = { unit: Unit; breakdownKeys: readonly string[] };

const DELIMITERS = ["\t", ",", ";"] as const;

/** A spreadsheet's paste is tab-separated; a CSV file uses commas (semicolons where Excel's locale says so). */
function delimiterOf(text: string): string {
  const firstLine = text.split(/\r\n|\n|\r/).find((l) => l.trim() !== "") ?? "";
  return DELIMITERS.find((d) => firstLine.includes(d)) ?? ",";
}

/**
 * Reads CSV or tab-separated text (RFC 4180 quoting, CRLF or LF, an optional byte-order mark) with a
 * heading row. Blank lines are skipped but still counted, so line numbers match the text.
 */
export function parseTable(text: string): ParsedTable {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      bom: true,
      delimiter: delimiterOf(text.replace(/^\uFEFF/, "")),
      record_delimiter: ["\r\n", "\n", "\r"],
      info: true,
      relax_column_count: true,
      // A stray quote inside an unquoted cell (5" tube) is kept as text, as a spreadsheet shows it.
      relax_quotes: true,
      // csv-parse's types do not model `info: true`, which wraps each record with where it was read.
    }) as unknown as typeof records;
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    // With loose quotes allowed, a quote never closed is the one error left. csv-parse's line for it
    // is where it gave up, not where the quote opened, so none is given rather than a wrong one.
    const problem =
      error.code === "CSV_QUOTE_NOT_CLOSED"
        ? 'A quoted cell is never closed: a " is missing.'
        : error.message;
    return { columns: [], rows: [], errors: [problem] };
  }
  const filled = records.filter(({ record }) => record.some((cell) => cell.trim() !== ""));
  const [heading, ...body] = filled;
  if (!heading) return { columns: [], rows: [], errors: ["The table is empty."] };

  const columns = heading.record.map((cell) => cell.trim());
  const errors: string[] = [];
  columns.forEach((column, i) => {
    if (column === "") errors.push(`Column ${i + 1} has no heading.`);
    else if (columns.findIndex((c) => c.toLowerCase() === column.toLowerCase()) < i) {
      errors.push(`The heading '${column}' appears twice.`);
    }
  });
  const rows = body.map(({ record, info }) => {
    // csv-parse counts to a record's last line; a quoted cell may span several.
    const line = info.lines - record.reduce((n, cell) => n + (cell.match(/\r\n|\n|\r/g)?.length ?? 0), 0);
    if (record.slice(columns.length).some((cell) => cell.trim() !== "")) {
      errors.push(`Line ${line} has ${record.length} cells but there are ${columns.length} headings.`);
    }
    return { line, input: Object.fromEntries(columns.map((c, i) => [c, record[i] ?? ""])) };
  });
  return { columns, rows, errors };
}

/** Headings are matched ignoring case, spaces and punctuation: "As of", "as_of" and "AsOf" are one. */
const keyOf = (heading: string) => heading.toLowerCase().replace(/[^a-z0-9]/g, "");

export const FIELDS = [
  "period",
  "value",
  "numerator",
  "denominator",
  "provisional",
  "as of",
  "note",
] as const;
type Field = (typeof FIELDS)[number];
export const ALIASES: Record<string, Field> = { asat: "as of", notes: "note" };

const YES_NO: Record<string, boolean> = { "": false, yes: true, true: true, no: false, false: false };

const GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const PLAIN = /^(?:\d+(?:\.\d*)?|\.\d+)$/;
const HEDGED = /^(?:[<>≤≥≈~]|c\.|approx|about|over|under|around)/i;

/** A number as people type it: "1,234", "−5", "86%" for a percentage and "£1,200" for money. */
export function parseNumber(text: string, unit: Unit = "other"): number | null {
  let t = text.trim().replace(/\s/g, "");
  if (unit === "percent") t = t.replace(/%$/, "");
  if (unit === "currency") t = t.replace(/^([-+\u2212]?)£/, "$1");
  const sign = /^[-\u2212]/.test(t) ? -1 : 1;
  t = t.replace(/^[-+\u2212]/, "");
  if (!GROUPED.test(t) && !PLAIN.test(t)) return null;
  return sign * Number(t.replace(/,/g, ""));
}

function notANumber(text: string): string {
  // The source's hedge (">80% positive") belongs in the note, not in the figure.
  return HEDGED.test(text.trim())
    ? `'${text.trim()}' is not a number: enter the number alone and keep the source's words in the note`
    : `'${text.trim()}' is not a number`;
}

/** A head count: a whole number, 0 or more. */
function readCount(text: string, what: string, errors: string[]): number | null {
  const n = parseNumber(text);
  if (n === null) errors.push(notANumber(text));
  else if (!Number.isInteger(n) || n < 0)
    errors.push(`${what} must be a whole number of 0 or more, not '${text.trim()}'`);
  else return n;
  return null;
}

function readValue(text: string, unit: Unit, errors: string[]): number | null {
  if (unit === "count") return readCount(text, "a count", errors);
  const n = parseNumber(text, unit);
  if (n === null) errors.push(notANumber(text));
  // A share over 100 is almost always a slip (935 for 93.5); a change is not entered as a percentage.
  else if (unit === "percent" && (n < 0 || n > 100))
    errors.push(`a percentage must be from 0 to 100, not '${text.trim()}'`);
  else return n;
  return null;
}

/** Checks one row; `errors` and `warnings` come back without the "Line N: " prefix. */
function readRow(cell: (field: string) => string, { unit, breakdownKeys }: ImportOptions) {
  const errors: string[] = [];
  const warnings: string[] = [];
  const periodText = cell("period").trim();
  const period = periodText ? parsePeriod(periodText) : null;
  if (!periodText) errors.push("there is no period");
  else if (!period) {
    errors.push(
      `'${periodText}' is not a period we understand: write 2024, 2023/24, 1 March 2022 – 28 February 2023 or 31 July 2024`,
    );
  }

  const numeratorText = cell("numerator").trim();
  const denominatorText = cell("denominator").trim();
  let numerator: number | null = null;
  let denominator: number | null = null;
  if (numeratorText || denominatorText) {
    if (unit !== "percent") errors.push("a numerator and denominator are only for percentages");
    else if (!numeratorText || !denominatorText)
      errors.push("give both a numerator and a denominator, or neither");
    else {
      numerator = readCount(numeratorText, "the numerator", errors);
      denominator = readCount(denominatorText, "the denominator", errors);
      if (denominator === 0) errors.push("the denominator must be more than 0");
      else if (numerator !== null && denominator !== null && numerator > denominator) {
        errors.push(`the numerator (${numerator}) is more than the denominator (${denominator})`);
      }
    }
  }

  const valueText = cell("value").trim();
  const value = valueText ? readValue(valueText, unit, errors) : null;
  // A percentage given only by its parts needs no value; a wrong part is reported on its own.
  const hasParts = unit === "percent" && numeratorText !== "" && denominatorText !== "";
  if (!valueText && !hasParts) errors.push("there is no value");

  const provisionalText = cell("provisional").trim().toLowerCase();
  const provisional = YES_NO[provisionalText];
  if (provisional === undefined) errors.push(`'${cell("provisional").trim()}' is not yes or no`);

  const asOfText = cell("as of").trim();
  const asOf = asOfText ? parseAsOf(asOfText) : null;
  if (asOfText && !asOf) errors.push(`'${asOfText}' is not a date`);
  if (asOf && period) {
    const { startsOn, endsOn } = periodBounds(period);
    if (asOf < startsOn) {
      errors.push(
        `it was counted on ${formatLongDate(asOf)}, before the period starts (${formatLongDate(startsOn)})`,
      );
    } else if (asOf < endsOn && !provisional) {
      warnings.push(
        `counted on ${formatLongDate(asOf)}, before the period ends (${formatLongDate(endsOn)}): shown as provisional`,
      );
    }
  }

  const note = cell("note").trim();
  if (note.length > MAX_NOTE_LENGTH) errors.push(`the note is longer than ${MAX_NOTE_LENGTH} characters`);

  const breakdown: Record<string, number> = {};
  for (const key of breakdownKeys) {
    const text = cell(key).trim();
    if (!text) continue;
    const n = readCount(text, `'${key}'`, errors);
    if (n !== null) breakdown[key] = n;
  }

  if (errors.length || !period) return { errors, warnings };
  const observation: Observation = {
    period,
    value,
    ...(numerator !== null && { numerator, denominator }),
    ...(Object.keys(breakdown).length > 0 && { breakdown }),
    provisional: provisional!,
    asOf,
    ...(note && { note }),
  };
  const { discrepancy } = observedValue(observation, unit);
  if (discrepancy) {
    warnings.push(
      `${formatPercent(discrepancy.typed)} is typed but ${numerator} of ${denominator} is ${formatPercent(discrepancy.derived)}: ${formatPercent(discrepancy.derived)} will be used`,
    );
  }
  return { observation, errors, warnings };
}

/** Table-level problems with the headings: unknown columns would otherwise be dropped without a word. */
function checkColumns(columns: readonly string[], { unit, breakdownKeys }: ImportOptions): string[] {
  const known = new Set([...FIELDS, ...breakdownKeys].map(keyOf));
  const keys = new Set(columns.map((c) => ALIASES[keyOf(c)] ?? c).map(keyOf));
  const errors: string[] = [];
  const unknown = columns.filter((c) => !known.has(keyOf(ALIASES[keyOf(c)] ?? c)));
  if (unknown.length) {
    errors.push(
      `${unknown.map((c) => `'${c}'`).join(", ")} ${unknown.length === 1 ? "is not a column" : "are not columns"} we read: use ${[...FIELDS, ...breakdownKeys].join(", ")}.`,
    );
  }
  if (!keys.has("period")) errors.push("The table needs a 'period' column.");
  const hasParts = unit === "percent" && keys.has("numerator") && keys.has("denominator");
  if (!keys.has("value") && !hasParts) errors.push("The table needs a 'value' column.");
  return errors;
}

/** Checks every row, reporting each problem with its line; nothing here saves anything. */
export function validateObservationRows(
  rows: readonly TableRow[],
  options: ImportOptions,
): ObservationImport {
  if (rows.length === 0)
    return { ok: false, errors: ["The table has no rows under its headings."], rows: [] };
  if (rows.length > MAX_ROWS) {
    return {
      ok: false,
      errors: [
        `The table has ${rows.length.toLocaleString("en-GB")} rows; one import takes at most ${MAX_ROWS.toLocaleString("en-GB")}. Split it into smaller tables.`,
      ],
      rows: [],
    };
  }
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r.input)))];
  const errors = checkColumns(columns, options);
  const headingOf = new Map(columns.map((c) => [keyOf(ALIASES[keyOf(c)] ?? c), c]));
  const firstLineOf = new Map<string, number>();

  const reports = rows.map(({ line, input }): ObservationRowReport => {
    const cell = (field: string) => input[headingOf.get(keyOf(field)) ?? ""] ?? "";
    const row = readRow(cell, options);
    if (row.observation) {
      // The same period twice is ambiguous: which figure is right is the person's call, not ours.
      const { startsOn, endsOn } = periodBounds(row.observation.period);
      const earlier = firstLineOf.get(`${startsOn}..${endsOn}`);
      if (earlier === undefined) firstLineOf.set(`${startsOn}..${endsOn}`, line);
      else row.errors.push(`${periodLabel(row.observation.period)} is already on line ${earlier}`);
    }
    const prefix = (message: string) => `Line ${line}: ${message}.`;
    return {
      line,
      input,
      ...(row.errors.length === 0 && { observation: row.observation }),
      errors: row.errors.map(prefix),
      warnings: row.warnings.map(prefix),
    };
  });
  return { ok: errors.length === 0 && reports.every((r) => r.errors.length === 0), errors, rows: reports };
}

/** `parseTable` then `validateObservationRows`: the preview for pasted text or an uploaded CSV. */
export function readObservationTable(text: string, options: ImportOptions): ObservationImport {
  const table = parseTable(text);
  if (table.columns.length === 0) return { ok: false, errors: table.errors, rows: [] };
  const result = validateObservationRows(table.rows, options);
  const errors = [...table.errors, ...result.errors];
  return { ...result, ok: result.ok && errors.length === 0, errors };
}
