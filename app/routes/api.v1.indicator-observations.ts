import { recordObservation } from "../../src/core/figures/record-observation.server";
import { api, json, readJson } from "../api/http.server";
import type { RouteAccess } from "../lib/route-access";
import type { Route } from "./+types/api.v1.indicator-observations";

export const access: RouteAccess = {
  kind: "api",
  requests: [
    {
      method: "POST",
      // The new indicator already has a figure for 2023, so this one is for 2024.
      params: async (h) => ({ slug: h.slug, indicatorId: (await h.newIndicator()).indicatorId }),
      body: () => ({ period: "2024", value: 12 }),
      allow: ["lead:own", "editor:own"],
    },
  ],
};

/**
 * Adds a figure for a period. One figure per period: a second is refused with 409 and
 * errors.period, since a person decides which of the two is right.
 */
export const action = ({ request, params }: Route.ActionArgs) =>
  api(request, {
    async post({ ctx }) {
      const body = await readJson(request);
      // Only adding here; a figure is changed at its own address (PATCH …/observations/{id}).
      const { observationId: _id, expectedVersion: _version, ...input } = body;
      const created = await recordObservation(ctx, params.slug, params.indicatorId, input);
      return json(created, { status: 201, etag: created.version });
    },
  });
