import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { templateVersion } from "../../db/schema";
import type { UseCaseContext } from "../context";
import { recordChange } from "../history/record-change.server";
import { authorize } from "../policy";
import { parseInput } from "../validate";
import { findTemplate, findVersion, requireDraft, staleVersion, toView } from "./template-rows.server";

export const ZDiscardDraftInput = z.object({
  /** The draft's row version read, so a draft someone changed since is not thrown away unseen. */
  expectedVersion: z.coerce.number("The version you read is needed.").int().min(1),
});
export type TDiscardDraftInput = z.input<typeof ZDiscardDraftInput>;

/**
 * Throws a draft away (central team). No submission can use a draft, so its row goes; the history
 * keeps its content. The next draft takes the same number again.
 */
export async function discardDraft(
  ctx: UseCaseContext,
  key: string,
  number: number,
  input: TDiscardDraftInput | Record<string, unknown>,
): Promise<void> {
  authorize(ctx.actor, "template.edit");
  const { expectedVersion } = parseInput(ZDiscardDraftInput, input);
  await ctx.db.transaction(async (tx) => {
    const t = await findTemplate(tx, key, true);
    const draft = await findVersion(tx, t, number);
    requireDraft(draft);
    const gone = await tx
      .delete(templateVersion)
      .where(and(eq(templateVersion.id, draft.id), eq(templateVersion.version, expectedVersion)))
      .returning({ id: templateVersion.id });
    if (gone.length === 0) throw staleVersion(t, draft);
    await recordChange(tx, ctx.actor, {
      action: "template.discard-draft",
      entityType: "template_version",
      entityId: draft.id,
      before: toView(t, draft),
      after: null,
    });
  });
}
