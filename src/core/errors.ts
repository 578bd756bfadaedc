/**
 * Typed errors thrown by use-cases. `app/lib/errors.server.ts` is the one place that maps them to
 * HTTP statuses, problem+json bodies and form errors; the CLI maps them to exit codes.
 */
export type AppErrorCode =
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "INVALID"
  | "CONFLICT"
  | "STALE"
  | "RATE_LIMITED";

export type FieldErrors = Record<string, string[]>;

export class AppError extends Error {
  override name = "AppError";
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly details: {
      fieldErrors?: FieldErrors;
      /** For STALE: the version the caller sent and the current row, so both can be shown. */
      current?: unknown;
      currentVersion?: number;
    } = {},
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new AppError("NOT_FOUND", `${what} was not found.`);
export const forbidden = (message = "You do not have permission to do that.") =>
  new AppError("FORBIDDEN", message);
export const invalid = (message: string, fieldErrors: FieldErrors = {}) =>
  new AppError("INVALID", message, { fieldErrors });
export const conflict = (message: string, fieldErrors: FieldErrors = {}) =>
  new AppError("CONFLICT", message, { fieldErrors });

export const HTTP_STATUS: Record<AppErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  INVALID: 422,
  CONFLICT: 409,
  STALE: 412,
  RATE_LIMITED: 429,
};
