import { getEvidence } from "../../src/core/evidence/get-evidence.server";
import { recordConsent } from "../../src/core/evidence/record-consent.server";
import { api, json, readJson } from "../api/http.server";
import type { RouteAccess } from "../lib/route-access";
import type { Route } from "./+types/api.v1.evidence-consent";

export const access: RouteAccess = {
  kind: "api",
  requests: [
    {
      method: "POST",
      params: async (h) => ({ slug: h.slug, evidenceId: (await h.newEvidence("case-study")).evidenceId }),
      body: () => ({ status: "withdrawn", on: "2024-06-01", note: "Asked to be left out" }),
      allow: ["lead:own", "editor:own"],
    },
  ],
};

/**
 * Adds an entry to a case study's consent record (given or withdrawn); the record is append-only.
 * Answers the whole record and whether the case study may now be shared.
 */
export const action = ({ request, params }: Route.ActionArgs) =>
  api(request, {
    async post({ ctx }) {
      const { id } = await recordConsent(ctx, params.slug, params.evidenceId, await readJson(request));
      const { consent, shareable } = await getEvidence(ctx, params.slug, params.evidenceId);
      return json({ id, ...consent, shareable }, { status: 201 });
    },
  });
