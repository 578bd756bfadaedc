import { and, eq, inArray, isNull } from "drizzle-orm";
import { indicator } from "../../db/schema";
import type { DbOrTx } from "../../db/types";
import type { Unit } from "./figure-types";

export type IndicatorLabel = { id: string; name: string; unit: Unit };

/**
 * The names and units of those of these ids that are live indicators of the institution: for another
 * capability (a marker of success pointing at an indicator) to name them, or to refuse an id that is
 * not the institution's own. No permission check: the caller has authorised reading what points here,
 * and `institutionId` keeps another institution's indicators out.
 */
export async function indicatorLabels(
  db: DbOrTx,
  institutionId: string,
  ids: readonly string[],
): Promise<Map<string, IndicatorLabel>> {
  if (!ids.length) return new Map();
  const rows = await db
    .select({ id: indicator.id, name: indicator.name, unit: indicator.unit })
    .from(indicator)
    .where(
      and(
        inArray(indicator.id, [...ids]),
        eq(indicator.institutionId, institutionId),
        isNull(indicator.deletedAt),
      ),
    );
  return new Map(rows.map((r) => [r.id, r]));
}

/** Which of these ids are live indicators of the institution (see `indicatorLabels`). */
export async function knownIndicatorIds(
  db: DbOrTx,
  institutionId: string,
  ids: readonly string[],
): Promise<Set<string>> {
  return new Set((await indicatorLabels(db, institutionId, ids)).keys());
}
