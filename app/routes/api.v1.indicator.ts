import { getIndicator } from "../../src/core/figures/get-indicator.server";
import { updateIndicator } from "../../src/core/figures/update-indicator.server";
import { api, ifMatch, json, readJson } from "../api/http.server";
import { MEMBERS_OWN, type RouteAccess } from "../lib/route-access";
import type { Route } from "./+types/api.v1.indicator";

export const access: RouteAccess = {
  kind: "api",
  requests: [
    {
      method: "GET",
      params: async (h) => ({ slug: h.slug, indicatorId: (await h.newIndicator()).indicatorId }),
      allow: MEMBERS_OWN,
    },
    {
      method: "PATCH",
      params: async (h) => ({ slug: h.slug, indicatorId: (await h.newIndicator()).indicatorId }),
      // Every new indicator starts at version 1 (recording its figure does not change it).
      headers: () => ({ "if-match": '"1"' }),
      body: (h) => ({ name: `Renamed indicator ${h.unique()}` }),
      allow: ["lead:own", "editor:own"],
    },
  ],
};

/** The indicator with its figures and what is derived from them; the ETag is the indicator's version. */
export const loader = ({ request, params }: Route.LoaderArgs) =>
  api(request, {
    async get({ ctx }) {
      const figures = await getIndicator(ctx, params.slug, params.indicatorId);
      return json(figures, { etag: figures.indicator.version });
    },
  });

export const action = ({ request, params }: Route.ActionArgs) =>
  api(request, {
    async patch({ ctx }) {
      const version = ifMatch(request);
      if (version instanceof Response) return version;
      const body = await readJson(request);
      const updated = await updateIndicator(ctx, params.slug, params.indicatorId, {
        ...body,
        expectedVersion: version,
      });
      return json(updated, { etag: updated.version });
    },
  });
