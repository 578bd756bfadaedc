import { and, eq } from "drizzle-orm";
import { evidenceLink } from "../../db/schema";
import type { UseCaseContext } from "../context";
import { notFound } from "../errors";
import { isUuid } from "../figures/figure-access.server";
import { recordChange } from "../history/record-change.server";
import { evidenceFor } from "./evidence-access.server";

/** Removes one link from an item (the item and its target stay). */
export async function unlinkEvidence(ctx: UseCaseContext, slug: string, evidenceId: string, linkId: string) {
  const { institution } = await evidenceFor(ctx, slug, evidenceId, "evidence.add");
  if (!isUuid(linkId)) throw notFound("The link");
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .delete(evidenceLink)
      .where(and(eq(evidenceLink.id, linkId), eq(evidenceLink.evidenceId, evidenceId)))
      .returning();
    if (!row) throw notFound("The link");
    await recordChange(tx, ctx.actor, {
      action: "evidence.unlink",
      entityType: "evidence_item",
      entityId: evidenceId,
      institutionId: institution.id,
      before: row,
    });
  });
}
