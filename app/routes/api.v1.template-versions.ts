import { createDraftVersion } from "../../src/core/templates/create-draft-version.server";
import { api, json } from "../api/http.server";
import type { RouteAccess } from "../lib/route-access";
import type { Route } from "./+types/api.v1.template-versions";

export const access: RouteAccess = {
  kind: "api",
  requests: [
    {
      method: "POST",
      params: async (h) => {
        await h.noTemplateDraft("initial");
        return { key: "initial" };
      },
      allow: ["central"],
    },
  ],
};

/** Starts the next version as a draft, a copy of the newest; 409 while a draft is open (central team). */
export const action = ({ request, params }: Route.ActionArgs) =>
  api(request, {
    async post({ ctx }) {
      const draft = await createDraftVersion(ctx, params.key);
      return json(draft, {
        status: 201,
        etag: draft.version,
        location: `/api/v1/templates/${draft.key}/versions/${draft.number}`,
      });
    },
  });
