import { changePlanStatus } from "../../src/core/plans/change-plan-status.server";
import { api, ifMatch, json, readJson } from "../api/http.server";
import { LEAD_OWN, type RouteAccess } from "../lib/route-access";
import type { Route } from "./+types/api.v1.plan-status";

export const access: RouteAccess = {
  kind: "api",
  requests: [
    {
      method: "POST",
      params: async (h) => ({ slug: h.slug, planId: (await h.newPlan("draft")).planId }),
      headers: () => ({ "if-match": '"1"' }),
      body: () => ({ to: "approved" }),
      allow: LEAD_OWN,
    },
  ],
};

/** Approve, publish or reopen: a change of state, so If-Match like any other update. */
export const action = ({ request, params }: Route.ActionArgs) =>
  api(request, {
    async post({ ctx }) {
      const version = ifMatch(request);
      if (version instanceof Response) return version;
      const body = await readJson(request);
      const changed = await changePlanStatus(ctx, params.slug, params.planId, {
        to: body.to,
        expectedVersion: version,
      });
      return json(changed, { etag: changed.version });
    },
  });
