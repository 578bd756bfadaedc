import { eq } from "drizzle-orm";
import { member, user } from "../../db/schema";
import type { DbOrTx } from "../../db/types";
import { type Actor, type InstitutionRole, isInstitutionRole } from "../actor";

/** Builds the acting person from their account and memberships, read fresh for each request. */
export async function loadActor(db: DbOrTx, userId: string, via: "session" | "token"): Promise<Actor> {
  const [row] = await db
    .select({ id: user.id, email: user.email, name: user.name, platformRole: user.platformRole })
    .from(user)
    .where(eq(user.id, userId));
  if (!row) return { kind: "anonymous" };
  const rows = await db
    .select({ institutionId: member.organizationId, role: member.role })
    .from(member)
    .where(eq(member.userId, userId));
  const memberships: Record<string, InstitutionRole> = {};
  for (const m of rows) if (isInstitutionRole(m.role)) memberships[m.institutionId] = m.role;
  return {
    kind: "user",
    userId: row.id,
    email: row.email,
    name: row.name,
    platformRole: row.platformRole === "central" ? "central" : null,
    memberships,
    via,
  };
}
