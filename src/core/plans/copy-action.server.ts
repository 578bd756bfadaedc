import { and, eq, isNull, max } from "drizzle-orm";
import { planAction } from "../../db/schema";
import type { DbOrTx } from "../../db/types";
import { type Actor, actorId } from "../actor";
import { recordChange } from "../history/record-change.server";
import { markersToSave } from "./marker-ids";
import { type ActionRow, actionColumns } from "./plan-access.server";

/** The next free position at the end of a plan. */
export async function nextPosition(db: DbOrTx, planId: string): Promise<number> {
  const [row] = await db
    .select({ n: max(planAction.position) })
    .from(planAction)
    .where(and(eq(planAction.planId, planId), isNull(planAction.deletedAt)));
  return Number(row?.n ?? 0) + 1;
}

/**
 * Copies an action into another plan as its continuation: the new action links back to the old
 * one (`carried_from_action_id`), and the old one's "carried to" is found by that link, so the
 * history is visible from both. Ratings stay with the old action; the new one starts unrated, and
 * its markers are new markers with new ids.
 */
export async function copyActionInto(
  db: DbOrTx,
  actor: Actor,
  source: ActionRow,
  target: { planId: string; institutionId: string },
): Promise<ActionRow> {
  const by = actorId(actor);
  const [row] = await db
    .insert(planAction)
    .values({
      planId: target.planId,
      institutionId: target.institutionId,
      position: await nextPosition(db, target.planId),
      title: source.title,
      pillars: source.pillars,
      primaryPillar: source.primaryPillar,
      aims: source.aims,
      plannedOutcomes: source.plannedOutcomes,
      miniGoals: source.miniGoals,
      // New ids: a marker id names one marker of one action, and the copy starts without the
      // original's evidence as it starts without its ratings (`carried_from_action_id` links them).
      markers: markersToSave(source.markers),
      timescaleText: source.timescaleText,
      owner: source.owner,
      leadMemberId: source.leadMemberId,
      leadName: source.leadName,
      notes: source.notes,
      carriedFromActionId: source.id,
      createdBy: by,
      updatedBy: by,
    })
    .returning(actionColumns);
  if (!row) throw new Error("The carried-forward action was not written.");
  await recordChange(db, actor, {
    action: "action.carry-forward",
    entityType: "plan_action",
    entityId: row.id,
    institutionId: target.institutionId,
    before: { from: source.id },
    after: row,
  });
  return row;
}
