import { createToken } from "../../src/core/tokens/create-token.server";
import { listTokens } from "../../src/core/tokens/list-tokens.server";
import { api, json, readJson } from "../api/http.server";
import type { RouteAccess } from "../lib/route-access";
import type { Route } from "./+types/api.v1.tokens";

export const access: RouteAccess = {
  kind: "api",
  requests: [
    { method: "GET", allow: "signed-in" },
    { method: "POST", body: (h) => ({ name: `token ${h.unique()}`, expiresInDays: 30 }), allow: "signed-in" },
  ],
};

export const loader = ({ request }: Route.LoaderArgs) =>
  api(request, { get: async ({ ctx }) => json({ items: await listTokens(ctx) }) });

export const action = ({ request }: Route.ActionArgs) =>
  api(request, {
    async post({ ctx }) {
      const { token, view } = await createToken(ctx, await readJson(request));
      return json({ token, ...view }, { status: 201 });
    },
  });
