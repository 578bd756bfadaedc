import { AppError } from "../../src/core/errors";
import { type RequestContext, requestContext } from "../lib/context.server";
import { problem, problemResponse } from "../lib/errors.server";

type Handler = (rc: RequestContext) => Promise<Response>;

/** Runs the handler for the request's method (keys: get, post, patch, delete) with the caller resolved and every failure turned into problem+json. */
export async function api(request: Request, handlers: Partial<Record<string, Handler>>): Promise<Response> {
  const handler = handlers[request.method.toLowerCase()];
  if (!handler) {
    const allow = Object.keys(handlers).map((m) => m.toUpperCase());
    return new Response(null, { status: 405, headers: { allow: allow.join(", ") } });
  }
  try {
    return await handler(await requestContext(request));
  } catch (error) {
    return problemResponse(error);
  }
}

export function json(
  body: unknown,
  init: { status?: number; etag?: number; location?: string } = {},
): Response {
  const headers = new Headers({
    "content-type": "application/json; charset=utf-8",
    "cache-control": "no-store",
  });
  if (init.etag !== undefined) headers.set("etag", `"${init.etag}"`);
  if (init.location) headers.set("location", init.location);
  return new Response(JSON.stringify(body), { status: init.status ?? 200, headers });
}

export async function readJson(request: Request): Promise<Record<string, unknown>> {
  const type = request.headers.get("content-type") ?? "";
  if (!type.includes("application/json")) {
    throw new AppError("INVALID", "Send a JSON body with Content-Type: application/json.");
  }
  try {
    const body = await request.json();
    if (body && typeof body === "object" && !Array.isArray(body)) return body as Record<string, unknown>;
  } catch {
    // Reported below.
  }
  throw new AppError("INVALID", "The request body is not a JSON object.");
}

/** The version a write is based on, from `If-Match: "<version>"`; required for every update. */
export function ifMatch(request: Request): number | Response {
  const header = request.headers.get("if-match");
  if (!header) {
    return problem(
      428,
      "PRECONDITION_REQUIRED",
      "If-Match required",
      'Send If-Match with the ETag you read, e.g. If-Match: "3".',
    );
  }
  const version = Number.parseInt(header.replace(/^W\//, "").replaceAll('"', ""), 10);
  if (!Number.isInteger(version) || version < 1) {
    return problem(
      400,
      "INVALID",
      "Invalid If-Match",
      'If-Match must be an ETag this API gave out, e.g. "3".',
    );
  }
  return version;
}

export function query(request: Request): Record<string, string> {
  return Object.fromEntries(new URL(request.url).searchParams);
}
