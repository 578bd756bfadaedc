import { todayInLondon } from "../../src/core/plans/today";
import { signSubmission } from "../../src/core/submissions/sign-submission.server";
import { api, json, readJson } from "../api/http.server";
import { type FixtureHelpers, type RouteAccess, readySubmissionOf } from "../lib/route-access";
import type { Route } from "./+types/api.v1.submission-signatures";

const aReadySubmission = async (h: FixtureHelpers) => ({
  slug: h.slug,
  submissionId: (await readySubmissionOf(h)).submissionId,
});
const signing = (block: "lead" | "signatory") => async (h: FixtureHelpers) => ({
  block,
  typedName: "A Person",
  role: block === "lead" ? "Lead" : "Vice-Chancellor",
  signedOn: todayInLondon(),
  fingerprint: (await readySubmissionOf(h)).fingerprint,
});

export const access: RouteAccess = {
  kind: "api",
  requests: [
    // Each block needs its own role: the lead's block the lead, the other the signatory.
    { method: "POST", params: aReadySubmission, body: signing("lead"), allow: ["lead:own"] },
    { method: "POST", params: aReadySubmission, body: signing("signatory"), allow: ["signatory:own"] },
  ],
};

/**
 * Signs one block of the frozen version named by its fingerprint, as the token's owner: a personal
 * token signs as its person, never as anyone else. Both blocks signed make the submission "signed".
 */
export const action = ({ request, params }: Route.ActionArgs) =>
  api(request, {
    async post({ ctx }) {
      const signed = await signSubmission(ctx, params.slug, params.submissionId, await readJson(request));
      return json(signed, { status: 201 });
    },
  });
