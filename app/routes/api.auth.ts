import { getServices } from "../../src/server/services.server";
import type { RouteAccess } from "../lib/route-access";
import type { Route } from "./+types/api.auth";

export const access: RouteAccess = {
  kind: "api",
  requests: [{ method: "GET", params: () => ({ "*": "get-session" }), allow: "everyone" }],
};

/**
 * better-auth's endpoints, less the organization plugin's: membership changes go through our
 * use-cases so that src/core/policy.ts is the only gate (docs/decisions/0003-auth.md).
 */
async function handle(request: Request) {
  const { pathname } = new URL(request.url);
  if (pathname.startsWith("/api/auth/organization")) return new Response("Not found", { status: 404 });
  const { auth } = await getServices();
  return auth.handler(request);
}

export const loader = ({ request }: Route.LoaderArgs) => handle(request);
export const action = ({ request }: Route.ActionArgs) => handle(request);
