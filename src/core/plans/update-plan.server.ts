import { and, count, eq, isNull } from "drizzle-orm";
import { plan, planAction, rating } from "../../db/schema";
import { actorId } from "../actor";
import { getCharter } from "../charters/get-charter.server";
import type { UseCaseContext } from "../context";
import { AppError, invalid } from "../errors";
import { recordChange } from "../history/record-change.server";
import { parseInput } from "../validate";
import { findScale } from "./charter-data";
import { type PlanRow, planColumns, planForChange } from "./plan-access.server";
import { type TUpdatePlanInput, ZUpdatePlanInput } from "./plan-fields";
import { isScaleLocked } from "./rag";

/** Edits a plan's title, period, pillar aims or (until the first rating) its RAG scale. */
export async function updatePlan(
  ctx: UseCaseContext,
  slug: string,
  planId: string,
  input: TUpdatePlanInput | Record<string, unknown>,
): Promise<PlanRow> {
  const { plan: current } = await planForChange(ctx, slug, planId, "plan.edit");
  const { expectedVersion, ragScaleId, ...fields } = parseInput(ZUpdatePlanInput, input);
  const startsOn = fields.startsOn ?? current.startsOn;
  const endsOn = fields.endsOn ?? current.endsOn;
  if (endsOn <= startsOn)
    throw invalid("Some answers need correcting.", { endsOn: ["The end date must be after the start."] });
  let ragScale = current.ragScale;
  if (ragScaleId && ragScaleId !== current.ragScale.id) {
    const [rated] = await ctx.db
      .select({ n: count() })
      .from(rating)
      .innerJoin(planAction, eq(planAction.id, rating.actionId))
      .where(and(eq(planAction.planId, planId), isNull(rating.deletedAt)));
    if (isScaleLocked(Number(rated?.n ?? 0)))
      throw invalid("The RAG scale is fixed once any action is rated.", {
        ragScaleId: ["Actions have been rated on this scale, so it can no longer change."],
      });
    const found = findScale(await getCharter(ctx), ragScaleId);
    if (!found) throw invalid("Choose a RAG scale.", { ragScaleId: ["Choose one of the charter's scales."] });
    ragScale = found;
  }
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(plan)
      .set({
        ...fields,
        ragScale,
        version: expectedVersion + 1,
        updatedAt: new Date(),
        updatedBy: actorId(ctx.actor),
      })
      .where(and(eq(plan.id, planId), eq(plan.version, expectedVersion)))
      .returning(planColumns);
    if (!row) {
      const [latest] = await tx.select(planColumns).from(plan).where(eq(plan.id, planId));
      throw new AppError("STALE", "Someone else changed this plan since you opened it.", {
        current: latest,
        currentVersion: latest?.version,
      });
    }
    await recordChange(tx, ctx.actor, {
      action: "plan.update",
      entityType: "plan",
      entityId: planId,
      institutionId: row.institutionId,
      before: current,
      after: row,
    });
    return row;
  });
}
