import { eq } from "drizzle-orm";
import { z } from "zod";
import { invitation, organization } from "../../db/schema";
import type { UseCaseContext } from "../context";
import { notFound } from "../errors";
import { parseInput } from "../validate";
import { type InvitationState, invitationState } from "./invitation-view.server";

export type InvitationForInvitee = {
  id: string;
  institutionName: string;
  institutionSlug: string;
  email: string;
  role: string | null;
  state: InvitationState;
  expiresAt: Date;
};

/**
 * What the holder of an invitation link may see. The link's unguessable id is the credential,
 * as with any emailed invitation; it reveals only the institution, the role and the address.
 */
export async function getInvitation(ctx: UseCaseContext, id: string): Promise<InvitationForInvitee> {
  const invitationId = parseInput(z.uuid("This is not an invitation link."), id);
  const [row] = await ctx.db
    .select({
      id: invitation.id,
      institutionName: organization.name,
      institutionSlug: organization.slug,
      email: invitation.email,
      role: invitation.role,
      status: invitation.status,
      expiresAt: invitation.expiresAt,
    })
    .from(invitation)
    .innerJoin(organization, eq(organization.id, invitation.organizationId))
    .where(eq(invitation.id, invitationId));
  if (!row) throw notFound("The invitation");
  const { status, ...rest } = row;
  return { ...rest, state: invitationState({ status, expiresAt: row.expiresAt }) };
}
