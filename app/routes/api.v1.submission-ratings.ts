import { getAction } from "../../src/core/plans/get-action.server";
import { rateInAnalysis } from "../../src/core/submissions/rate-in-analysis.server";
import { api, json, readJson } from "../api/http.server";
import type { FixtureHelpers, RouteAccess } from "../lib/route-access";
import type { Route } from "./+types/api.v1.submission-ratings";

const drafts = new WeakMap<
  FixtureHelpers,
  Promise<{ submissionId: string; actionId: string; level: string }>
>();
/** One fresh draft per request with an action of its previous plan, for the params and the body alike. */
function draftOf(h: FixtureHelpers) {
  if (!drafts.has(h))
    drafts.set(
      h,
      h.newSubmission().then(async ({ submissionId }) => ({
        submissionId,
        ...(await h.analysisAction(submissionId)),
      })),
    );
  return drafts.get(h)!;
}

export const access: RouteAccess = {
  kind: "api",
  requests: [
    {
      method: "POST",
      params: async (h) => ({ slug: h.slug, submissionId: (await draftOf(h)).submissionId }),
      body: async (h) => {
        const { actionId, level } = await draftOf(h);
        return { actionId, level, commentary: "On track.", assessedOn: "2025-01-15" };
      },
      allow: ["lead:own", "editor:own"],
    },
  ],
};

/**
 * Rates an action of the previous plan from the RAG analysis: a new dated rating on the plan itself,
 * which reopens a frozen submission (lead, editor). Ratings are only ever added, so no If-Match.
 */
export const action = ({ request, params }: Route.ActionArgs) =>
  api(request, {
    async post({ ctx }) {
      const { actionId, ...input } = await readJson(request);
      const { id, reopened } = await rateInAnalysis(
        ctx,
        params.slug,
        params.submissionId,
        typeof actionId === "string" ? actionId : "",
        input,
      );
      const { timeline } = await getAction(ctx, params.slug, String(actionId));
      return json({ rating: timeline.find((r) => r.id === id), reopened }, { status: 201 });
    },
  });
