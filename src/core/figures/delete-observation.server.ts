import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { observation } from "../../db/schema";
import { actorId } from "../actor";
import type { UseCaseContext } from "../context";
import { AppError, notFound } from "../errors";
import { recordChange } from "../history/record-change.server";
import { parseInput } from "../validate";
import {
  indicatorFor,
  liveObservation,
  type ObservationRow,
  observationColumns,
} from "./figure-access.server";

export const ZDeleteObservationInput = z.object({
  /** The version read; when given, a figure changed since is not deleted. */
  expectedVersion: z.coerce.number().int().min(1).nullish(),
});

/**
 * Removes a figure from the indicator, keeping the row (and its history) with `deleted_at` set, so
 * nothing a person recorded disappears without trace; its period is then free for a new figure.
 */
export async function deleteObservation(
  ctx: UseCaseContext,
  slug: string,
  indicatorId: string,
  observationId: string,
  input: { expectedVersion?: number | string | null } | Record<string, unknown> = {},
): Promise<ObservationRow> {
  const { institution } = await indicatorFor(ctx, slug, indicatorId, "figure.edit");
  const { expectedVersion } = parseInput(ZDeleteObservationInput, input);
  return ctx.db.transaction(async (tx) => {
    const before = await liveObservation(tx, indicatorId, observationId);
    if (!before) throw notFound("The figure");
    const version = expectedVersion ?? before.version;
    const [row] = await tx
      .update(observation)
      .set({
        deletedAt: new Date(),
        version: version + 1,
        updatedAt: new Date(),
        updatedBy: actorId(ctx.actor),
      })
      .where(and(eq(observation.id, observationId), eq(observation.version, version)))
      .returning(observationColumns);
    if (!row)
      throw new AppError("STALE", "Someone else changed this figure since you opened it.", {
        current: before,
        currentVersion: before.version,
      });
    await recordChange(tx, ctx.actor, {
      action: "observation.delete",
      entityType: "observation",
      entityId: observationId,
      institutionId: institution.id,
      before,
    });
    return row;
  });
}
