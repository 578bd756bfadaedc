import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { member, user } from "../../db/schema";
import type { UseCaseContext } from "../context";
import { conflict, notFound } from "../errors";
import { recordChange } from "../history/record-change.server";
import { parseInput } from "../validate";
import { institutionFor } from "./institution-for.server";
import { countLeads } from "./lead-count.server";

export const ZRemoveMemberInput = z.object({ memberId: z.uuid("Not a member id.") });

/** Removes a membership; the history keeps who they were, their role and who removed them. */
export async function removeMember(
  ctx: UseCaseContext,
  slug: string,
  input: z.input<typeof ZRemoveMemberInput>,
): Promise<void> {
  const institution = await institutionFor(ctx, slug, "member.manage");
  const { memberId } = parseInput(ZRemoveMemberInput, input);
  await ctx.db.transaction(async (tx) => {
    const [current] = await tx
      .select({ id: member.id, userId: member.userId, role: member.role, email: user.email, name: user.name })
      .from(member)
      .innerJoin(user, eq(user.id, member.userId))
      .where(and(eq(member.id, memberId), eq(member.organizationId, institution.id)));
    if (!current) throw notFound("The member");
    if (current.role === "lead" && (await countLeads(tx, institution.id)) <= 1) {
      throw conflict("An institution needs at least one lead. Make someone else lead first.");
    }
    await tx.delete(member).where(eq(member.id, memberId));
    await recordChange(tx, ctx.actor, {
      action: "member.remove",
      entityType: "member",
      entityId: memberId,
      institutionId: institution.id,
      before: current,
    });
  });
}
