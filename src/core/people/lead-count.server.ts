import { and, count, eq } from "drizzle-orm";
import { member } from "../../db/schema";
import type { DbOrTx } from "../../db/types";

export async function countLeads(db: DbOrTx, institutionId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(member)
    .where(and(eq(member.organizationId, institutionId), eq(member.role, "lead")));
  return Number(row?.n ?? 0);
}
