import { listTemplates } from "../../src/core/templates/list-templates.server";
import { api, json } from "../api/http.server";
import type { RouteAccess } from "../lib/route-access";
import type { Route } from "./+types/api.v1.templates";

export const access: RouteAccess = { kind: "api", requests: [{ method: "GET", allow: "signed-in" }] };

/** The submission templates with their versions (drafts only for the central team); not paged. */
export const loader = ({ request }: Route.LoaderArgs) =>
  api(request, { get: async ({ ctx }) => json({ items: await listTemplates(ctx) }) });
