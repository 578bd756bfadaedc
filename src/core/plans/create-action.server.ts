import { and, eq, gte, isNull, sql } from "drizzle-orm";
import { planAction } from "../../db/schema";
import { actorId } from "../actor";
import type { UseCaseContext } from "../context";
import { recordChange } from "../history/record-change.server";
import { parseInput } from "../validate";
import { resolveLead } from "./action-lead.server";
import { nextPosition } from "./copy-action.server";
import { markersToSave } from "./marker-ids";
import { assertMarkerIndicators } from "./marker-indicators.server";
import { type ActionRow, actionColumns, planForChange } from "./plan-access.server";
import { type TActionFields, ZCreateActionInput } from "./plan-fields";

/** Adds an action to a plan, at the end unless a position is given (later actions move down). */
export async function createAction(
  ctx: UseCaseContext,
  slug: string,
  planId: string,
  input: (TActionFields & { position?: number }) | Record<string, unknown>,
): Promise<ActionRow> {
  const { institution } = await planForChange(ctx, slug, planId, "plan.edit");
  const { position, leadMemberId, leadName, ...fields } = parseInput(ZCreateActionInput, input);
  const lead = await resolveLead(ctx.db, institution.id, leadMemberId, leadName);
  await assertMarkerIndicators(ctx.db, institution.id, fields.markers);
  const by = actorId(ctx.actor);
  return ctx.db.transaction(async (tx) => {
    const end = await nextPosition(tx, planId);
    const at = position && position < end ? position : end;
    if (at < end)
      await tx
        .update(planAction)
        .set({ position: sql`${planAction.position} + 1` })
        .where(
          and(eq(planAction.planId, planId), gte(planAction.position, at), isNull(planAction.deletedAt)),
        );
    const [row] = await tx
      .insert(planAction)
      .values({
        ...fields,
        // A new action has no markers yet, so every marker gets a new id.
        markers: markersToSave(fields.markers),
        ...lead,
        planId,
        institutionId: institution.id,
        position: at,
        createdBy: by,
        updatedBy: by,
      })
      .returning(actionColumns);
    if (!row) throw new Error("The action was not written.");
    await recordChange(tx, ctx.actor, {
      action: "action.create",
      entityType: "plan_action",
      entityId: row.id,
      institutionId: institution.id,
      after: row,
    });
    return row;
  });
}
