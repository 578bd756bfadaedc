import { getAction } from "../../src/core/plans/get-action.server";
import { ZUpdateActionInput } from "../../src/core/plans/plan-fields";
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

/** The fields a PATCH may change: the use-case's input without the version, which comes from If-Match. */
const EDITABLE = Object.keys(ZUpdateActionInput.shape).filter((k) => k !== "expectedVersion");

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
      // updateAction saves every field, so fields the PATCH leaves out keep their current values.
      // Merging from a newer row than If-Match names is harmless: the save is then refused as stale.
      const { action: current } = await getAction(ctx, params.slug, params.actionId);
      const base: Record<string, unknown> = Object.fromEntries(
        EDITABLE.map((k) => [k, current[k as keyof typeof current]]),
      );
      // A new lead member without a typed name lends theirs, as on the form.
      if ("leadMemberId" in body && !("leadName" in body)) base.leadName = "";
      const updated = await updateAction(ctx, params.slug, params.actionId, {
        ...base,
        ...body,
        expectedVersion: version,
      });
      return json(updated, { etag: updated.version });
    },
  });
