import { asc } from "drizzle-orm";
import { talentRecommendation } from "../../db/schema";
import type { UseCaseContext } from "../context";
import { authorize } from "../policy";

export type TalentRecommendation = {
  id: string;
  number: number;
  summary: string;
  addressedTo: string;
  source: string;
  verified: boolean;
  version: number;
};

export const talentColumns = {
  id: talentRecommendation.id,
  number: talentRecommendation.number,
  summary: talentRecommendation.summary,
  addressedTo: talentRecommendation.addressedTo,
  source: talentRecommendation.source,
  verified: talentRecommendation.verified,
  version: talentRecommendation.version,
};

/** The 16 recommendations in number order: public reference data. */
export async function listTalentRecommendations(ctx: UseCaseContext): Promise<TalentRecommendation[]> {
  authorize(ctx.actor, "charter.read");
  return ctx.db.select(talentColumns).from(talentRecommendation).orderBy(asc(talentRecommendation.number));
}
