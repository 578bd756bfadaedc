import { locateAction } from "../../src/core/plans/locate-action.server";
import { api, json } from "../api/http.server";
import { MEMBERS_OWN, type RouteAccess } from "../lib/route-access";
import type { Route } from "./+types/api.v1.action-locate";

export const access: RouteAccess = {
  kind: "api",
  requests: [
    {
      method: "GET",
      params: async (h) => ({ actionId: (await h.newPlan("draft")).actionId }),
      allow: MEMBERS_OWN,
    },
    {
      method: "GET",
      params: async (h) => ({ actionId: (await h.newPlan("published")).actionId }),
      allow: "everyone",
    },
  ],
};

/** Where an action lives, from its id alone; an action the caller may not read is not found. */
export const loader = ({ request, params }: Route.LoaderArgs) =>
  api(request, {
    async get({ ctx, services }) {
      const found = await locateAction(ctx, { actionId: params.actionId });
      return json({
        ...found,
        href: `${services.config.publicUrl}/api/v1/institutions/${encodeURIComponent(found.institution)}/actions/${found.actionId}`,
      });
    },
  });
