import { talentRecommendation } from "../../db/schema";
import type { DbOrTx } from "../../db/types";
import { TALENT_RECOMMENDATIONS, TALENT_SOURCE } from "./talent-data";

/**
 * Writes the TALENT recommendations that are missing. Reference data: once written the central team
 * may edit the wording, so a restart never overwrites it (the same rule as the charter).
 */
export async function ensureTalentRecommendations(db: DbOrTx): Promise<void> {
  await db
    .insert(talentRecommendation)
    .values(
      TALENT_RECOMMENDATIONS.map((r) => ({
        ...r,
        source: TALENT_SOURCE,
        verified: false,
        createdBy: "system",
        updatedBy: "system",
      })),
    )
    .onConflictDoNothing({ target: talentRecommendation.id });
}
