import { eq } from "drizzle-orm";
import { member, organization, user } from "../../db/schema";
import type { Tx } from "../../db/types";
import type { Actor } from "../actor";

/**
 * Each demo institution's lead as an actor, and every demo member's id by email: the demo is
 * loaded through the use-cases as the people who would have done the work.
 */
export async function demoLeads(
  tx: Tx,
  slugs: Iterable<string>,
): Promise<{ leads: Map<string, Actor>; memberIds: Map<string, string> }> {
  const leads = new Map<string, Actor>();
  const memberIds = new Map<string, string>();
  for (const slug of new Set(slugs)) {
    const rows = await tx
      .select({
        memberId: member.id,
        role: member.role,
        userId: user.id,
        email: user.email,
        name: user.name,
        inst: organization.id,
      })
      .from(member)
      .innerJoin(user, eq(user.id, member.userId))
      .innerJoin(organization, eq(organization.id, member.organizationId))
      .where(eq(organization.slug, slug));
    for (const r of rows) memberIds.set(r.email, r.memberId);
    const lead = rows.find((r) => r.role === "lead");
    if (!lead) throw new Error(`The demo institution "${slug}" has no lead.`);
    leads.set(slug, {
      kind: "user",
      userId: lead.userId,
      email: lead.email,
      name: lead.name,
      platformRole: null,
      memberships: { [lead.inst]: "lead" },
      via: "session",
    });
  }
  return { leads, memberIds };
}
