import type { DbOrTx } from "../../db/types";
import { invalid } from "../errors";
import { knownIndicatorIds } from "../figures/known-indicators.server";
import type { Marker } from "./plan-types";

/** A marker may point only at one of its own institution's indicators. */
export async function assertMarkerIndicators(
  db: DbOrTx,
  institutionId: string,
  markers: Marker[],
): Promise<void> {
  const wanted = markers.map((m) => m.indicatorId).filter((id): id is string => Boolean(id));
  if (!wanted.length) return;
  const known = await knownIndicatorIds(db, institutionId, wanted);
  const errors: Record<string, string[]> = {};
  markers.forEach((m, i) => {
    if (m.indicatorId && !known.has(m.indicatorId))
      errors[`markers.${i}.indicatorId`] = ["Choose one of this institution's indicators."];
  });
  if (Object.keys(errors).length) throw invalid("Some answers need correcting.", errors);
}
