import { asc, eq } from "drizzle-orm";
import { member, user } from "../../db/schema";
import type { InstitutionRole } from "../actor";
import type { UseCaseContext } from "../context";
import { institutionFor } from "./institution-for.server";

export type MemberView = {
  id: string;
  userId: string;
  name: string;
  email: string;
  role: InstitutionRole;
  joinedAt: Date;
  version: number;
};

export async function listMembers(ctx: UseCaseContext, slug: string): Promise<MemberView[]> {
  const institution = await institutionFor(ctx, slug, "member.list");
  const rows = await ctx.db
    .select({
      id: member.id,
      userId: member.userId,
      name: user.name,
      email: user.email,
      role: member.role,
      joinedAt: member.createdAt,
      version: member.version,
    })
    .from(member)
    .innerJoin(user, eq(user.id, member.userId))
    .where(eq(member.organizationId, institution.id))
    .orderBy(asc(user.name));
  return rows as MemberView[];
}
