import { and, eq } from "drizzle-orm";
import { member, user } from "../../db/schema";
import type { DbOrTx } from "../../db/types";
import { invalid } from "../errors";

/**
 * An action's lead is an optional member plus a display name: LSTM's plan names leads by first
 * name, so the name stands alone; a chosen member must belong to the institution and, when no
 * name is typed, lends theirs.
 */
export async function resolveLead(
  db: DbOrTx,
  institutionId: string,
  leadMemberId: string | null | undefined,
  leadName: string,
): Promise<{ leadMemberId: string | null; leadName: string }> {
  if (!leadMemberId) return { leadMemberId: null, leadName };
  const [row] = await db
    .select({ id: member.id, name: user.name })
    .from(member)
    .innerJoin(user, eq(user.id, member.userId))
    .where(and(eq(member.id, leadMemberId), eq(member.organizationId, institutionId)));
  if (!row)
    throw invalid("Some answers need correcting.", {
      leadMemberId: ["Choose a member of this institution."],
    });
  return { leadMemberId: row.id, leadName: leadName || row.name };
}
