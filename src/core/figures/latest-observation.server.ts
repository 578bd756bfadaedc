import { and, desc, eq, inArray, isNull } from "drizzle-orm";
import { indicator, observation } from "../../db/schema";
import type { DbOrTx } from "../../db/types";
import type { IsoDate } from "../plans/plan-types";
import { isProvisional, observedValue } from "./derived";
import { observationColumns } from "./figure-access.server";
import type { Period } from "./figure-types";
import { toObservation } from "./indicator-view.server";

export type LatestValue = {
  /** The figure to use (a percentage derived from its parts where both exist). */
  value: number;
  /** The day it describes: when it was counted, else its period's last day. */
  on: IsoDate;
  period: Period;
  isProvisional: boolean;
  observationId: string;
};

/**
 * The latest figure of each indicator, for a marker of success whose target status comes from an
 * indicator. No permission check: the caller (the plans capability) has already authorised reading
 * the plan whose marker points here, and a published marker shows its latest figure to its readers.
 * `institutionId` keeps that to the plan's own institution, so a marker pointing at another
 * institution's indicator learns nothing. Indicators with no usable figure are absent from the map.
 */
export async function latestValues(
  db: DbOrTx,
  institutionId: string,
  indicatorIds: readonly string[],
): Promise<Map<string, LatestValue>> {
  const latest = new Map<string, LatestValue>();
  if (!indicatorIds.length) return latest;
  const rows = await db
    .selectDistinctOn([observation.indicatorId], { ...observationColumns, unit: indicator.unit })
    .from(observation)
    .innerJoin(indicator, eq(indicator.id, observation.indicatorId))
    .where(
      and(
        inArray(observation.indicatorId, [...indicatorIds]),
        eq(indicator.institutionId, institutionId),
        isNull(indicator.deletedAt),
        isNull(observation.deletedAt),
      ),
    )
    .orderBy(observation.indicatorId, desc(observation.periodEnd), desc(observation.periodStart));
  for (const { unit, ...row } of rows) {
    const figure = toObservation(row);
    const { value } = observedValue(figure, unit);
    if (value === null) continue;
    latest.set(row.indicatorId, {
      value,
      on: row.asOf ?? row.periodEnd,
      period: row.period,
      isProvisional: isProvisional(figure),
      observationId: row.id,
    });
  }
  return latest;
}
