import { AppError } from "../../src/core/errors";
import { importObservations } from "../../src/core/figures/import-observations.server";
import { api, json, readJson } from "../api/http.server";
import { problemResponse } from "../lib/errors.server";
import type { RouteAccess } from "../lib/route-access";
import type { Route } from "./+types/api.v1.indicator-import";

export const access: RouteAccess = {
  kind: "api",
  requests: [
    {
      method: "POST",
      params: async (h) => ({ slug: h.slug, indicatorId: (await h.newIndicator()).indicatorId }),
      body: () => ({ text: "period,value\n2024,12\n2025,14", mode: "preview" }),
      allow: ["lead:own", "editor:own"],
    },
  ],
};

/**
 * Checks a pasted table or CSV of figures ("preview") or saves it ("import"), answering with the
 * per-row report. An import is all or nothing: a table with any bad row saves nothing and gets 422
 * with every row's message under errors.rows and the preview's report under `report`.
 */
export const action = ({ request, params }: Route.ActionArgs) =>
  api(request, {
    async post({ ctx }) {
      const body = await readJson(request);
      try {
        return json(await importObservations(ctx, params.slug, params.indicatorId, body));
      } catch (error) {
        // The use-case refuses a bad table with INVALID and no report: the preview gives it.
        if (!(error instanceof AppError) || error.code !== "INVALID" || body.mode !== "import") throw error;
        const report = await importObservations(ctx, params.slug, params.indicatorId, {
          ...body,
          mode: "preview",
        }).catch(() => null);
        const refused = problemResponse(error);
        if (!report) return refused;
        const problem = (await refused.json()) as Record<string, unknown>;
        return new Response(JSON.stringify({ ...problem, report }), {
          status: refused.status,
          headers: refused.headers,
        });
      }
    },
  });
