import { desc, eq } from "drizzle-orm";
import { invitation } from "../../db/schema";
import type { UseCaseContext } from "../context";
import { institutionFor } from "./institution-for.server";
import {
  type InvitationState,
  invitationColumns,
  invitationLink,
  invitationState,
} from "./invitation-view.server";

export type InvitationListItem = {
  id: string;
  email: string;
  role: string | null;
  state: InvitationState;
  expiresAt: Date;
  createdAt: Date;
  /** Shown to the lead so they can pass it on when no mail is configured. */
  link: string;
  version: number;
};

export async function listInvitations(ctx: UseCaseContext, slug: string): Promise<InvitationListItem[]> {
  const institution = await institutionFor(ctx, slug, "invitation.list");
  const rows = await ctx.db
    .select(invitationColumns)
    .from(invitation)
    .where(eq(invitation.organizationId, institution.id))
    .orderBy(desc(invitation.createdAt));
  return rows.map((r) => ({
    id: r.id,
    email: r.email,
    role: r.role,
    state: invitationState(r),
    expiresAt: r.expiresAt,
    createdAt: r.createdAt,
    link: invitationLink(ctx.config.publicUrl, r.id),
    version: r.version,
  }));
}
