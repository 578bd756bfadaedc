import { listTalentRecommendations } from "../../src/core/talent/list-talent-recommendations.server";
import { api, json } from "../api/http.server";
import type { RouteAccess } from "../lib/route-access";
import type { Route } from "./+types/api.v1.talent-recommendations";

export const access: RouteAccess = { kind: "api", requests: [{ method: "GET", allow: "everyone" }] };

/** The TALENT Commission's 16 recommendations in number order: public reference data, not paged. */
export const loader = ({ request }: Route.LoaderArgs) =>
  api(request, { get: async ({ ctx }) => json({ items: await listTalentRecommendations(ctx) }) });
