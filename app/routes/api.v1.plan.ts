import { getPlan } from "../../src/core/plans/get-plan.server";
import { updatePlan } from "../../src/core/plans/update-plan.server";
import { api, ifMatch, json, readJson } from "../api/http.server";
import { MEMBERS_OWN, type RouteAccess } from "../lib/route-access";
import type { Route } from "./+types/api.v1.plan";

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
      method: "PATCH",
      params: async (h) => ({ slug: h.slug, planId: (await h.newPlan("draft")).planId }),
      // Every new plan starts at version 1 (newPlan("draft") changes nothing after creating it).
      headers: () => ({ "if-match": '"1"' }),
      body: (h) => ({ title: `Renamed plan ${h.unique()}` }),
      allow: ["lead:own", "editor:own"],
    },
  ],
};

export const loader = ({ request, params }: Route.LoaderArgs) =>
  api(request, {
    async get({ ctx }) {
      const overview = await getPlan(ctx, params.slug, params.planId);
      return json(overview, { etag: overview.plan.version });
    },
  });

export const action = ({ request, params }: Route.ActionArgs) =>
  api(request, {
    async patch({ ctx }) {
      const version = ifMatch(request);
      if (version instanceof Response) return version;
      const body = await readJson(request);
      const updated = await updatePlan(ctx, params.slug, params.planId, {
        ...body,
        expectedVersion: version,
      });
      return json(updated, { etag: updated.version });
    },
  });
