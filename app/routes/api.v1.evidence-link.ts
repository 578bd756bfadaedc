import { unlinkEvidence } from "../../src/core/evidence/unlink-evidence.server";
import { api } from "../api/http.server";
import type { RouteAccess } from "../lib/route-access";
import type { Route } from "./+types/api.v1.evidence-link";

export const access: RouteAccess = {
  kind: "api",
  requests: [
    {
      method: "DELETE",
      params: async (h) => ({ slug: h.slug, ...(await h.newEvidenceLink()) }),
      allow: ["lead:own", "editor:own", "contributor:own"],
    },
  ],
};

/** Removes one link; the item and what it pointed at stay. */
export const action = ({ request, params }: Route.ActionArgs) =>
  api(request, {
    async delete({ ctx }) {
      await unlinkEvidence(ctx, params.slug, params.evidenceId, params.linkId);
      return new Response(null, { status: 204 });
    },
  });
