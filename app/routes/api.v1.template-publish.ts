import { publishVersion } from "../../src/core/templates/publish-version.server";
import { api, ifMatch, json, readJson } from "../api/http.server";
import type { RouteAccess } from "../lib/route-access";
import type { Route } from "./+types/api.v1.template-publish";

export const access: RouteAccess = {
  kind: "api",
  requests: [
    {
      method: "POST",
      params: async (h) => ({ key: "stage-3", number: String((await h.templateDraft("stage-3")).number) }),
      headers: async (h) => ({ "if-match": `"${(await h.templateDraft("stage-3")).version}"` }),
      body: () => ({}),
      allow: ["central"],
    },
  ],
};

/** Publishes a draft (If-Match: its ETag); the version published before is superseded. */
export const action = ({ request, params }: Route.ActionArgs) =>
  api(request, {
    async post({ ctx }) {
      const expectedVersion = ifMatch(request);
      if (expectedVersion instanceof Response) return expectedVersion;
      const body = await readJson(request);
      const published = await publishVersion(ctx, params.key, Number(params.number), {
        verified: body.verified,
        expectedVersion,
      });
      return json(published, { etag: published.version });
    },
  });
