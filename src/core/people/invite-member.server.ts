import { randomUUID } from "node:crypto";
import { and, eq, gt, sql } from "drizzle-orm";
import { z } from "zod";
import { invitation, member, user } from "../../db/schema";
import { actorId, INSTITUTION_ROLES } from "../actor";
import type { UseCaseContext } from "../context";
import { conflict } from "../errors";
import { recordChange } from "../history/record-change.server";
import { parseInput } from "../validate";
import { institutionFor } from "./institution-for.server";
import { INVITATION_VALID_DAYS, invitationLink } from "./invitation-view.server";

export const ZInviteMemberInput = z.object({
  /** Who to invite; they accept with an account under this address. */
  email: z.email("Enter an email address like name@example.ac.uk.").trim().toLowerCase(),
  /** The role they will have on accepting. */
  role: z.enum(INSTITUTION_ROLES, { error: "Choose a role." }),
});
export type TInviteMemberInput = z.input<typeof ZInviteMemberInput>;

export type InvitationCreated = {
  id: string;
  email: string;
  role: string;
  expiresAt: Date;
  link: string;
  delivery: "sent" | "logged";
};

export async function inviteMember(
  ctx: UseCaseContext,
  slug: string,
  input: TInviteMemberInput | Record<string, unknown>,
): Promise<InvitationCreated> {
  const institution = await institutionFor(ctx, slug, "member.manage");
  const { email, role } = parseInput(ZInviteMemberInput, input);
  const created = await ctx.db.transaction(async (tx) => {
    const [already] = await tx
      .select({ id: member.id })
      .from(member)
      .innerJoin(user, eq(user.id, member.userId))
      .where(and(eq(member.organizationId, institution.id), eq(sql`lower(${user.email})`, email)));
    if (already) throw conflict(`${email} is already a member.`, { email: ["Already a member."] });
    const [pending] = await tx
      .select({ id: invitation.id })
      .from(invitation)
      .where(
        and(
          eq(invitation.organizationId, institution.id),
          eq(invitation.email, email),
          eq(invitation.status, "pending"),
          gt(invitation.expiresAt, new Date()),
        ),
      );
    if (pending) {
      throw conflict(`An invitation to ${email} is already waiting. Cancel it to send a new one.`, {
        email: ["Already invited."],
      });
    }
    const id = randomUUID();
    const expiresAt = new Date(Date.now() + INVITATION_VALID_DAYS * 24 * 60 * 60 * 1000);
    const by = actorId(ctx.actor);
    await tx.insert(invitation).values({
      id,
      organizationId: institution.id,
      email,
      role,
      status: "pending",
      expiresAt,
      inviterId: ctx.actor.kind === "user" ? ctx.actor.userId : null,
      createdBy: by,
      updatedBy: by,
    });
    await recordChange(tx, ctx.actor, {
      action: "invitation.create",
      entityType: "invitation",
      entityId: id,
      institutionId: institution.id,
      after: { email, role, expiresAt },
    });
    return { id, email, role, expiresAt, link: invitationLink(ctx.config.publicUrl, id) };
  });
  const delivery = await ctx.mailer.send({
    to: email,
    subject: `You are invited to ${institution.name} on Commitment Hub`,
    text: [
      `You have been invited to join ${institution.name} on Commitment Hub as ${role}.`,
      `Accept the invitation here: ${created.link}`,
      `The link works once and until ${created.expiresAt.toUTCString()}.`,
    ].join("\n"),
  });
  return { ...created, delivery };
}
