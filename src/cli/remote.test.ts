import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { captureIo } from "./capture-io";
import { run } from "./run";

type Seen = { method: string; path: string; auth: string | undefined; body: unknown };
const seen: Seen[] = [];
let server: Server;
let base: string;

const TOKEN = "chub_good";
const institution = (slug: string) => ({
  id: `id-${slug}`,
  name: `Institute ${slug}`,
  slug,
  type: "signatory",
});

function send(res: ServerResponse, status: number, body: unknown, type = "application/json") {
  res.writeHead(status, { "content-type": type });
  res.end(typeof body === "string" ? body : JSON.stringify(body));
}

function problem(res: ServerResponse, status: number, code: string, detail: string, errors?: object) {
  send(
    res,
    status,
    { type: "about:blank", title: code, status, detail, code, errors },
    "application/problem+json",
  );
}

/** A stand-in for the JSON API, mounted under /hub/ to check that --url keeps its path. */
async function handle(req: IncomingMessage, res: ServerResponse) {
  const url = new URL(req.url!, "http://x");
  let raw = "";
  for await (const chunk of req) raw += chunk;
  seen.push({
    method: req.method!,
    path: url.pathname + url.search,
    auth: req.headers.authorization,
    body: raw ? JSON.parse(raw) : undefined,
  });
  const route = `${req.method} ${url.pathname}`;
  if (route === "GET /hub/api/v1/institutions") {
    // Three pages, so the CLI must follow nextCursor twice.
    const pages: Record<string, [string[], string | null]> = {
      "": [["alpha", "bravo"], "c1"],
      c1: [["charlie"], "c2"],
      c2: [["delta"], null],
    };
    const [slugs, nextCursor] = pages[url.searchParams.get("cursor") ?? ""] ?? [[], null];
    return send(res, 200, { items: slugs.map(institution), nextCursor });
  }
  if (req.headers.authorization !== `Bearer ${TOKEN}`) {
    if (!req.headers.authorization)
      return problem(res, 401, "UNAUTHENTICATED", "Please sign in to continue.");
    return problem(res, 403, "FORBIDDEN", "You do not have permission to do that.");
  }
  if (route === "POST /hub/api/v1/institutions") {
    const body = JSON.parse(raw);
    if (body.slug === "taken")
      return problem(res, 409, "CONFLICT", "That slug is already used.", { slug: ["That slug is taken."] });
    if (body.slug !== body.slug.toLowerCase())
      return problem(res, 422, "INVALID", "Some answers need correcting.", {
        slug: ["Use lower-case letters."],
      });
    return send(res, 201, { ...institution(body.slug), ...body, version: 1 });
  }
  if (route === "GET /hub/api/v1/institutions/lstm/members")
    return send(res, 200, {
      items: [
        {
          id: "m1",
          userId: "u1",
          name: "Jordan Pike",
          email: "lead@lstm.demo",
          role: "lead",
          joinedAt: "2026-01-02T03:04:05.000Z",
          version: 1,
        },
      ],
    });
  if (route === "GET /hub/api/v1/institutions/lstm/invitations") return send(res, 200, { items: [] });
  if (route === "POST /hub/api/v1/institutions/lstm/invitations")
    return send(res, 201, {
      id: "i1",
      ...JSON.parse(raw),
      expiresAt: "2026-12-01T00:00:00.000Z",
      link: "http://hub/invitations/i1",
      delivery: "sent",
    });
  if (route === "GET /hub/api/v1/institutions/slow-down/members")
    return problem(res, 429, "RATE_LIMITED", "Too many requests.");
  if (route === "GET /hub/api/v1/institutions/broken/members")
    return send(res, 502, "<html>Bad gateway</html>", "text/html");
  if (route === "GET /hub/api/v1/institutions/odd/members") return send(res, 200, "not json", "text/plain");
  return problem(res, 404, "NOT_FOUND", "The institution was not found.");
}

beforeAll(async () => {
  server = createServer((req, res) => {
    handle(req, res).catch((error) => send(res, 500, String(error), "text/plain"));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hub`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function hub(argv: string[], env: Record<string, string> = { HUB_TOKEN: TOKEN }) {
  seen.length = 0;
  const io = captureIo({ env: { HUB_URL: base, ...env } });
  // Remote mode must never open a database: with no services given, opening one would fail loudly.
  io.openLocal = () => Promise.reject(new Error("remote mode opened the database"));
  const code = await run(argv, io);
  return { code, out: io.out(), err: io.err() };
}

describe("remote mode", () => {
  it("follows nextCursor until every page is fetched, sending the token", async () => {
    const r = await hub(["institutions", "list", "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).map((i: { slug: string }) => i.slug)).toEqual([
      "alpha",
      "bravo",
      "charlie",
      "delta",
    ]);
    expect(seen.map((s) => s.path)).toEqual([
      "/hub/api/v1/institutions?limit=100",
      "/hub/api/v1/institutions?limit=100&cursor=c1",
      "/hub/api/v1/institutions?limit=100&cursor=c2",
    ]);
    expect(seen.every((s) => s.auth === `Bearer ${TOKEN}`)).toBe(true);
  });

  it("takes --url and --token from the command line too, and --token over HUB_TOKEN", async () => {
    const r = await hub(["members", "list", "lstm", "--url", `${base}/`, "--token", TOKEN], {
      HUB_TOKEN: "chub_other",
      HUB_URL: "",
    });
    expect(r.code).toBe(0);
    expect(r.out).toMatch(
      /^NAME +EMAIL +ROLE +JOINED\nJordan Pike +lead@lstm.demo +lead +2026-01-02 03:04 UTC\n$/,
    );
    expect(seen[0]!.auth).toBe(`Bearer ${TOKEN}`);
  });

  it("maps a problem+json 403 to exit 4 and prints its detail on standard error", async () => {
    const r = await hub(["members", "list", "lstm"], { HUB_TOKEN: "chub_someone_else" });
    expect(r.code).toBe(4);
    expect(r.out).toBe("");
    expect(r.err).toBe("Error: You do not have permission to do that.\n");
  });

  it("maps 401 to exit 4 and says where a token comes from when none was given", async () => {
    const r = await hub(["invitations", "list", "lstm", "--json"], {});
    expect(r.code).toBe(4);
    expect(seen[0]!.auth).toBeUndefined();
    const { error } = JSON.parse(r.err);
    expect(error).toMatchObject({ code: "UNAUTHENTICATED", exitCode: 4 });
    expect(error.message).toContain("HUB_TOKEN");
  });

  it("posts a new institution with only the fields given", async () => {
    const r = await hub([
      "institutions",
      "create",
      "--name",
      "New Place",
      "--slug",
      "new-place",
      "--type",
      "supporter",
      "--lead-name",
      "Dr Lee",
      "--json",
    ]);
    expect(r.code).toBe(0);
    expect(seen[0]).toMatchObject({
      method: "POST",
      path: "/hub/api/v1/institutions",
      body: { name: "New Place", slug: "new-place", type: "supporter", leadName: "Dr Lee" },
    });
    expect(Object.keys(seen[0]!.body as object)).toEqual(["name", "slug", "type", "leadName"]);
    expect(JSON.parse(r.out)).toMatchObject({ slug: "new-place", version: 1 });
  });

  it.each([
    ["Upper", 5, "slug: Use lower-case letters."],
    ["taken", 6, "slug: That slug is taken."],
  ])(
    "maps the server's answer for slug %s to exit %i with the field messages",
    async (slug, code, message) => {
      const r = await hub([
        "institutions",
        "create",
        "--name",
        "Some Place",
        "--slug",
        slug,
        "--type",
        "signatory",
      ]);
      expect(r.code).toBe(code);
      expect(r.err).toContain(message);
    },
  );

  it("creates an invitation", async () => {
    const r = await hub(["invitations", "create", "lstm", "--email", "new@example.org", "--role", "viewer"]);
    expect(r.code).toBe(0);
    expect(seen[0]!.body).toEqual({ email: "new@example.org", role: "viewer" });
    expect(r.out).toContain("Link (valid until 2026-12-01 00:00 UTC): http://hub/invitations/i1");
    expect(r.out).toContain("The invitation was mailed.");
  });

  it.each([
    ["nowhere", 3, "The institution was not found."],
    ["slow-down", 8, "Too many requests."],
    ["broken", 8, "answered 502"],
    ["odd", 8, "did not answer with JSON"],
  ])("maps members list %s to exit %i", async (slug, code, message) => {
    const r = await hub(["members", "list", slug]);
    expect(r.code).toBe(code);
    expect(r.err).toContain(message);
  });

  it("exits 8 when nothing listens at --url", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const r = await hub(["institutions", "list"], { HUB_URL: `http://127.0.0.1:${port}` });
    expect(r.code).toBe(8);
    expect(r.err).toContain(`Could not reach the server at http://127.0.0.1:${port}: ECONNREFUSED`);
  });

  it("exits 2 for a --url that is not a web address", async () => {
    const r = await hub(["institutions", "list", "--url", "ftp://example.org"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("--url must start with http:// or https://");
  });
});
