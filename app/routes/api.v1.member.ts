import { changeMemberRole } from "../../src/core/people/change-member-role.server";
import { removeMember } from "../../src/core/people/remove-member.server";
import { api, ifMatch, readJson } from "../api/http.server";
import { LEAD_OWN, type RouteAccess } from "../lib/route-access";
import type { Route } from "./+types/api.v1.member";

export const access: RouteAccess = {
  kind: "api",
  requests: [
    {
      method: "PATCH",
      params: async (h) => ({ slug: h.slug, memberId: (await h.newMember()).memberId }),
      headers: () => ({ "if-match": '"1"' }),
      body: () => ({ role: "contributor" }),
      allow: LEAD_OWN,
    },
    {
      method: "DELETE",
      params: async (h) => ({ slug: h.slug, memberId: (await h.newMember()).memberId }),
      allow: LEAD_OWN,
    },
  ],
};

export const action = ({ request, params }: Route.ActionArgs) =>
  api(request, {
    async patch({ ctx }) {
      const version = ifMatch(request);
      if (version instanceof Response) return version;
      const body = await readJson(request);
      await changeMemberRole(ctx, params.slug, {
        memberId: params.memberId,
        role: body.role as string,
        expectedVersion: version,
      });
      return new Response(null, { status: 204 });
    },
    async delete({ ctx }) {
      await removeMember(ctx, params.slug, { memberId: params.memberId });
      return new Response(null, { status: 204 });
    },
  });
