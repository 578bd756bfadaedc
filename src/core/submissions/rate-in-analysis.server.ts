import type { UseCaseContext } from "../context";
import { invalid } from "../errors";
import { getPlan } from "../plans/get-plan.server";
import { rateAction } from "../plans/rate-action.server";
import { markEdited } from "./mark-edited.server";
import { submissionFor } from "./submission-access.server";

/**
 * Rates an action of the previous plan from the submission's RAG analysis: the rating is a new,
 * dated rating on the plan (plans' own use-case, with its rules), and it changes what the submission
 * shows, so a frozen submission is reopened.
 */
export async function rateInAnalysis(
  ctx: UseCaseContext,
  slug: string,
  submissionId: string,
  actionId: string,
  input: Record<string, unknown>,
): Promise<{ id: string; reopened: boolean }> {
  const found = await submissionFor(ctx, slug, submissionId, "submission.edit");
  const planId = found.submission.previousPlanId;
  if (!planId) throw invalid("This submission has no previous plan to analyse.");
  const plan = await getPlan(ctx, slug, planId);
  if (!plan.actions.some((a) => a.id === actionId))
    throw invalid("Some answers need correcting.", { actionId: ["Choose an action of the previous plan."] });
  return ctx.db.transaction(async (tx) => {
    const txCtx = { ...ctx, db: tx };
    const rating = await rateAction(txCtx, slug, actionId, input);
    const { reopened } = await markEdited(tx, ctx.actor, found.submission);
    return { id: rating.id, reopened };
  });
}
