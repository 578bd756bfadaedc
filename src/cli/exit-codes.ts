/**
 * The CLI's exit codes: a contract with the scripts that call `hub`, so a code never changes
 * meaning. `hub --help` prints this table.
 */
export const EXIT = {
  OK: 0,
  UNEXPECTED: 1,
  /** Like a linter's: `hub check` found something that blocks the submission. */
  CHECK_FAILED: 1,
  USAGE: 2,
  NOT_FOUND: 3,
  FORBIDDEN: 4,
  INVALID: 5,
  CONFLICT: 6,
  DATABASE_IN_USE: 7,
  SERVER: 8,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

const MEANINGS: Record<ExitCode, string> = {
  0: "ok",
  1: "unexpected error; for `hub check`, something blocks the submission",
  2: "usage error (unknown command or option, missing argument, bad settings)",
  3: "not found",
  4: "not signed in or not allowed (UNAUTHENTICATED, FORBIDDEN)",
  5: "invalid input (INVALID; the message per field is printed)",
  6: "conflict or stale (CONFLICT, STALE); `hub demo` refused because real accounts exist",
  7: "database in use by a running server: use --url and a token instead",
  8: "server unreachable, bad response or rate limited (--url mode)",
};

export function exitCodesHelp(): string {
  const lines = Object.entries(MEANINGS).map(([code, meaning]) => `  ${code}  ${meaning}`);
  return `Exit codes:\n${lines.join("\n")}`;
}
