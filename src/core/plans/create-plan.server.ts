import { and, eq, inArray, isNull } from "drizzle-orm";
import { plan, planAction } from "../../db/schema";
import { actorId } from "../actor";
import { getCharter } from "../charters/get-charter.server";
import type { UseCaseContext } from "../context";
import { invalid } from "../errors";
import { recordChange } from "../history/record-change.server";
import { institutionFor } from "../people/institution-for.server";
import { parseInput } from "../validate";
import { findScale } from "./charter-data";
import { copyActionInto } from "./copy-action.server";
import { actionColumns, type PlanRow, planColumns } from "./plan-access.server";
import { type TCreatePlanInput, ZCreatePlanInput } from "./plan-fields";

/**
 * Starts a draft plan, optionally following a previous plan and carrying chosen actions of it
 * forward. The RAG scale is copied from the charter now and fixed once any action is rated.
 */
export async function createPlan(
  ctx: UseCaseContext,
  slug: string,
  input: TCreatePlanInput | Record<string, unknown>,
): Promise<PlanRow> {
  const institution = await institutionFor(ctx, slug, "plan.edit");
  const fields = parseInput(ZCreatePlanInput, input);
  const charter = await getCharter(ctx);
  const scale = findScale(charter, fields.ragScaleId);
  if (!scale) throw invalid("Choose a RAG scale.", { ragScaleId: ["Choose one of the charter's scales."] });
  const by = actorId(ctx.actor);
  return ctx.db.transaction(async (tx) => {
    if (fields.previousPlanId) {
      const [previous] = await tx
        .select({ id: plan.id })
        .from(plan)
        .where(
          and(
            eq(plan.id, fields.previousPlanId),
            eq(plan.institutionId, institution.id),
            isNull(plan.deletedAt),
          ),
        );
      if (!previous)
        throw invalid("Choose one of this institution's plans.", { previousPlanId: ["Not found."] });
    }
    const [row] = await tx
      .insert(plan)
      .values({
        institutionId: institution.id,
        charterId: charter.id,
        title: fields.title,
        startsOn: fields.startsOn,
        endsOn: fields.endsOn,
        pillarAims: fields.pillarAims,
        ragScale: scale,
        previousPlanId: fields.previousPlanId ?? null,
        isDemo: false,
        createdBy: by,
        updatedBy: by,
      })
      .returning(planColumns);
    if (!row) throw new Error("The plan was not written.");
    await recordChange(tx, ctx.actor, {
      action: "plan.create",
      entityType: "plan",
      entityId: row.id,
      institutionId: institution.id,
      after: row,
    });
    if (fields.carryForwardActionIds.length) {
      if (!fields.previousPlanId)
        throw invalid("Choose the previous plan to carry actions from.", {
          previousPlanId: ["Choose a plan."],
        });
      const sources = await tx
        .select(actionColumns)
        .from(planAction)
        .where(
          and(
            inArray(planAction.id, fields.carryForwardActionIds),
            eq(planAction.planId, fields.previousPlanId),
            isNull(planAction.deletedAt),
          ),
        );
      if (sources.length !== new Set(fields.carryForwardActionIds).size)
        throw invalid("Only actions of the previous plan can be carried forward.", {
          carryForwardActionIds: ["Some actions are not in the previous plan."],
        });
      const retired = sources.filter((s) => s.retiredAt);
      if (retired.length)
        throw invalid("Retired actions cannot be carried forward.", {
          carryForwardActionIds: retired.map((s) => `"${s.title}" is retired.`),
        });
      for (const source of [...sources].sort((a, b) => a.position - b.position)) {
        await copyActionInto(tx, ctx.actor, source, { planId: row.id, institutionId: institution.id });
      }
    }
    return row;
  });
}
