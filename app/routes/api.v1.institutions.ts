import { createInstitution } from "../../src/core/institutions/create-institution.server";
import { listInstitutions } from "../../src/core/institutions/list-institutions.server";
import { api, json, query, readJson } from "../api/http.server";
import type { RouteAccess } from "../lib/route-access";
import type { Route } from "./+types/api.v1.institutions";

export const access: RouteAccess = {
  kind: "api",
  requests: [
    { method: "GET", allow: "everyone" },
    {
      method: "POST",
      body: (h) => ({ name: `Test Institute ${h.unique()}`, slug: `test-${h.unique()}`, type: "signatory" }),
      allow: ["central"],
    },
  ],
};

export const loader = ({ request }: Route.LoaderArgs) =>
  api(request, { get: async ({ ctx }) => json(await listInstitutions(ctx, query(request))) });

export const action = ({ request }: Route.ActionArgs) =>
  api(request, {
    async post({ ctx, services }) {
      const created = await createInstitution(ctx, await readJson(request));
      return json(created, {
        status: 201,
        etag: created.version,
        location: `${services.config.publicUrl}/api/v1/institutions/${created.slug}`,
      });
    },
  });
