import { getTemplateVersion } from "../../src/core/templates/get-template-version.server";
import { updateDraftVersion } from "../../src/core/templates/update-draft-version.server";
import { api, ifMatch, json, readJson } from "../api/http.server";
import type { RouteAccess } from "../lib/route-access";
import type { Route } from "./+types/api.v1.template-version";

export const access: RouteAccess = {
  kind: "api",
  requests: [
    { method: "GET", params: () => ({ key: "renewal", number: "1" }), allow: "signed-in" },
    {
      method: "PATCH",
      params: async (h) => ({ key: "stage-3", number: String((await h.templateDraft("stage-3")).number) }),
      headers: async (h) => ({ "if-match": `"${(await h.templateDraft("stage-3")).version}"` }),
      body: () => ({ due: "When the central team says." }),
      allow: ["central"],
    },
  ],
};

/** One version with its content, by number or "published"; the ETag is the row's version. */
export const loader = ({ request, params }: Route.LoaderArgs) =>
  api(request, {
    async get({ ctx }) {
      const version = await getTemplateVersion(ctx, params.key, params.number);
      return json(version, { etag: version.version });
    },
  });

/** Changes a draft's content: the fields sent replace the draft's (questions as a whole list). */
export const action = ({ request, params }: Route.ActionArgs) =>
  api(request, {
    async patch({ ctx }) {
      const expectedVersion = ifMatch(request);
      if (expectedVersion instanceof Response) return expectedVersion;
      const body = await readJson(request);
      const current = await getTemplateVersion(ctx, params.key, params.number);
      const updated = await updateDraftVersion(ctx, params.key, current.number, {
        content: { ...current.content, ...body },
        expectedVersion,
      });
      return json(updated, { etag: updated.version });
    },
  });
