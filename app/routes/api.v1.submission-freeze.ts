import { freezeSubmission } from "../../src/core/submissions/freeze-submission.server";
import { api, json } from "../api/http.server";
import { submissionsPath } from "../api/submissions-json.server";
import { LEAD_OWN, type RouteAccess } from "../lib/route-access";
import type { Route } from "./+types/api.v1.submission-freeze";

export const access: RouteAccess = {
  kind: "api",
  requests: [
    {
      // Freezing is not held back by the readiness check, so a fresh, empty draft freezes.
      method: "POST",
      params: async (h) => ({ slug: h.slug, submissionId: (await h.newSubmission()).submissionId }),
      allow: LEAD_OWN,
    },
  ],
};

/** "Ready for sign-off": a fingerprinted version n+1 of everything the submission shows (lead). */
export const action = ({ request, params }: Route.ActionArgs) =>
  api(request, {
    async post({ ctx, services }) {
      const frozen = await freezeSubmission(ctx, params.slug, params.submissionId);
      return json(frozen, {
        status: 201,
        location: `${submissionsPath(services.config.publicUrl, params.slug)}/${params.submissionId}/versions/${frozen.number}`,
      });
    },
  });
