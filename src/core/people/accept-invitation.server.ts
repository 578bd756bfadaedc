import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { invitation, member, user } from "../../db/schema";
import { type Actor, actorId, isInstitutionRole } from "../actor";
import type { UseCaseContext } from "../context";
import { AppError, conflict, forbidden, invalid } from "../errors";
import { recordChange } from "../history/record-change.server";
import { parseInput } from "../validate";
import { createAccount } from "./create-account.server";
import { getInvitation } from "./get-invitation.server";
import { invitationState } from "./invitation-view.server";

/** A new person gives a name and password; someone signed in gives nothing. */
export const ZAcceptInvitationInput = z.object({
  name: z.string().trim().min(1, "Enter your name.").max(200).optional(),
  password: z.string().max(128, "Use at most 128 characters.").optional(),
});
export type TAcceptInvitationInput = z.input<typeof ZAcceptInvitationInput>;

export type InvitationAccepted = {
  userId: string;
  email: string;
  institutionSlug: string;
  accountCreated: boolean;
};

/** Accepts an invitation once: the row is claimed with a conditional update, so a second use fails. */
export async function acceptInvitation(
  ctx: UseCaseContext,
  id: string,
  input: TAcceptInvitationInput = {},
): Promise<InvitationAccepted> {
  const found = await getInvitation(ctx, id);
  if (found.state === "accepted") throw conflict("This invitation has already been used.");
  if (found.state === "canceled") throw conflict("This invitation was cancelled by the institution's lead.");
  if (found.state === "expired") {
    throw conflict("This invitation has expired. Ask the institution's lead to invite you again.");
  }
  const fields = parseInput(ZAcceptInvitationInput, input);
  const { actor } = ctx;
  if (actor.kind === "user" && actor.email.toLowerCase() !== found.email.toLowerCase()) {
    throw forbidden(`This invitation is for ${found.email}, but you are signed in as ${actor.email}.`);
  }

  return ctx.db.transaction(async (tx) => {
    let userId: string;
    let accountCreated = false;
    if (actor.kind === "user") {
      userId = actor.userId;
    } else {
      const [existing] = await tx
        .select({ id: user.id })
        .from(user)
        .where(eq(sql`lower(${user.email})`, found.email));
      if (existing)
        throw new AppError("UNAUTHENTICATED", `Sign in as ${found.email} to accept this invitation.`);
      const missing: Record<string, string[]> = {};
      if (!fields.name) missing.name = ["Enter your name."];
      if (!fields.password) missing.password = ["Choose a password."];
      if (Object.keys(missing).length) throw invalid("Some answers need correcting.", missing);
      userId = await createAccount(tx, ctx.auth, actor, {
        email: found.email,
        name: fields.name!,
        password: fields.password!,
      });
      accountCreated = true;
    }
    const by = actor.kind === "user" ? actorId(actor) : userId;
    const [claimed] = await tx
      .update(invitation)
      .set({
        status: "accepted",
        acceptedBy: userId,
        acceptedAt: new Date(),
        updatedAt: new Date(),
        updatedBy: by,
        version: sql`${invitation.version} + 1`,
      })
      .where(and(eq(invitation.id, found.id), eq(invitation.status, "pending")))
      .returning({
        institutionId: invitation.organizationId,
        role: invitation.role,
        expiresAt: invitation.expiresAt,
      });
    if (!claimed || invitationState({ status: "pending", expiresAt: claimed.expiresAt }) !== "pending") {
      throw conflict("This invitation has already been used.");
    }
    const role = isInstitutionRole(claimed.role) ? claimed.role : "viewer";
    const [already] = await tx
      .select({ id: member.id })
      .from(member)
      .where(and(eq(member.organizationId, claimed.institutionId), eq(member.userId, userId)));
    if (already) throw conflict("You are already a member of this institution.");
    const memberId = randomUUID();
    await tx.insert(member).values({
      id: memberId,
      organizationId: claimed.institutionId,
      userId,
      role,
      createdBy: by,
      updatedBy: by,
    });
    // A newly created person is the author of their own acceptance.
    const author: Actor =
      actor.kind === "user"
        ? actor
        : {
            kind: "user",
            userId,
            email: found.email,
            name: fields.name ?? "",
            platformRole: null,
            memberships: {},
            via: "session",
          };
    await recordChange(tx, author, {
      action: "invitation.accept",
      entityType: "member",
      entityId: memberId,
      institutionId: claimed.institutionId,
      after: { userId, role, invitationId: found.id },
    });
    return { userId, email: found.email, institutionSlug: found.institutionSlug, accountCreated };
  });
}
