import { getAction } from "../../src/core/plans/get-action.server";
import { rateAction } from "../../src/core/plans/rate-action.server";
import { api, json, readJson } from "../api/http.server";
import { MEMBERS_OWN, type RouteAccess } from "../lib/route-access";
import type { Route } from "./+types/api.v1.action-ratings";

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
      method: "POST",
      params: async (h) => ({ slug: h.slug, actionId: (await h.newPlan("draft")).actionId }),
      body: () => ({ level: "green", assessedOn: "2025-01-15", commentary: "On track." }),
      allow: ["lead:own", "editor:own"],
    },
  ],
};

/** The timeline: every rating, oldest judgement first, each with its evidence links. */
export const loader = ({ request, params }: Route.LoaderArgs) =>
  api(request, {
    get: async ({ ctx }) => json({ items: (await getAction(ctx, params.slug, params.actionId)).timeline }),
  });

/** Ratings are never edited, only added, so no If-Match: the newest judgement is the current one. */
export const action = ({ request, params }: Route.ActionArgs) =>
  api(request, {
    async post({ ctx }) {
      const { id } = await rateAction(ctx, params.slug, params.actionId, await readJson(request));
      const { timeline } = await getAction(ctx, params.slug, params.actionId);
      return json(
        timeline.find((r) => r.id === id),
        { status: 201 },
      );
    },
  });
