import { deleteEvidence } from "../../src/core/evidence/delete-evidence.server";
import { evidenceFieldsOf } from "../../src/core/evidence/evidence-fields";
import { getEvidence } from "../../src/core/evidence/get-evidence.server";
import { updateEvidence } from "../../src/core/evidence/update-evidence.server";
import { readEvidenceBody } from "../api/evidence-body.server";
import { api, ifMatch, json } from "../api/http.server";
import { type FixtureHelpers, MEMBERS_OWN, type RouteAccess } from "../lib/route-access";
import type { Route } from "./+types/api.v1.evidence-item";

const anItem = async (h: FixtureHelpers) => ({
  slug: h.slug,
  evidenceId: (await h.newEvidence()).evidenceId,
});

export const access: RouteAccess = {
  kind: "api",
  requests: [
    { method: "GET", params: anItem, allow: MEMBERS_OWN },
    {
      method: "PATCH",
      params: anItem,
      // A new item is at version 1.
      headers: () => ({ "if-match": '"1"' }),
      body: (h) => ({ title: `Renamed evidence ${h.unique()}` }),
      allow: ["lead:own", "editor:own"],
    },
    {
      method: "DELETE",
      params: anItem,
      headers: () => ({ "if-match": '"1"' }),
      allow: ["lead:own", "editor:own"],
    },
  ],
};

/** The item with its file's details (not its bytes), consent record, links and whether it may be shared. */
export const loader = ({ request, params }: Route.LoaderArgs) =>
  api(request, {
    async get({ ctx }) {
      const detail = await getEvidence(ctx, params.slug, params.evidenceId);
      return json(detail, { etag: detail.item.version });
    },
  });

export const action = ({ request, params }: Route.ActionArgs) =>
  api(request, {
    async patch({ ctx }) {
      const version = ifMatch(request);
      if (version instanceof Response) return version;
      const { fields, file } = await readEvidenceBody(request, ctx.actor);
      // Fields the PATCH leaves out keep their values; the use-case itself replaces them all, as a form does.
      const { item } = await getEvidence(ctx, params.slug, params.evidenceId);
      const updated = await updateEvidence(
        ctx,
        params.slug,
        params.evidenceId,
        { ...evidenceFieldsOf(item), ...fields, expectedVersion: version },
        { file },
      );
      return json(updated, { etag: updated.version });
    },
    async delete({ ctx }) {
      const version = ifMatch(request);
      if (version instanceof Response) return version;
      await deleteEvidence(ctx, params.slug, params.evidenceId, { expectedVersion: version });
      return new Response(null, { status: 204 });
    },
  });
