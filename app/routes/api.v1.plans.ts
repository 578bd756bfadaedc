import { createPlan } from "../../src/core/plans/create-plan.server";
import { listPlans } from "../../src/core/plans/list-plans.server";
import { api, json, readJson } from "../api/http.server";
import type { RouteAccess } from "../lib/route-access";
import type { Route } from "./+types/api.v1.plans";

export const access: RouteAccess = {
  kind: "api",
  requests: [
    // Everyone may list; only members see drafts (the use-case filters, and the API test checks it).
    { method: "GET", params: (h) => ({ slug: h.slug }), allow: "everyone" },
    {
      method: "POST",
      params: (h) => ({ slug: h.slug }),
      body: (h) => ({
        title: `API plan ${h.unique()}`,
        startsOn: "2031-01-01",
        endsOn: "2033-12-31",
        ragScaleId: "red-amber-green",
      }),
      allow: ["lead:own", "editor:own"],
    },
  ],
};

/** The list is not paged: an institution has one plan per three-year cycle. */
export const loader = ({ request, params }: Route.LoaderArgs) =>
  api(request, { get: async ({ ctx }) => json({ items: await listPlans(ctx, params.slug) }) });

export const action = ({ request, params }: Route.ActionArgs) =>
  api(request, {
    async post({ ctx, services }) {
      const created = await createPlan(ctx, params.slug, await readJson(request));
      return json(created, {
        status: 201,
        etag: created.version,
        location: `${services.config.publicUrl}/api/v1/institutions/${encodeURIComponent(params.slug)}/plans/${created.id}`,
      });
    },
  });
