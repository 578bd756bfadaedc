import { asc, eq } from "drizzle-orm";
import { member, organization, user } from "../../db/schema";
import type { UseCaseContext } from "../context";
import { authorize } from "../policy";

export type UserListItem = {
  id: string;
  email: string;
  name: string;
  platformRole: string | null;
  isDemo: boolean;
  memberships: { slug: string; role: string }[];
  createdAt: Date;
};

export async function listUsers(ctx: UseCaseContext): Promise<UserListItem[]> {
  authorize(ctx.actor, "user.manage");
  const users = await ctx.db
    .select({
      id: user.id,
      email: user.email,
      name: user.name,
      platformRole: user.platformRole,
      isDemo: user.isDemo,
      createdAt: user.createdAt,
    })
    .from(user)
    .orderBy(asc(user.email));
  const rows = await ctx.db
    .select({ userId: member.userId, slug: organization.slug, role: member.role })
    .from(member)
    .innerJoin(organization, eq(organization.id, member.organizationId))
    .orderBy(asc(organization.slug));
  return users.map((u) => ({
    ...u,
    memberships: rows.filter((r) => r.userId === u.id).map(({ slug, role }) => ({ slug, role })),
  }));
}
