import { and, eq, isNull, ne } from "drizzle-orm";
import { z } from "zod";
import { observation } from "../../db/schema";
import type { DbOrTx } from "../../db/types";
import { actorId } from "../actor";
import type { UseCaseContext } from "../context";
import { AppError, conflict, invalid, notFound } from "../errors";
import { recordChange } from "../history/record-change.server";
import { parseInput } from "../validate";
import {
  indicatorFor,
  isUniqueViolation,
  liveObservation,
  type ObservationRow,
  observationColumns,
} from "./figure-access.server";
import type { Observation, Period } from "./figure-types";
import { observationInputFor, type TObservationInput, ZObservationInput } from "./indicator-fields";
import { periodBounds, periodLabel } from "./periods";

export const ZRecordObservationInput = ZObservationInput.extend({
  /** The figure to change; absent to add one. */
  observationId: z.uuid("Choose a figure of this indicator.").nullish(),
  /** With `observationId`: the version read, so a stale save is refused with the current figure. */
  expectedVersion: z.coerce.number().int().min(1).nullish(),
});
export type TRecordObservationInput = z.input<typeof ZRecordObservationInput>;

const ZTarget = ZRecordObservationInput.pick({ observationId: true, expectedVersion: true });

/** One figure per period: the person decides which of two is right, so a second is refused. */
const alreadyRecorded = (period: Period) =>
  conflict(`There is already a figure for ${periodLabel(period)}.`, {
    period: [`There is already a figure for ${periodLabel(period)}: change that one instead.`],
  });

/** The live figure of `indicatorId` for exactly this period, if any. */
async function figureForPeriod(db: DbOrTx, indicatorId: string, period: Period, exceptId?: string) {
  const { startsOn, endsOn } = periodBounds(period);
  const [row] = await db
    .select(observationColumns)
    .from(observation)
    .where(
      and(
        eq(observation.indicatorId, indicatorId),
        eq(observation.periodStart, startsOn),
        eq(observation.periodEnd, endsOn),
        isNull(observation.deletedAt),
        exceptId ? ne(observation.id, exceptId) : undefined,
      ),
    );
  return row;
}

/** The columns written for a figure, from a form or an imported row: its period's first and last day too. */
export function observationValues(o: Observation) {
  const { startsOn, endsOn } = periodBounds(o.period);
  return {
    period: o.period,
    periodStart: startsOn,
    periodEnd: endsOn,
    value: o.value,
    numerator: o.numerator ?? null,
    denominator: o.denominator ?? null,
    breakdown: o.breakdown ?? {},
    provisional: o.provisional ?? false,
    asOf: o.asOf ?? null,
    note: o.note ?? "",
  };
}

/** Adds a figure for a period, or (with `observationId` and `expectedVersion`) changes one. */
export async function recordObservation(
  ctx: UseCaseContext,
  slug: string,
  indicatorId: string,
  input:
    | (TObservationInput & { observationId?: string | null; expectedVersion?: number | string | null })
    | Record<string, unknown>,
): Promise<ObservationRow> {
  const { institution, indicator } = await indicatorFor(ctx, slug, indicatorId, "figure.edit");
  const { observationId, expectedVersion } = parseInput(ZTarget, input);
  const fields = parseInput(observationInputFor(indicator), input);
  if (observationId && !expectedVersion)
    throw invalid("Reload the figure and try again.", {
      expectedVersion: ["The version you read is needed."],
    });
  const by = actorId(ctx.actor);
  try {
    return await ctx.db.transaction(async (tx) => {
      if (await figureForPeriod(tx, indicatorId, fields.period, observationId ?? undefined))
        throw alreadyRecorded(fields.period);
      if (!observationId) {
        const [row] = await tx
          .insert(observation)
          .values({
            ...observationValues(fields),
            indicatorId,
            institutionId: institution.id,
            createdBy: by,
            updatedBy: by,
          })
          .returning(observationColumns);
        if (!row) throw new Error("The figure was not written.");
        await recordChange(tx, ctx.actor, {
          action: "observation.create",
          entityType: "observation",
          entityId: row.id,
          institutionId: institution.id,
          after: row,
        });
        return row;
      }
      const before = await liveObservation(tx, indicatorId, observationId);
      if (!before) throw notFound("The figure");
      const [row] = await tx
        .update(observation)
        .set({
          ...observationValues(fields),
          version: expectedVersion! + 1,
          updatedAt: new Date(),
          updatedBy: by,
        })
        .where(and(eq(observation.id, observationId), eq(observation.version, expectedVersion!)))
        .returning(observationColumns);
      if (!row)
        throw new AppError("STALE", "Someone else changed this figure since you opened it.", {
          current: before,
          currentVersion: before.version,
        });
      await recordChange(tx, ctx.actor, {
        action: "observation.update",
        entityType: "observation",
        entityId: row.id,
        institutionId: institution.id,
        before,
        after: row,
      });
      return row;
    });
  } catch (error) {
    // Someone else recorded the same period between the check and the write: the index refused it.
    if (isUniqueViolation(error)) throw alreadyRecorded(fields.period);
    throw error;
  }
}
