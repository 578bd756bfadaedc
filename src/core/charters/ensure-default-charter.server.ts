import { charter } from "../../db/schema";
import type { DbOrTx } from "../../db/types";
import { DEFAULT_CHARTER } from "../plans/charter-data";

/**
 * Writes the Technician Commitment charter (pillars, official aims, RAG scales) when it is missing.
 * It is reference data: once written, operators may edit it, so a restart never overwrites it.
 */
export async function ensureDefaultCharter(db: DbOrTx): Promise<void> {
  const { slug, name, source, ...data } = DEFAULT_CHARTER;
  await db
    .insert(charter)
    .values({ slug, name, source, data, createdBy: "system", updatedBy: "system" })
    .onConflictDoNothing({ target: charter.slug });
}
