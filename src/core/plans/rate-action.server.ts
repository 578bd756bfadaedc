import { evidenceItem, evidenceLink, rating } from "../../db/schema";
import { actorId } from "../actor";
import type { UseCaseContext } from "../context";
import { invalid } from "../errors";
import { recordChange } from "../history/record-change.server";
import { parseInput } from "../validate";
import { actionForChange } from "./plan-access.server";
import { type TRateActionInput, ZRateActionInput } from "./plan-fields";
import { requiresExplanation, validateAssessedOn } from "./rag";
import { todayInLondon } from "./today";

export type RateOptions = { isDemo?: boolean };

/**
 * Records a RAG judgement for an action. Ratings continue after publication and are never edited:
 * the newest `assessedOn` is the current rating and the rest are its timeline. A level that maps to
 * red must say why (`requiresExplanation`, the one rule).
 */
export async function rateAction(
  ctx: UseCaseContext,
  slug: string,
  actionId: string,
  input: TRateActionInput | Record<string, unknown>,
  options: RateOptions = {},
): Promise<{ id: string }> {
  const { institution, plan, action } = await actionForChange(ctx, slug, actionId, "action.rate");
  const fields = parseInput(ZRateActionInput, input);
  const scale = plan.ragScale;
  if (!scale.levels.some((l) => l.id === fields.level))
    throw invalid("Some answers need correcting.", {
      level: [`Choose one of: ${scale.levels.map((l) => l.label).join(", ")}.`],
    });
  const errors: Record<string, string[]> = {};
  const dateError = validateAssessedOn(fields.assessedOn, todayInLondon());
  if (dateError) errors.assessedOn = [dateError];
  if (requiresExplanation(scale, fields.level) && !fields.commentary)
    errors.commentary = ["Explain why the action is rated red: what is holding it up and what happens next."];
  if (action.retiredAt) errors.level = ["This action is retired; it is no longer rated."];
  if (Object.keys(errors).length) throw invalid("Some answers need correcting.", errors);
  const by = actorId(ctx.actor);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(rating)
      .values({
        actionId,
        institutionId: institution.id,
        level: fields.level,
        qualifier: fields.qualifier,
        assessedOn: fields.assessedOn,
        commentary: fields.commentary,
        isDemo: options.isDemo ?? false,
        createdBy: by,
        updatedBy: by,
      })
      .returning({ id: rating.id });
    if (!row) throw new Error("The rating was not written.");
    if (fields.evidence.length) {
      // Links typed with a rating join the evidence library, linked to this rating (and its action).
      const items = await tx
        .insert(evidenceItem)
        .values(
          fields.evidence.map((e) => ({
            institutionId: institution.id,
            kind: "link" as const,
            title: e.title,
            url: e.url,
            occurredOn: fields.assessedOn,
            pillars: action.pillars,
            isDemo: options.isDemo ?? false,
            createdBy: by,
            updatedBy: by,
          })),
        )
        .returning({ id: evidenceItem.id });
      await tx.insert(evidenceLink).values(
        items.map((item) => ({
          institutionId: institution.id,
          evidenceId: item.id,
          target: "rating" as const,
          actionId,
          ratingId: row.id,
          createdBy: by,
        })),
      );
    }
    await recordChange(tx, ctx.actor, {
      action: "action.rate",
      entityType: "rating",
      entityId: row.id,
      institutionId: institution.id,
      after: { actionId, ...fields },
    });
    return row;
  });
}
