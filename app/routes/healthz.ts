import { sql } from "drizzle-orm";
import { appVersion } from "../../src/db/project-root.server";
import { getServices } from "../../src/server/services.server";
import type { RouteAccess } from "../lib/route-access";
import type { Route } from "./+types/healthz";

export const access: RouteAccess = { kind: "api", requests: [{ method: "GET", allow: "everyone" }] };

/** Answers only after migrations (getServices() runs them) and a round trip to the database. */
export async function loader(_: Route.LoaderArgs) {
  const services = await getServices();
  await services.db.execute(sql`select 1`);
  return Response.json(
    { status: "ok", database: services.handle.kind, version: appVersion() },
    { headers: { "cache-control": "no-store" } },
  );
}
