import routes from "../routes";

/**
 * For tests: answers a request with the resource route that React Router would pick, calling its
 * loader or action in process, with the params taken from the path. The API tests call it
 * directly, and the CLI's tests put it behind an HTTP server to run `hub --url` for real.
 */
type Mod = {
  loader?: (args: unknown) => Promise<Response>;
  action?: (args: unknown) => Promise<Response>;
};

const pattern = (path: string) => new RegExp(`^/${path.replace(/:\w+/g, "([^/]+)")}$`);

export async function dispatch(request: Request): Promise<Response> {
  const pathname = new URL(request.url).pathname;
  const route = routes.find((r) => r.path && pattern(r.path).test(pathname));
  if (!route?.path) return new Response("No route", { status: 404 });
  const names = [...route.path.matchAll(/:(\w+)/g)].map((m) => m[1]!);
  const values = pathname.match(pattern(route.path))!.slice(1).map(decodeURIComponent);
  const params = Object.fromEntries(names.map((n, i) => [n, values[i]]));
  const mod = (await import(/* @vite-ignore */ `../${route.file}`)) as Mod;
  const fn = request.method === "GET" ? mod.loader : mod.action;
  if (!fn) return new Response(null, { status: 405 });
  return fn({ request, params, context: {} });
}

export type CallOptions = { token?: string; body?: unknown; headers?: Record<string, string> };

/** A JSON request to `path` (with its query) at `baseUrl`, answered by `dispatch`. */
export function callRoute(baseUrl: string, method: string, path: string, opts: CallOptions = {}) {
  const headers = new Headers(opts.headers);
  if (opts.token) headers.set("authorization", `Bearer ${opts.token}`);
  if (opts.body !== undefined && !headers.has("content-type"))
    headers.set("content-type", "application/json");
  const body =
    opts.body === undefined
      ? undefined
      : typeof opts.body === "string"
        ? opts.body
        : JSON.stringify(opts.body);
  return dispatch(new Request(`${baseUrl}${path}`, { method, headers, body }));
}
