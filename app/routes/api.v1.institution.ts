import { getInstitution } from "../../src/core/institutions/get-institution.server";
import { updateInstitution } from "../../src/core/institutions/update-institution.server";
import { api, ifMatch, json, readJson } from "../api/http.server";
import type { RouteAccess } from "../lib/route-access";
import type { Route } from "./+types/api.v1.institution";

export const access: RouteAccess = {
  kind: "api",
  requests: [
    { method: "GET", params: (h) => ({ slug: h.slug }), allow: "everyone" },
    {
      method: "PATCH",
      params: (h) => ({ slug: h.slug }),
      headers: async (h) => ({ "if-match": `"${await h.institutionVersion()}"` }),
      body: (h) => ({ contactName: `Contact ${h.unique()}` }),
      allow: ["lead:own", "central"],
    },
  ],
};

export const loader = ({ request, params }: Route.LoaderArgs) =>
  api(request, {
    async get({ ctx }) {
      const { myRole: _ignored, ...institution } = await getInstitution(ctx, params.slug);
      return json(institution, { etag: institution.version });
    },
  });

export const action = ({ request, params }: Route.ActionArgs) =>
  api(request, {
    async patch({ ctx }) {
      const version = ifMatch(request);
      if (version instanceof Response) return version;
      const body = await readJson(request);
      const updated = await updateInstitution(ctx, params.slug, { ...body, expectedVersion: version });
      return json(updated, { etag: updated.version });
    },
  });
