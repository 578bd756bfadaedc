import { desc, eq } from "drizzle-orm";
import { auditEvent, user } from "../../db/schema";
import type { UseCaseContext } from "../context";
import { institutionFor } from "../people/institution-for.server";

export type ChangeListItem = { id: string; action: string; by: string; at: Date };

/** The institution's latest changes, newest first: who did what, when. */
export async function listRecentChanges(
  ctx: UseCaseContext,
  slug: string,
  limit = 10,
): Promise<ChangeListItem[]> {
  const institution = await institutionFor(ctx, slug, "institution.read-private");
  const rows = await ctx.db
    .select({
      id: auditEvent.id,
      action: auditEvent.action,
      byName: user.name,
      byId: auditEvent.createdBy,
      at: auditEvent.createdAt,
    })
    .from(auditEvent)
    .leftJoin(user, eq(user.id, auditEvent.createdBy))
    .where(eq(auditEvent.institutionId, institution.id))
    .orderBy(desc(auditEvent.createdAt))
    .limit(limit);
  return rows.map((r) => ({ id: r.id, action: r.action, by: r.byName ?? r.byId ?? "system", at: r.at }));
}
