import { z } from "zod";
import type { UseCaseContext } from "../context";
import { notFound } from "../errors";
import { parseInput } from "../validate";
import { indicatorFor, liveObservation, type ObservationRow } from "./figure-access.server";
import { ZObservationInput } from "./indicator-fields";
import { recordObservation } from "./record-observation.server";

/** Any of a figure's fields; those left out keep their values. A breakdown sent replaces the whole breakdown. */
export const ZUpdateObservationInput = ZObservationInput.partial().extend({
  /** The version the caller read; a stale save is refused with the current figure. */
  expectedVersion: z.coerce.number().int().min(1),
});
export type TUpdateObservationInput = z.input<typeof ZUpdateObservationInput>;

const FIELDS = Object.keys(ZObservationInput.shape) as (keyof typeof ZObservationInput.shape)[];

/**
 * Changes some fields of one figure (the API's PATCH). The figure's current fields fill in the
 * rest, then `recordObservation` applies every rule of a whole figure, and refuses a stale version.
 */
export async function updateObservation(
  ctx: UseCaseContext,
  slug: string,
  indicatorId: string,
  observationId: string,
  input: TUpdateObservationInput | Record<string, unknown>,
): Promise<ObservationRow> {
  await indicatorFor(ctx, slug, indicatorId, "figure.edit");
  const { expectedVersion } = parseInput(ZUpdateObservationInput, input);
  const current = await liveObservation(ctx.db, indicatorId, observationId);
  if (!current) throw notFound("The figure");
  const given = input as Record<string, unknown>;
  const merged = Object.fromEntries(
    FIELDS.map((f) => [f, f in given && given[f] !== undefined ? given[f] : current[f]]),
  );
  return recordObservation(ctx, slug, indicatorId, { ...merged, observationId, expectedVersion });
}
