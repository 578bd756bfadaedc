import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { organization, planAction } from "../../db/schema";
import type { UseCaseContext } from "../context";
import { AppError, notFound } from "../errors";
import { parseInput } from "../validate";
import { actionFor, isUuid } from "./plan-access.server";

export const ZLocateActionInput = z.object({
  /** The action's id, as `hub actions list` and the API show it. */
  actionId: z.string().trim().min(1, "Enter the action's id."),
});
export type TLocateActionInput = z.input<typeof ZLocateActionInput>;

export type ActionLocation = {
  /** The slug of the institution the action belongs to. */
  institution: string;
  planId: string;
  actionId: string;
};

/**
 * Finds where an action lives from its id alone, so a script (or `hub rate`) need not know the
 * institution. The id is looked up across institutions, then read with the same rules as the
 * action's own address (`actionFor`), so an action the actor may not read is "not found" and
 * another institution's draft is never revealed.
 */
export async function locateAction(
  ctx: UseCaseContext,
  input: TLocateActionInput | Record<string, unknown>,
): Promise<ActionLocation> {
  const { actionId } = parseInput(ZLocateActionInput, input);
  // A malformed id is simply not found (PostgreSQL would otherwise reject it with a 500).
  if (!isUuid(actionId)) throw notFound("The action");
  const [row] = await ctx.db
    .select({ slug: organization.slug })
    .from(planAction)
    .innerJoin(organization, eq(organization.id, planAction.institutionId))
    .where(and(eq(planAction.id, actionId), isNull(planAction.deletedAt), isNull(organization.deletedAt)));
  if (!row) throw notFound("The action");
  try {
    // The slug came from the row, not the caller: actionFor is what authorises the read.
    const found = await actionFor(ctx, row.slug, actionId);
    return { institution: found.institution.slug, planId: found.plan.id, actionId: found.action.id };
  } catch (error) {
    // actionFor says "the plan" for a plan the actor may not read; an id that exists must read
    // exactly like one that does not.
    if (error instanceof AppError && error.code === "NOT_FOUND") throw notFound("The action");
    throw error;
  }
}
