import { listMembers } from "../../src/core/people/list-members.server";
import { api, json } from "../api/http.server";
import { MEMBERS_OWN, type RouteAccess } from "../lib/route-access";
import type { Route } from "./+types/api.v1.members";

export const access: RouteAccess = {
  kind: "api",
  requests: [{ method: "GET", params: (h) => ({ slug: h.slug }), allow: MEMBERS_OWN }],
};

export const loader = ({ request, params }: Route.LoaderArgs) =>
  api(request, { get: async ({ ctx }) => json({ items: await listMembers(ctx, params.slug) }) });
