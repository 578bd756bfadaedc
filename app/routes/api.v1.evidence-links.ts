import { getEvidence } from "../../src/core/evidence/get-evidence.server";
import { linkEvidence } from "../../src/core/evidence/link-evidence.server";
import { api, json, readJson } from "../api/http.server";
import type { RouteAccess } from "../lib/route-access";
import type { Route } from "./+types/api.v1.evidence-links";

export const access: RouteAccess = {
  kind: "api",
  requests: [
    {
      method: "POST",
      params: async (h) => ({ slug: h.slug, evidenceId: (await h.newEvidence()).evidenceId }),
      body: async (h) => ({ target: "action", actionId: (await h.newPlan("draft")).actionId }),
      allow: ["lead:own", "editor:own", "contributor:own"],
    },
  ],
};

/** Links the item to an action, a rating, a marker or a TALENT recommendation; answers the link as GET shows it. */
export const action = ({ request, params }: Route.ActionArgs) =>
  api(request, {
    async post({ ctx }) {
      const { id } = await linkEvidence(ctx, params.slug, params.evidenceId, await readJson(request));
      const { links } = await getEvidence(ctx, params.slug, params.evidenceId);
      return json(
        links.find((l) => l.id === id),
        { status: 201 },
      );
    },
  });
