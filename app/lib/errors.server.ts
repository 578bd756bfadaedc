import { data, redirect } from "react-router";
import { ZodError } from "zod";
import { AppError, type FieldErrors, HTTP_STATUS } from "../../src/core/errors";
import { DatabaseInUseError } from "../../src/db/data-dir-lock.server";

/**
 * The one place typed errors become HTTP: problem+json for the API, form errors for pages, and
 * error pages (or a sign-in redirect) for loaders. Anything unexpected is logged and hidden.
 */
function asAppError(error: unknown): AppError | null {
  if (error instanceof AppError) return error;
  if (error instanceof ZodError) {
    const fieldErrors: FieldErrors = {};
    for (const issue of error.issues) {
      const key = issue.path.join(".") || "_form";
      fieldErrors[key] = [...(fieldErrors[key] ?? []), issue.message];
    }
    return new AppError("INVALID", "Some answers need correcting.", { fieldErrors });
  }
  return null;
}

const TITLES: Record<AppError["code"], string> = {
  UNAUTHENTICATED: "Sign in required",
  FORBIDDEN: "Forbidden",
  NOT_FOUND: "Not found",
  INVALID: "Invalid input",
  CONFLICT: "Conflict",
  STALE: "Stale write",
  RATE_LIMITED: "Too many requests",
};

export function problem(
  status: number,
  code: string,
  title: string,
  detail: string,
  extra: object = {},
): Response {
  return new Response(JSON.stringify({ type: "about:blank", title, status, detail, code, ...extra }), {
    status,
    headers: { "content-type": "application/problem+json; charset=utf-8" },
  });
}

/** For API resource routes: every failure becomes application/problem+json. */
export function problemResponse(error: unknown): Response {
  if (error instanceof Response) return error;
  const appError = asAppError(error);
  if (!appError) {
    if (!(error instanceof DatabaseInUseError)) console.error(error);
    return problem(500, "INTERNAL", "Internal error", "Something went wrong on the server.");
  }
  const extra: Record<string, unknown> = {};
  if (appError.details.fieldErrors && Object.keys(appError.details.fieldErrors).length) {
    extra.errors = appError.details.fieldErrors;
  }
  if (appError.code === "STALE") {
    extra.current = appError.details.current;
    extra.currentVersion = appError.details.currentVersion;
  }
  const status = HTTP_STATUS[appError.code];
  const response = problem(status, appError.code, TITLES[appError.code], appError.message, extra);
  if (appError.code === "UNAUTHENTICATED")
    response.headers.set("www-authenticate", 'Bearer realm="commitment-hub"');
  return response;
}

export type FormFailure = {
  ok: false;
  formError: string;
  fieldErrors: FieldErrors;
  /** What the person typed, so a failed form loses nothing. */
  values: Record<string, string>;
  code: AppError["code"];
  current?: unknown;
  currentVersion?: number;
};

/** For page actions: known errors become a re-rendered form; unknown ones propagate. */
export function formFailure(error: unknown, formData?: FormData) {
  const appError = asAppError(error);
  if (!appError) throw error;
  // UNAUTHENTICATED too is shown on the form (a session that expired mid-form keeps its input).
  const values: Record<string, string> = {};
  formData?.forEach((value, key) => {
    if (typeof value === "string" && !/password|token/i.test(key)) values[key] = value;
  });
  const body: FormFailure = {
    ok: false,
    formError: appError.message,
    fieldErrors: appError.details.fieldErrors ?? {},
    values,
    code: appError.code,
    current: appError.details.current,
    currentVersion: appError.details.currentVersion,
  };
  return data(body, { status: HTTP_STATUS[appError.code] });
}

/** For page loaders: sign-in for the anonymous, an error page with the right status otherwise. */
export function pageError(error: unknown, request: Request): never {
  if (error instanceof Response) throw error;
  const appError = asAppError(error);
  if (!appError) throw error;
  if (appError.code === "UNAUTHENTICATED") {
    const url = new URL(request.url);
    throw redirect(`/sign-in?redirectTo=${encodeURIComponent(url.pathname + url.search)}`);
  }
  throw data({ message: appError.message }, { status: HTTP_STATUS[appError.code] });
}
