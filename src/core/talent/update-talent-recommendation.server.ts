import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { talentRecommendation } from "../../db/schema";
import { actorId } from "../actor";
import type { UseCaseContext } from "../context";
import { AppError, notFound } from "../errors";
import { recordChange } from "../history/record-change.server";
import { authorize } from "../policy";
import { parseInput } from "../validate";
import { type TalentRecommendation, talentColumns } from "./list-talent-recommendations.server";

export const ZUpdateTalentRecommendationInput = z.object({
  /** The recommendation in words: a faithful summary, or the report's own wording once checked. */
  summary: z
    .string()
    .trim()
    .min(1, "Enter the recommendation's wording.")
    .max(2000, "Use at most 2000 characters."),
  /** Who the recommendation is addressed to, e.g. "Employers, funders". */
  addressedTo: z.string().trim().max(300, "Use at most 300 characters.").default(""),
  /** Checked against the report (a form's checkbox sends "yes"). */
  verified: z.preprocess((v) => v === true || v === "yes" || v === "true", z.boolean()),
  /** The version read, so a stale save is refused with the current wording shown. */
  expectedVersion: z.coerce.number("The version you read is needed.").int().min(1),
});
export type TUpdateTalentRecommendationInput = z.input<typeof ZUpdateTalentRecommendationInput>;

/**
 * Changes a recommendation's wording (the central team). Its id and number never change: answers
 * and evidence cite it by id, and a deployment loads the official wording through this.
 */
export async function updateTalentRecommendation(
  ctx: UseCaseContext,
  id: string,
  input: TUpdateTalentRecommendationInput | Record<string, unknown>,
): Promise<TalentRecommendation> {
  authorize(ctx.actor, "talent.edit");
  const { expectedVersion, ...fields } = parseInput(ZUpdateTalentRecommendationInput, input);
  return ctx.db.transaction(async (tx) => {
    const [before] = await tx
      .select(talentColumns)
      .from(talentRecommendation)
      .where(eq(talentRecommendation.id, id));
    if (!before) throw notFound("The recommendation");
    const [row] = await tx
      .update(talentRecommendation)
      .set({ ...fields, version: expectedVersion + 1, updatedAt: new Date(), updatedBy: actorId(ctx.actor) })
      .where(and(eq(talentRecommendation.id, id), eq(talentRecommendation.version, expectedVersion)))
      .returning(talentColumns);
    if (!row)
      throw new AppError("STALE", "Someone else changed this recommendation since you opened it.", {
        current: before,
        currentVersion: before.version,
      });
    await recordChange(tx, ctx.actor, {
      action: "talent.update",
      entityType: "talent_recommendation",
      entityId: id,
      before,
      after: row,
    });
    return row;
  });
}
