import { CommanderError } from "commander";
import { ConfigError } from "../config.server";
import { AppError, type AppErrorCode, type FieldErrors } from "../core/errors";
import { DatabaseInUseError } from "../db/data-dir-lock.server";
import { CancelledError, CheckFailedError, ServerError, UsageError } from "./errors";
import { EXIT, type ExitCode } from "./exit-codes";
import type { TextSink } from "./io";

const APP_ERROR_EXIT: Record<AppErrorCode, ExitCode> = {
  UNAUTHENTICATED: EXIT.FORBIDDEN,
  FORBIDDEN: EXIT.FORBIDDEN,
  NOT_FOUND: EXIT.NOT_FOUND,
  INVALID: EXIT.INVALID,
  CONFLICT: EXIT.CONFLICT,
  STALE: EXIT.CONFLICT,
  // Only the server limits rates; like an unreachable server, it means "try again later".
  RATE_LIMITED: EXIT.SERVER,
};

export function exitCodeFor(error: unknown): ExitCode {
  if (error instanceof AppError) return APP_ERROR_EXIT[error.code] ?? EXIT.UNEXPECTED;
  if (error instanceof DatabaseInUseError) return EXIT.DATABASE_IN_USE;
  if (error instanceof UsageError || error instanceof ConfigError) return EXIT.USAGE;
  if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.OK : EXIT.USAGE;
  if (error instanceof ServerError) return EXIT.SERVER;
  if (error instanceof CheckFailedError) return EXIT.CHECK_FAILED;
  return EXIT.UNEXPECTED;
}

export type ErrorReport = {
  code: string;
  message: string;
  exitCode: ExitCode;
  fieldErrors?: FieldErrors;
  currentVersion?: number;
};

export function errorReport(error: unknown): ErrorReport {
  const exitCode = exitCodeFor(error);
  if (error instanceof AppError) {
    const report: ErrorReport = { code: error.code, message: error.message, exitCode };
    const fieldErrors = error.details.fieldErrors;
    if (fieldErrors && Object.keys(fieldErrors).length) report.fieldErrors = fieldErrors;
    if (error.details.currentVersion !== undefined) report.currentVersion = error.details.currentVersion;
    return report;
  }
  const known =
    error instanceof DatabaseInUseError ||
    error instanceof UsageError ||
    error instanceof ConfigError ||
    error instanceof ServerError ||
    error instanceof CancelledError;
  if (known) return { code: codeName(error), message: error.message, exitCode };
  const message = error instanceof Error ? error.message : String(error);
  return { code: "UNEXPECTED", message: `Unexpected error: ${message}`, exitCode };
}

function codeName(error: Error): string {
  if (error instanceof DatabaseInUseError) return "DATABASE_IN_USE";
  if (error instanceof ServerError) return "SERVER";
  if (error instanceof CancelledError) return "CANCELLED";
  return "USAGE";
}

export function formatError(error: unknown, json: boolean): string {
  const report = errorReport(error);
  if (json) return `${JSON.stringify({ error: report })}\n`;
  const lines = [`Error: ${report.message}`];
  for (const [field, messages] of Object.entries(report.fieldErrors ?? {})) {
    for (const message of messages) lines.push(`  ${field}: ${message}`);
  }
  if (report.currentVersion !== undefined) lines.push(`  current version: ${report.currentVersion}`);
  // Unexpected errors are bugs or outages; the stack is what a bug report needs.
  if (report.code === "UNEXPECTED" && error instanceof Error && error.stack) lines.push(error.stack);
  return `${lines.join("\n")}\n`;
}

/** Results go to standard output (JSON with --json), so they can be piped; notes and errors do not. */
export class Output {
  constructor(
    readonly json: boolean,
    private readonly stdout: TextSink,
    private readonly stderr: TextSink,
  ) {}

  result(value: unknown, human: () => string): void {
    this.stdout.write(this.json ? `${JSON.stringify(value, null, 2)}\n` : `${human()}\n`);
  }

  error(error: unknown): void {
    this.stderr.write(formatError(error, this.json));
  }
}

/** A plain-text table with padded columns; `empty` is printed instead when there are no rows. */
export function table(headers: string[], rows: unknown[][], empty: string): string {
  if (rows.length === 0) return empty;
  const text = [headers, ...rows.map((row) => row.map((cell) => (cell == null ? "" : String(cell))))];
  const widths = headers.map((_, i) => Math.max(...text.map((row) => (row[i] ?? "").length)));
  return text
    .map((row) =>
      row
        .map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

/** Local results carry Dates, remote ones ISO strings: both print alike. */
export function formatTimestamp(value: unknown): string {
  if (value == null) return "";
  const date = value instanceof Date ? value : new Date(String(value));
  if (Number.isNaN(date.getTime())) return String(value);
  return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}
