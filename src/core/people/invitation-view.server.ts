import { invitation } from "../../db/schema";

export const INVITATION_VALID_DAYS = 7;

export const invitationColumns = {
  id: invitation.id,
  institutionId: invitation.organizationId,
  email: invitation.email,
  role: invitation.role,
  status: invitation.status,
  expiresAt: invitation.expiresAt,
  createdAt: invitation.createdAt,
  acceptedAt: invitation.acceptedAt,
  version: invitation.version,
};

export type InvitationState = "pending" | "accepted" | "canceled" | "expired";

/** Expiry is a fact of the clock, not a stored status. */
export function invitationState(row: { status: string; expiresAt: Date }, now = new Date()): InvitationState {
  if (row.status === "accepted" || row.status === "canceled") return row.status;
  return row.expiresAt.getTime() <= now.getTime() ? "expired" : "pending";
}

export function invitationLink(publicUrl: string, id: string): string {
  return `${publicUrl}/invitations/${id}`;
}
