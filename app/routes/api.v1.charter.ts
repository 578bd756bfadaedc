import { getCharter } from "../../src/core/charters/get-charter.server";
import { api, json } from "../api/http.server";
import type { RouteAccess } from "../lib/route-access";
import type { Route } from "./+types/api.v1.charter";

export const access: RouteAccess = { kind: "api", requests: [{ method: "GET", allow: "everyone" }] };

export const loader = ({ request }: Route.LoaderArgs) =>
  api(request, {
    async get({ ctx }) {
      const charter = await getCharter(ctx);
      return json(charter, { etag: charter.version });
    },
  });
