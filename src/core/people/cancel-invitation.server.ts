import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { invitation } from "../../db/schema";
import { actorId } from "../actor";
import type { UseCaseContext } from "../context";
import { conflict, notFound } from "../errors";
import { recordChange } from "../history/record-change.server";
import { parseInput } from "../validate";
import { institutionFor } from "./institution-for.server";

export const ZCancelInvitationInput = z.object({ invitationId: z.uuid("Not an invitation id.") });

export async function cancelInvitation(
  ctx: UseCaseContext,
  slug: string,
  input: z.input<typeof ZCancelInvitationInput>,
): Promise<void> {
  const institution = await institutionFor(ctx, slug, "member.manage");
  const { invitationId } = parseInput(ZCancelInvitationInput, input);
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(invitation)
      .set({
        status: "canceled",
        updatedAt: new Date(),
        updatedBy: actorId(ctx.actor),
        version: sql`${invitation.version} + 1`,
      })
      .where(
        and(
          eq(invitation.id, invitationId),
          eq(invitation.organizationId, institution.id),
          eq(invitation.status, "pending"),
        ),
      )
      .returning({ id: invitation.id, email: invitation.email });
    if (!row) {
      const [exists] = await tx
        .select({ status: invitation.status })
        .from(invitation)
        .where(and(eq(invitation.id, invitationId), eq(invitation.organizationId, institution.id)));
      if (!exists) throw notFound("The invitation");
      throw conflict(`This invitation is already ${exists.status}.`);
    }
    await recordChange(tx, ctx.actor, {
      action: "invitation.cancel",
      entityType: "invitation",
      entityId: row.id,
      institutionId: institution.id,
      before: { status: "pending" },
      after: { status: "canceled" },
    });
  });
}
