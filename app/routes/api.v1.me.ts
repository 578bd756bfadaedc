import { inArray } from "drizzle-orm";
import { AppError } from "../../src/core/errors";
import { organization } from "../../src/db/schema";
import { api, json } from "../api/http.server";
import type { RouteAccess } from "../lib/route-access";
import type { Route } from "./+types/api.v1.me";

export const access: RouteAccess = { kind: "api", requests: [{ method: "GET", allow: "signed-in" }] };

export const loader = ({ request }: Route.LoaderArgs) =>
  api(request, {
    async get({ actor, services }) {
      if (actor.kind !== "user")
        throw new AppError("UNAUTHENTICATED", "Send a token: Authorization: Bearer chub_…");
      const ids = Object.keys(actor.memberships);
      const rows = ids.length
        ? await services.db
            .select({ id: organization.id, slug: organization.slug, name: organization.name })
            .from(organization)
            .where(inArray(organization.id, ids))
        : [];
      return json({
        id: actor.userId,
        email: actor.email,
        name: actor.name,
        platformRole: actor.platformRole,
        memberships: rows.map((r) => ({ slug: r.slug, name: r.name, role: actor.memberships[r.id] })),
      });
    },
  });
