import { inviteMember } from "../../src/core/people/invite-member.server";
import { listInvitations } from "../../src/core/people/list-invitations.server";
import { api, json, readJson } from "../api/http.server";
import { LEAD_OWN, type RouteAccess } from "../lib/route-access";
import type { Route } from "./+types/api.v1.invitations";

export const access: RouteAccess = {
  kind: "api",
  requests: [
    { method: "GET", params: (h) => ({ slug: h.slug }), allow: LEAD_OWN },
    {
      method: "POST",
      params: (h) => ({ slug: h.slug }),
      body: (h) => ({ email: `invitee-${h.unique()}@example.ac.uk`, role: "editor" }),
      allow: LEAD_OWN,
    },
  ],
};

export const loader = ({ request, params }: Route.LoaderArgs) =>
  api(request, { get: async ({ ctx }) => json({ items: await listInvitations(ctx, params.slug) }) });

export const action = ({ request, params }: Route.ActionArgs) =>
  api(request, {
    post: async ({ ctx }) =>
      json(await inviteMember(ctx, params.slug, await readJson(request)), { status: 201 }),
  });
