import { getServices } from "../../src/server/services.server";
import { openApiDocument } from "../api/spec";
import type { RouteAccess } from "../lib/route-access";
import type { Route } from "./+types/api.v1.openapi";

export const access: RouteAccess = { kind: "api", requests: [{ method: "GET", allow: "everyone" }] };

export async function loader(_: Route.LoaderArgs) {
  const { config } = await getServices();
  return Response.json(openApiDocument(config.publicUrl));
}
