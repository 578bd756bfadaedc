import { submitSubmission } from "../../src/core/submissions/submit-submission.server";
import { api, json, readJson } from "../api/http.server";
import { type FixtureHelpers, LEAD_OWN, type RouteAccess } from "../lib/route-access";
import type { Route } from "./+types/api.v1.submission-submit";

const signed = new WeakMap<FixtureHelpers, ReturnType<FixtureHelpers["newSignedSubmission"]>>();
/** One signed submission per request, so its params and its body name the same version. */
function signedOf(h: FixtureHelpers) {
  if (!signed.has(h)) signed.set(h, h.newSignedSubmission());
  return signed.get(h)!;
}

export const access: RouteAccess = {
  kind: "api",
  requests: [
    {
      method: "POST",
      params: async (h) => ({ slug: h.slug, submissionId: (await signedOf(h)).submissionId }),
      body: async (h) => ({ fingerprint: (await signedOf(h)).fingerprint }),
      allow: LEAD_OWN,
    },
  ],
};

/**
 * Sends the signed version (named by its fingerprint) to the central team (lead). 422 with the
 * blocking findings while the readiness check finds any; 409 before both signatures.
 */
export const action = ({ request, params }: Route.ActionArgs) =>
  api(request, {
    async post({ ctx }) {
      return json(await submitSubmission(ctx, params.slug, params.submissionId, await readJson(request)));
    },
  });
