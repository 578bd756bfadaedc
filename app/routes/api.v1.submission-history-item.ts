import { deletePastSubmission } from "../../src/core/windows/delete-past-submission.server";
import { api, ifMatch } from "../api/http.server";
import type { FixtureHelpers, RouteAccess } from "../lib/route-access";
import type { Route } from "./+types/api.v1.submission-history-item";

/** A fresh record of the target institution, made by its lead through the use-case. */
const aRecord = async (h: FixtureHelpers) => ({ slug: h.slug, id: (await h.newPastSubmission()).id });

export const access: RouteAccess = {
  kind: "api",
  requests: [
    {
      method: "DELETE",
      params: aRecord,
      // A new record is at version 1.
      headers: () => ({ "if-match": '"1"' }),
      allow: ["lead:own"],
    },
  ],
};

/** Removes a recorded past submission (lead); its file stays in the evidence library. */
export const action = ({ request, params }: Route.ActionArgs) =>
  api(request, {
    async delete({ ctx }) {
      const version = ifMatch(request);
      if (version instanceof Response) return version;
      await deletePastSubmission(ctx, params.slug, params.id, { expectedVersion: version });
      return new Response(null, { status: 204 });
    },
  });
