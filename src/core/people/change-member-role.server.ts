import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { member } from "../../db/schema";
import { actorId, INSTITUTION_ROLES } from "../actor";
import type { UseCaseContext } from "../context";
import { AppError, conflict, notFound } from "../errors";
import { recordChange } from "../history/record-change.server";
import { parseInput } from "../validate";
import { institutionFor } from "./institution-for.server";
import { countLeads } from "./lead-count.server";

export const ZChangeMemberRoleInput = z.object({
  memberId: z.uuid("Not a member id."),
  role: z.enum(INSTITUTION_ROLES, { error: "Choose a role." }),
  /** The version the lead saw, so two leads changing one person cannot overwrite each other. */
  expectedVersion: z.coerce.number().int().min(1),
});

export async function changeMemberRole(
  ctx: UseCaseContext,
  slug: string,
  input: z.input<typeof ZChangeMemberRoleInput> | Record<string, unknown>,
): Promise<void> {
  const institution = await institutionFor(ctx, slug, "member.manage");
  const { memberId, role, expectedVersion } = parseInput(ZChangeMemberRoleInput, input);
  await ctx.db.transaction(async (tx) => {
    const [current] = await tx
      .select()
      .from(member)
      .where(and(eq(member.id, memberId), eq(member.organizationId, institution.id)));
    if (!current) throw notFound("The member");
    if (current.role === "lead" && role !== "lead" && (await countLeads(tx, institution.id)) <= 1) {
      throw conflict("An institution needs at least one lead. Make someone else lead first.", {
        role: ["The last lead cannot be changed."],
      });
    }
    const [row] = await tx
      .update(member)
      .set({ role, version: expectedVersion + 1, updatedAt: new Date(), updatedBy: actorId(ctx.actor) })
      .where(and(eq(member.id, memberId), eq(member.version, expectedVersion)))
      .returning({ id: member.id });
    if (!row) {
      throw new AppError("STALE", "Someone else changed this member since you opened the page.", {
        current: { role: current.role },
        currentVersion: current.version,
      });
    }
    await recordChange(tx, ctx.actor, {
      action: "member.change-role",
      entityType: "member",
      entityId: memberId,
      institutionId: institution.id,
      before: { role: current.role },
      after: { role },
    });
  });
}
