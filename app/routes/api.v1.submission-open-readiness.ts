import { checkOpenSubmission } from "../../src/core/submissions/check-readiness.server";
import { api, json } from "../api/http.server";
import { readinessJson } from "../api/submissions-json.server";
import { MEMBERS_OWN, type RouteAccess } from "../lib/route-access";
import type { Route } from "./+types/api.v1.submission-open-readiness";

export const access: RouteAccess = {
  kind: "api",
  requests: [
    // The target has open drafts (the demo's next-window draft, and the isolation test's own).
    { method: "GET", params: (h) => ({ slug: h.slug }), allow: MEMBERS_OWN },
  ],
};

/** The readiness check of the institution's open submission (the newest not yet submitted), for `hub check --url`. */
export const loader = ({ request, params }: Route.LoaderArgs) =>
  api(request, {
    async get({ ctx, services }) {
      const report = await checkOpenSubmission(ctx, params.slug);
      return json(readinessJson(report, services.config.publicUrl));
    },
  });
