import { retireAction } from "../../src/core/plans/retire-action.server";
import { api, json, readJson } from "../api/http.server";
import type { RouteAccess } from "../lib/route-access";
import type { Route } from "./+types/api.v1.action-retire";

export const access: RouteAccess = {
  kind: "api",
  requests: [
    {
      method: "POST",
      params: async (h) => ({ slug: h.slug, actionId: (await h.newPlan("draft")).actionId }),
      body: () => ({ reason: "No longer needed: the work moved to the faculty plan." }),
      allow: ["lead:own", "editor:own"],
    },
  ],
};

/** Retires the action once, with a reason; a second retirement is refused as invalid. */
export const action = ({ request, params }: Route.ActionArgs) =>
  api(request, {
    async post({ ctx }) {
      const retired = await retireAction(ctx, params.slug, params.actionId, await readJson(request));
      return json(retired, { etag: retired.version });
    },
  });
