import { carryForwardAction } from "../../src/core/plans/carry-forward-action.server";
import { api, json, readJson } from "../api/http.server";
import type { RouteAccess } from "../lib/route-access";
import type { Route } from "./+types/api.v1.action-carry-forward";

export const access: RouteAccess = {
  kind: "api",
  requests: [
    {
      method: "POST",
      params: async (h) => ({ slug: h.slug, actionId: (await h.newPlan("draft")).actionId }),
      // Another new draft of the same period: a plan starting no earlier may take the action.
      body: async (h) => ({ toPlanId: (await h.newPlan("draft")).planId }),
      allow: ["lead:own", "editor:own"],
    },
  ],
};

/** Copies the action into a later, unpublished plan; the answer is the new action, linked back. */
export const action = ({ request, params }: Route.ActionArgs) =>
  api(request, {
    async post({ ctx, services }) {
      const created = await carryForwardAction(ctx, params.slug, params.actionId, await readJson(request));
      return json(created, {
        status: 201,
        etag: created.version,
        location: `${services.config.publicUrl}/api/v1/institutions/${encodeURIComponent(params.slug)}/actions/${created.id}`,
      });
    },
  });
