import { deleteObservation } from "../../src/core/figures/delete-observation.server";
import { updateObservation } from "../../src/core/figures/update-observation.server";
import { api, ifMatch, json, readJson } from "../api/http.server";
import type { FixtureHelpers, RouteAccess } from "../lib/route-access";
import type { Route } from "./+types/api.v1.indicator-observation";

const EDITORS = ["lead:own", "editor:own"] as const;
const params = async (h: FixtureHelpers) => {
  const { indicatorId, observationId } = await h.newIndicator();
  return { slug: h.slug, indicatorId, observationId };
};

export const access: RouteAccess = {
  kind: "api",
  requests: [
    {
      method: "PATCH",
      params,
      // The new indicator's figure is at version 1.
      headers: () => ({ "if-match": '"1"' }),
      body: () => ({ value: 11, note: "Recounted." }),
      allow: EDITORS,
    },
    { method: "DELETE", params, headers: () => ({ "if-match": '"1"' }), allow: EDITORS },
  ],
};

/**
 * One figure of an indicator. Both methods need If-Match with the figure's version: a stale one
 * gets 412 with the current figure; a PATCH moving it onto a period that has a figure gets 409.
 */
export const action = ({ request, params }: Route.ActionArgs) =>
  api(request, {
    async patch({ ctx }) {
      const version = ifMatch(request);
      if (version instanceof Response) return version;
      const body = await readJson(request);
      const updated = await updateObservation(ctx, params.slug, params.indicatorId, params.observationId, {
        ...body,
        expectedVersion: version,
      });
      return json(updated, { etag: updated.version });
    },
    async delete({ ctx }) {
      const version = ifMatch(request);
      if (version instanceof Response) return version;
      await deleteObservation(ctx, params.slug, params.indicatorId, params.observationId, {
        expectedVersion: version,
      });
      return new Response(null, { status: 204 });
    },
  });
