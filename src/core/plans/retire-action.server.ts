import { and, eq, isNull } from "drizzle-orm";
import { planAction } from "../../db/schema";
import { actorId } from "../actor";
import type { UseCaseContext } from "../context";
import { AppError, invalid } from "../errors";
import { recordChange } from "../history/record-change.server";
import { parseInput } from "../validate";
import { type ActionRow, actionColumns, actionForChange } from "./plan-access.server";
import { ZRetireActionInput } from "./plan-fields";

/**
 * Retires an action with a reason ("no longer needed"), optionally naming the action that
 * supersedes it. Retirement is an outcome of the plan link, not a rating: the ratings stay as they
 * were, and the action drops out of the counts.
 */
export async function retireAction(
  ctx: UseCaseContext,
  slug: string,
  actionId: string,
  input:
    | { reason: string; supersededByActionId?: string | null; expectedVersion?: number | string }
    | Record<string, unknown>,
): Promise<ActionRow> {
  const { institution, action } = await actionForChange(ctx, slug, actionId, "plan.edit");
  const { reason, supersededByActionId, expectedVersion } = parseInput(ZRetireActionInput, input);
  const version = expectedVersion ?? action.version;
  if (action.retiredAt) throw invalid("This action is already retired.", { reason: ["Already retired."] });
  if (supersededByActionId) {
    const [other] = await ctx.db
      .select({ id: planAction.id })
      .from(planAction)
      .where(
        and(
          eq(planAction.id, supersededByActionId),
          eq(planAction.institutionId, institution.id),
          isNull(planAction.deletedAt),
        ),
      );
    if (!other || other.id === action.id)
      throw invalid("Some answers need correcting.", {
        supersededByActionId: ["Choose another action of this institution."],
      });
  }
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(planAction)
      .set({
        retiredAt: new Date(),
        retiredReason: reason,
        supersededByActionId: supersededByActionId ?? null,
        version: version + 1,
        updatedAt: new Date(),
        updatedBy: actorId(ctx.actor),
      })
      .where(and(eq(planAction.id, actionId), eq(planAction.version, version)))
      .returning(actionColumns);
    if (!row) {
      const [latest] = await tx.select(actionColumns).from(planAction).where(eq(planAction.id, actionId));
      throw new AppError("STALE", "Someone else changed this action since you opened it.", {
        current: latest,
        currentVersion: latest?.version,
      });
    }
    await recordChange(tx, ctx.actor, {
      action: "action.retire",
      entityType: "plan_action",
      entityId: actionId,
      institutionId: institution.id,
      before: action,
      after: row,
    });
    return row;
  });
}
