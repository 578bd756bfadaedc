import type { UseCaseContext } from "../../src/core/context";
import { notFound } from "../../src/core/errors";
import { listTalentRecommendations } from "../../src/core/talent/list-talent-recommendations.server";
import { updateTalentRecommendation } from "../../src/core/talent/update-talent-recommendation.server";
import { api, ifMatch, json, readJson } from "../api/http.server";
import type { RouteAccess } from "../lib/route-access";
import type { Route } from "./+types/api.v1.talent-recommendation";

export const access: RouteAccess = {
  kind: "api",
  requests: [
    { method: "GET", params: () => ({ talentId: "talent-07" }), allow: "everyone" },
    {
      method: "PATCH",
      params: () => ({ talentId: "talent-08" }),
      headers: () => ({ "if-match": '"1"' }),
      body: () => ({ verified: true }),
      allow: ["central"],
    },
  ],
};

async function recommendation(ctx: UseCaseContext, id: string) {
  const found = (await listTalentRecommendations(ctx)).find((r) => r.id === id);
  if (!found) throw notFound("The recommendation");
  return found;
}

/** One recommendation (public reference data); the ETag is its version. */
export const loader = ({ request, params }: Route.LoaderArgs) =>
  api(request, {
    async get({ ctx }) {
      const found = await recommendation(ctx, params.talentId);
      return json(found, { etag: found.version });
    },
  });

/** Changes the wording (central team); fields left out keep their values. */
export const action = ({ request, params }: Route.ActionArgs) =>
  api(request, {
    async patch({ ctx }) {
      const version = ifMatch(request);
      if (version instanceof Response) return version;
      const body = await readJson(request);
      const { summary, addressedTo, verified } = await recommendation(ctx, params.talentId);
      const updated = await updateTalentRecommendation(ctx, params.talentId, {
        summary,
        addressedTo,
        verified,
        ...body,
        expectedVersion: version,
      });
      return json(updated, { etag: updated.version });
    },
  });
