import { createAction } from "../../src/core/plans/create-action.server";
import { getPlan } from "../../src/core/plans/get-plan.server";
import { api, json, readJson } from "../api/http.server";
import { MEMBERS_OWN, type RouteAccess } from "../lib/route-access";
import type { Route } from "./+types/api.v1.plan-actions";

export const access: RouteAccess = {
  kind: "api",
  requests: [
    {
      method: "GET",
      params: async (h) => ({ slug: h.slug, planId: (await h.newPlan("draft")).planId }),
      allow: MEMBERS_OWN,
    },
    {
      method: "GET",
      params: async (h) => ({ slug: h.slug, planId: (await h.newPlan("published")).planId }),
      allow: "everyone",
    },
    {
      method: "POST",
      params: async (h) => ({ slug: h.slug, planId: (await h.newPlan("draft")).planId }),
      body: (h) => ({
        title: `API action ${h.unique()}`,
        pillars: ["recognition"],
        primaryPillar: "recognition",
        timescaleText: "July 2031",
      }),
      allow: ["lead:own", "editor:own"],
    },
  ],
};

/**
 * The whole list, not paged: display numbers and counts are derived from the whole plan, which
 * holds tens of actions (the seeds' largest has 30), and the use-case reads them all anyway.
 */
export const loader = ({ request, params }: Route.LoaderArgs) =>
  api(request, {
    get: async ({ ctx }) => json({ items: (await getPlan(ctx, params.slug, params.planId)).actions }),
  });

export const action = ({ request, params }: Route.ActionArgs) =>
  api(request, {
    async post({ ctx, services }) {
      const created = await createAction(ctx, params.slug, params.planId, await readJson(request));
      return json(created, {
        status: 201,
        etag: created.version,
        location: `${services.config.publicUrl}/api/v1/institutions/${encodeURIComponent(params.slug)}/actions/${created.id}`,
      });
    },
  });
