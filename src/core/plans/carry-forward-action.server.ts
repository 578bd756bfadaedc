import { and, eq, isNull } from "drizzle-orm";
import { plan, planAction } from "../../db/schema";
import type { UseCaseContext } from "../context";
import { invalid } from "../errors";
import { parseInput } from "../validate";
import { copyActionInto } from "./copy-action.server";
import { type ActionRow, actionForChange, planColumns } from "./plan-access.server";
import { ZCarryForwardInput } from "./plan-fields";

/**
 * Carries an action into a later, unpublished plan of the same institution. Both stay linked:
 * the new action names the old one, and the old one's page lists where it went.
 */
export async function carryForwardAction(
  ctx: UseCaseContext,
  slug: string,
  actionId: string,
  input: { toPlanId: string } | Record<string, unknown>,
): Promise<ActionRow> {
  const { institution, plan: from, action } = await actionForChange(ctx, slug, actionId, "plan.edit");
  const { toPlanId } = parseInput(ZCarryForwardInput, input);
  const [target] = await ctx.db
    .select(planColumns)
    .from(plan)
    .where(and(eq(plan.id, toPlanId), eq(plan.institutionId, institution.id), isNull(plan.deletedAt)));
  const errors: string[] = [];
  if (!target) errors.push("Choose one of this institution's plans.");
  else if (target.id === from.id) errors.push("Choose a different plan from the action's own.");
  else if (target.status === "published")
    errors.push("Actions can only be carried into a plan that is not yet published.");
  else if (target.startsOn < from.startsOn) errors.push("Choose a later plan.");
  if (action.retiredAt) errors.push("A retired action cannot be carried forward.");
  const [already] = target
    ? await ctx.db
        .select({ id: planAction.id })
        .from(planAction)
        .where(
          and(
            eq(planAction.planId, target.id),
            eq(planAction.carriedFromActionId, action.id),
            isNull(planAction.deletedAt),
          ),
        )
    : [];
  if (already) errors.push("This action has already been carried into that plan.");
  if (errors.length || !target) throw invalid(errors[0] ?? "Choose a plan.", { toPlanId: errors });
  return ctx.db.transaction((tx) =>
    copyActionInto(tx, ctx.actor, action, { planId: target.id, institutionId: institution.id }),
  );
}
