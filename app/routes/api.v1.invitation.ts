import { cancelInvitation } from "../../src/core/people/cancel-invitation.server";
import { api } from "../api/http.server";
import { LEAD_OWN, type RouteAccess } from "../lib/route-access";
import type { Route } from "./+types/api.v1.invitation";

export const access: RouteAccess = {
  kind: "api",
  requests: [
    {
      method: "DELETE",
      params: async (h) => ({ slug: h.slug, invitationId: (await h.newInvitation()).invitationId }),
      allow: LEAD_OWN,
    },
  ],
};

export const action = ({ request, params }: Route.ActionArgs) =>
  api(request, {
    async delete({ ctx }) {
      await cancelInvitation(ctx, params.slug, { invitationId: params.invitationId });
      return new Response(null, { status: 204 });
    },
  });
