import { listOverdue } from "../../src/core/windows/list-overdue.server";
import { api, json } from "../api/http.server";
import type { RouteAccess } from "../lib/route-access";
import type { Route } from "./+types/api.v1.central-overdue";

export const access: RouteAccess = {
  kind: "api",
  requests: [{ method: "GET", allow: ["central"] }],
};

/** Every signatory's next window: overdue first (longest first), then upcoming (soonest first). */
export const loader = ({ request }: Route.LoaderArgs) =>
  api(request, { get: async ({ ctx }) => json(await listOverdue(ctx)) });
