import { getVersion } from "../../src/core/submissions/get-version.server";
import { api, json } from "../api/http.server";
import { MEMBERS_OWN, type RouteAccess } from "../lib/route-access";
import type { Route } from "./+types/api.v1.submission-version";

export const access: RouteAccess = {
  kind: "api",
  requests: [
    {
      // The demo's submitted submission has version 1: members and the central team read it.
      method: "GET",
      params: async (h) => ({
        slug: h.slug,
        submissionId: (await h.newSubmission("submitted")).submissionId,
        number: "1",
      }),
      allow: [...MEMBERS_OWN, "central"],
    },
  ],
};

/** One frozen version exactly as frozen, its fingerprint re-checked on this read (intact), with its signatures. */
export const loader = ({ request, params }: Route.LoaderArgs) =>
  api(request, {
    async get({ ctx }) {
      // "1" only: "1.5" or "01x" name no version rather than a rounded one.
      const number = /^[1-9]\d{0,8}$/.test(params.number) ? Number(params.number) : Number.NaN;
      return json(await getVersion(ctx, params.slug, params.submissionId, number));
    },
  });
