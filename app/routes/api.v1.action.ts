import { getAction } from "../../src/core/plans/get-action.server";
import { updateAction } from "../../src/core/plans/update-action.server";
import { api, ifMatch, json, readJson } from "../api/http.server";
import { MEMBERS_OWN, type RouteAccess } from "../lib/route-access";
import type { Route } from "./+types/api.v1.action";

export const access: RouteAccess = {
  kind: "api",
  requests: [
    {
      method: "GET",
      params: async (h) => ({ slug: h.slug, actionId: (await h.newPlan("draft")).actionId }),
      allow: MEMBERS_OWN,
    },
    {
      method: "GET",
      params: async (h) => ({ slug: h.slug, actionId: (await h.newPlan("published")).actionId }),
      allow: "everyone",
    },
    {
      method: "PATCH",
      params: async (h) => ({ slug: h.slug, actionId: (await h.newPlan("draft")).actionId }),
      // A new action is at version 1.
      headers: () => ({ "if-match": '"1"' }),
      body: (h) => ({ title: `Renamed action ${h.unique()}` }),
      allow: ["lead:own", "editor:own"],
    },
  ],
};

export const loader = ({ request, params }: Route.LoaderArgs) =>
  api(request, {
    async get({ ctx }) {
      const detail = await getAction(ctx, params.slug, params.actionId);
      return json(detail, { etag: detail.action.version });
    },
  });

export const action = ({ request, params }: Route.ActionArgs) =>
  api(request, {
    async patch({ ctx }) {
      const version = ifMatch(request);
      if (version instanceof Response) return version;
      const body = await readJson(request);
      // Fields the PATCH leaves out keep their current values (the use-case fills them in).
      const updated = await updateAction(ctx, params.slug, params.actionId, {
        ...body,
        expectedVersion: version,
      });
      return json(updated, { etag: updated.version });
    },
  });
