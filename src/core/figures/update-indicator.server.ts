import { and, eq, isNull } from "drizzle-orm";
import { indicator, observation } from "../../db/schema";
import { actorId } from "../actor";
import type { UseCaseContext } from "../context";
import { AppError, invalid } from "../errors";
import { recordChange } from "../history/record-change.server";
import { parseInput } from "../validate";
import { assertNameFree } from "./create-indicator.server";
import { type IndicatorRow, indicatorColumns, indicatorFor } from "./figure-access.server";
import { type TUpdateIndicatorInput, ZUpdateIndicatorInput } from "./indicator-fields";

/**
 * Changes an indicator's name, definition, category, unit or breakdown. Once it has figures, its
 * unit is fixed (42 technicians must not become 42 %) and a breakdown in use cannot be dropped,
 * so no recorded figure changes meaning; a different measure is a new indicator.
 */
export async function updateIndicator(
  ctx: UseCaseContext,
  slug: string,
  indicatorId: string,
  input: TUpdateIndicatorInput | Record<string, unknown>,
): Promise<IndicatorRow> {
  const { institution, indicator: current } = await indicatorFor(ctx, slug, indicatorId, "figure.edit");
  const { expectedVersion, ...fields } = parseInput(ZUpdateIndicatorInput, input);
  return ctx.db.transaction(async (tx) => {
    const figures = await tx
      .select({ breakdown: observation.breakdown })
      .from(observation)
      .where(and(eq(observation.indicatorId, indicatorId), isNull(observation.deletedAt)));
    if (figures.length && fields.unit && fields.unit !== current.unit)
      throw invalid("The unit cannot change once figures are recorded.", {
        unit: ["Figures are recorded in this unit: add a new indicator for a different measure."],
      });
    const dropped = current.breakdownKeys.filter(
      (k) => fields.breakdownKeys && !fields.breakdownKeys.includes(k),
    );
    const inUse = dropped.filter((k) => figures.some((f) => f.breakdown[k] !== undefined));
    if (inUse.length)
      throw invalid("A breakdown with figures cannot be removed.", {
        breakdownKeys: inUse.map(
          (k) => `'${k}' has figures recorded: keep it, or remove those figures first.`,
        ),
      });
    if (fields.name) await assertNameFree(tx, institution.id, fields.name, indicatorId);
    const [row] = await tx
      .update(indicator)
      .set({ ...fields, version: expectedVersion + 1, updatedAt: new Date(), updatedBy: actorId(ctx.actor) })
      .where(and(eq(indicator.id, indicatorId), eq(indicator.version, expectedVersion)))
      .returning(indicatorColumns);
    if (!row) {
      const [latest] = await tx.select(indicatorColumns).from(indicator).where(eq(indicator.id, indicatorId));
      throw new AppError("STALE", "Someone else changed this indicator since you opened it.", {
        current: latest,
        currentVersion: latest?.version,
      });
    }
    await recordChange(tx, ctx.actor, {
      action: "indicator.update",
      entityType: "indicator",
      entityId: indicatorId,
      institutionId: institution.id,
      before: current,
      after: row,
    });
    return row;
  });
}
