import { checkSubmissionReadiness } from "../../src/core/submissions/check-readiness.server";
import { api, json } from "../api/http.server";
import { readinessJson } from "../api/submissions-json.server";
import { MEMBERS_OWN, type RouteAccess } from "../lib/route-access";
import type { Route } from "./+types/api.v1.submission-readiness";

export const access: RouteAccess = {
  kind: "api",
  requests: [
    {
      method: "GET",
      params: async (h) => ({ slug: h.slug, submissionId: (await h.newSubmission()).submissionId }),
      allow: MEMBERS_OWN,
    },
  ],
};

/** The readiness check: what blocks the submit and what a reviewer would query, each with where to fix it. */
export const loader = ({ request, params }: Route.LoaderArgs) =>
  api(request, {
    async get({ ctx, services }) {
      const report = await checkSubmissionReadiness(ctx, params.slug, params.submissionId);
      return json(readinessJson(report, services.config.publicUrl));
    },
  });
