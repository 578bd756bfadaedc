import { listPastSubmissions } from "../../src/core/windows/list-past-submissions.server";
import { recordPastSubmission } from "../../src/core/windows/record-past-submission.server";
import { readEvidenceBody } from "../api/evidence-body.server";
import { api, json } from "../api/http.server";
import { LEAD_OWN, MEMBERS_OWN, type RouteAccess } from "../lib/route-access";
import type { Route } from "./+types/api.v1.submission-history";

export const access: RouteAccess = {
  kind: "api",
  requests: [
    { method: "GET", params: (h) => ({ slug: h.slug }), allow: MEMBERS_OWN },
    {
      method: "POST",
      params: (h) => ({ slug: h.slug }),
      body: () => ({ stage: "stage-2", submittedOn: "2021-01-15", note: "Isolation test" }),
      allow: LEAD_OWN,
    },
  ],
};

/** The past submissions recorded for the institution, newest first (members). */
export const loader = ({ request, params }: Route.LoaderArgs) =>
  api(request, { get: async ({ ctx }) => json(await listPastSubmissions(ctx, params.slug)) });

/** Records a submission made outside the product, with its file (JSON base64 or multipart) (lead). */
export const action = ({ request, params }: Route.ActionArgs) =>
  api(request, {
    async post({ ctx, services }) {
      const { fields, file } = await readEvidenceBody(request, ctx.actor);
      const created = await recordPastSubmission(ctx, params.slug, fields, { file });
      return json(created, {
        status: 201,
        etag: created.version,
        location: `${services.config.publicUrl}/api/v1/institutions/${encodeURIComponent(params.slug)}/submission-history/${created.id}`,
      });
    },
  });
