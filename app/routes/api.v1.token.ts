import { revokeToken } from "../../src/core/tokens/revoke-token.server";
import { api } from "../api/http.server";
import type { RouteAccess } from "../lib/route-access";
import type { Route } from "./+types/api.v1.token";

export const access: RouteAccess = {
  kind: "api",
  requests: [
    {
      method: "DELETE",
      params: async (h) => ({
        tokenId: (await h.ownToken())?.tokenId ?? "00000000-0000-4000-8000-000000000000",
      }),
      allow: "signed-in",
    },
  ],
};

export const action = ({ request, params }: Route.ActionArgs) =>
  api(request, {
    async delete({ ctx }) {
      await revokeToken(ctx, { tokenId: params.tokenId });
      return new Response(null, { status: 204 });
    },
  });
