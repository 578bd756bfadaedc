import { createEvidence } from "../../src/core/evidence/create-evidence.server";
import { listEvidence } from "../../src/core/evidence/list-evidence.server";
import { readEvidenceBody } from "../api/evidence-body.server";
import { api, json, query } from "../api/http.server";
import { MEMBERS_OWN, type RouteAccess } from "../lib/route-access";
import type { Route } from "./+types/api.v1.evidence-library";

export const access: RouteAccess = {
  kind: "api",
  requests: [
    // Evidence is private to the institution's members (404 to other signed-in callers, 401 to the anonymous).
    { method: "GET", params: (h) => ({ slug: h.slug }), allow: MEMBERS_OWN },
    {
      method: "POST",
      params: (h) => ({ slug: h.slug }),
      body: (h) => ({ kind: "link", title: `API evidence ${h.unique()}`, url: "https://example.org/story" }),
      allow: ["lead:own", "editor:own", "contributor:own"],
    },
  ],
};

/** The library page: newest first, filtered by kind, pillar, year and words, paged by cursor. */
export const loader = ({ request, params }: Route.LoaderArgs) =>
  api(request, { get: async ({ ctx }) => json(await listEvidence(ctx, params.slug, query(request))) });

export const action = ({ request, params }: Route.ActionArgs) =>
  api(request, {
    async post({ ctx, services }) {
      const { fields, file, consent } = await readEvidenceBody(request, ctx.actor);
      const created = await createEvidence(ctx, params.slug, fields, { file, consent });
      return json(created, {
        status: 201,
        etag: created.version,
        location: `${services.config.publicUrl}/api/v1/institutions/${encodeURIComponent(params.slug)}/evidence/${created.id}`,
      });
    },
  });
