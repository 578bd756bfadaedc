import { getSubmission } from "../../src/core/submissions/get-submission.server";
import { api, json } from "../api/http.server";
import { MEMBERS_OWN, type RouteAccess } from "../lib/route-access";
import type { Route } from "./+types/api.v1.submission";

export const access: RouteAccess = {
  kind: "api",
  requests: [
    {
      method: "GET",
      params: async (h) => ({ slug: h.slug, submissionId: (await h.newSubmission()).submissionId }),
      allow: MEMBERS_OWN,
    },
    {
      // The central team reads a submitted submission; drafts stay the institution's.
      method: "GET",
      params: async (h) => ({
        slug: h.slug,
        submissionId: (await h.newSubmission("submitted")).submissionId,
      }),
      allow: [...MEMBERS_OWN, "central"],
    },
  ],
};

/** The submission with its task list (each section's state and who saved it last) and its versions. */
export const loader = ({ request, params }: Route.LoaderArgs) =>
  api(request, {
    async get({ ctx }) {
      const overview = await getSubmission(ctx, params.slug, params.submissionId);
      return json(overview, { etag: overview.submission.version });
    },
  });
