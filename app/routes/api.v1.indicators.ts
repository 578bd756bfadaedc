import { createIndicator } from "../../src/core/figures/create-indicator.server";
import { listIndicators } from "../../src/core/figures/list-indicators.server";
import { api, json, readJson } from "../api/http.server";
import { MEMBERS_OWN, type RouteAccess } from "../lib/route-access";
import type { Route } from "./+types/api.v1.indicators";

export const access: RouteAccess = {
  kind: "api",
  requests: [
    // Figures are private to the institution's members (403 to other signed-in callers, 401 to the anonymous).
    { method: "GET", params: (h) => ({ slug: h.slug }), allow: MEMBERS_OWN },
    {
      method: "POST",
      params: (h) => ({ slug: h.slug }),
      body: (h) => ({ name: `API indicator ${h.unique()}`, unit: "count" }),
      allow: ["lead:own", "editor:own"],
    },
  ],
};

/** Not paged: an institution counts tens of things, each with a figure a year. */
export const loader = ({ request, params }: Route.LoaderArgs) =>
  api(request, { get: async ({ ctx }) => json({ items: await listIndicators(ctx, params.slug) }) });

export const action = ({ request, params }: Route.ActionArgs) =>
  api(request, {
    async post({ ctx, services }) {
      const created = await createIndicator(ctx, params.slug, await readJson(request));
      return json(created, {
        status: 201,
        etag: created.version,
        location: `${services.config.publicUrl}/api/v1/institutions/${encodeURIComponent(params.slug)}/indicators/${created.id}`,
      });
    },
  });
