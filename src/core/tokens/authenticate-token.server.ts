import { and, eq, gt, isNull, lt, or } from "drizzle-orm";
import { apiToken } from "../../db/schema";
import type { DbOrTx } from "../../db/types";
import { hashToken, TOKEN_PREFIX } from "./token-hash";

/** Returns the owner of a live token, or null. `last_used_at` is written at most once a minute. */
export async function authenticateToken(db: DbOrTx, token: string): Promise<string | null> {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  const now = new Date();
  const [row] = await db
    .select({ id: apiToken.id, userId: apiToken.userId })
    .from(apiToken)
    .where(
      and(
        eq(apiToken.tokenHash, hashToken(token)),
        isNull(apiToken.revokedAt),
        or(isNull(apiToken.expiresAt), gt(apiToken.expiresAt, now)),
      ),
    );
  if (!row) return null;
  await db
    .update(apiToken)
    .set({ lastUsedAt: now })
    .where(
      and(
        eq(apiToken.id, row.id),
        or(isNull(apiToken.lastUsedAt), lt(apiToken.lastUsedAt, new Date(now.getTime() - 60_000))),
      ),
    );
  return row.userId;
}
