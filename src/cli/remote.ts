import { z } from "zod";
import { AppError, type AppErrorCode, HTTP_STATUS } from "../core/errors";
import { ServerError, UsageError } from "./errors";

const APP_ERROR_CODES = Object.keys(HTTP_STATUS) as AppErrorCode[];
const PAGE_SIZE = 100;
const TIMEOUT_MS = 30_000;

const ZProblem = z.object({
  title: z.string().optional(),
  detail: z.string().optional(),
  code: z.string().optional(),
  errors: z.record(z.string(), z.array(z.string())).optional(),
  currentVersion: z.number().optional(),
});

export type Item = Record<string, unknown>;
const ZItem = z.record(z.string(), z.unknown());
const ZItems = z.object({ items: z.array(z.record(z.string(), z.unknown())) });
const ZPage = ZItems.extend({ nextCursor: z.string().nullish() });

/** The JSON API of a running server, acting as the owner of the token. */
export class RemoteClient {
  private readonly base: URL;

  constructor(
    baseUrl: string,
    private readonly token: string | undefined,
  ) {
    let url: URL;
    try {
      url = new URL(baseUrl);
    } catch {
      throw new UsageError(
        `--url must be a web address such as https://hub.example.ac.uk (got "${baseUrl}").`,
      );
    }
    if (url.protocol !== "http:" && url.protocol !== "https:")
      throw new UsageError(`--url must start with http:// or https:// (got "${baseUrl}").`);
    // A trailing slash makes relative paths resolve under a server mounted below the root.
    if (!url.pathname.endsWith("/")) url.pathname += "/";
    url.search = "";
    url.hash = "";
    this.base = url;
  }

  /** A list endpoint's `items`, with every page fetched by following `nextCursor`. */
  async listAll(path: string): Promise<Item[]> {
    const items: Item[] = [];
    const seen = new Set<string>();
    let cursor: string | null | undefined;
    do {
      const query: Record<string, string> = { limit: String(PAGE_SIZE) };
      if (cursor) query.cursor = cursor;
      const page = this.shape(ZPage, await this.request("GET", path, { query }));
      items.push(...page.items);
      cursor = page.nextCursor;
      if (cursor && seen.has(cursor))
        throw new ServerError("The server returned the same page cursor twice.");
      if (cursor) seen.add(cursor);
    } while (cursor);
    return items;
  }

  /** A list endpoint that is not paged. */
  async list(path: string): Promise<Item[]> {
    return this.shape(ZItems, await this.request("GET", path)).items;
  }

  /** One resource. */
  async get(path: string): Promise<Item> {
    return this.shape(ZItem, await this.request("GET", path));
  }

  async post(path: string, body: unknown): Promise<Item> {
    return this.shape(ZItem, await this.request("POST", path, { body }));
  }

  /** A replacement based on the version read before (If-Match: the ETag this API gave out). */
  async put(path: string, body: unknown, ifMatch: number): Promise<Item> {
    return this.shape(
      ZItem,
      await this.request("PUT", path, { body, headers: { "if-match": `"${ifMatch}"` } }),
    );
  }

  /** A file the server sends as an attachment, with the name it gives in Content-Disposition. */
  async download(
    path: string,
    query: Record<string, string> = {},
  ): Promise<{ fileName: string | null; bytes: Uint8Array }> {
    const response = await this.send("GET", path, { query });
    if (!response.ok) throw this.failure(response, await response.text());
    const disposition = response.headers.get("content-disposition") ?? "";
    const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
    const plain = /filename="([^"]*)"/i.exec(disposition)?.[1];
    return {
      fileName: encoded ? decodeURIComponent(encoded) : (plain ?? null),
      bytes: new Uint8Array(await response.arrayBuffer()),
    };
  }

  private shape<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
    return expectShape(schema, value);
  }

  private async request(
    method: "GET" | "POST" | "PUT",
    path: string,
    options: { query?: Record<string, string>; body?: unknown; headers?: Record<string, string> } = {},
  ): Promise<unknown> {
    const response = await this.send(method, path, options);
    const text = await response.text();
    if (!response.ok) throw this.failure(response, text);
    try {
      return JSON.parse(text);
    } catch {
      throw new ServerError(
        `The server at ${this.base.origin} did not answer with JSON (is --url the Commitment Hub address?).`,
      );
    }
  }

  private async send(
    method: "GET" | "POST" | "PUT",
    path: string,
    options: { query?: Record<string, string>; body?: unknown; headers?: Record<string, string> },
  ): Promise<Response> {
    const url = new URL(path.replace(/^\//, ""), this.base);
    for (const [key, value] of Object.entries(options.query ?? {})) url.searchParams.set(key, value);
    const headers: Record<string, string> = { accept: "application/json", ...options.headers };
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    if (options.body !== undefined) headers["content-type"] = "application/json";
    try {
      return await fetch(url, {
        method,
        headers,
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch (error) {
      throw new ServerError(`Could not reach the server at ${this.base.origin}: ${reason(error)}.`);
    }
  }

  /** A problem+json answer with a use-case code becomes the same AppError local mode would throw. */
  private failure(response: Response, text: string): Error {
    let problem: z.output<typeof ZProblem> | undefined;
    if (/json/.test(response.headers.get("content-type") ?? "")) {
      try {
        problem = ZProblem.parse(JSON.parse(text));
      } catch {
        problem = undefined;
      }
    }
    const code = problem?.code as AppErrorCode | undefined;
    if (problem && code && APP_ERROR_CODES.includes(code)) {
      let message = problem.detail ?? problem.title ?? code;
      if (code === "UNAUTHENTICATED" && !this.token)
        message += " Set HUB_TOKEN to a personal API token from your account page.";
      return new AppError(code, message, {
        fieldErrors: problem.errors,
        currentVersion: problem.currentVersion,
      });
    }
    const detail = problem?.detail ? `: ${problem.detail}` : "";
    return new ServerError(
      `The server at ${this.base.origin} answered ${response.status} ${response.statusText}${detail}`.trimEnd(),
    );
  }
}

function reason(error: unknown): string {
  if (error instanceof Error && error.name === "TimeoutError")
    return `no answer within ${TIMEOUT_MS / 1000} s`;
  const cause =
    error instanceof Error ? (error.cause as { code?: string; message?: string } | undefined) : undefined;
  return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
}

/** The parts of an answer a command reads, checked, so a foreign server fails clearly rather than oddly. */
export function expectShape<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new ServerError("The server's answer was not in the shape the CLI expects.");
  return parsed.data;
}

export function slugPath(slug: string, rest: string): string {
  return `api/v1/institutions/${encodeURIComponent(slug)}/${rest}`;
}
