import { and, eq, inArray, isNull } from "drizzle-orm";
import { indicator } from "../../db/schema";
import type { DbOrTx } from "../../db/types";

/**
 * Which of these ids are live indicators of the institution: for another capability (a marker of
 * success pointing at an indicator) to refuse an id that is not the institution's own.
 */
export async function knownIndicatorIds(
  db: DbOrTx,
  institutionId: string,
  ids: readonly string[],
): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const rows = await db
    .select({ id: indicator.id })
    .from(indicator)
    .where(
      and(
        inArray(indicator.id, [...ids]),
        eq(indicator.institutionId, institutionId),
        isNull(indicator.deletedAt),
      ),
    );
  return new Set(rows.map((r) => r.id));
}
