import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { templateVersion } from "../../db/schema";
import { actorId } from "../actor";
import type { UseCaseContext } from "../context";
import { recordChange } from "../history/record-change.server";
import { authorize } from "../policy";
import { parseInput } from "../validate";
import {
  findTemplate,
  findVersion,
  requireDraft,
  staleVersion,
  type TemplateVersionView,
  toView,
  versionColumns,
} from "./template-rows.server";
import { type TemplateContent, ZTemplateContent } from "./template-types";

export const ZUpdateDraftVersionInput = z.object({
  /** The whole new content, checked by ZTemplateContent (its field errors name "questions.2.title"…). */
  content: z.unknown(),
  /** The row version read, so a stale save is refused with both versions shown. */
  expectedVersion: z.coerce.number("The version you read is needed.").int().min(1),
});
export type TUpdateDraftVersionInput = {
  content: TemplateContent | Record<string, unknown>;
  expectedVersion: number | string;
};

/** Replaces a draft's content (central team). Published and superseded versions never change. */
export async function updateDraftVersion(
  ctx: UseCaseContext,
  key: string,
  number: number,
  input: TUpdateDraftVersionInput | Record<string, unknown>,
): Promise<TemplateVersionView> {
  authorize(ctx.actor, "template.edit");
  const { expectedVersion, content: raw } = parseInput(ZUpdateDraftVersionInput, input);
  const content = parseInput(ZTemplateContent, raw);
  return ctx.db.transaction(async (tx) => {
    const t = await findTemplate(tx, key);
    const before = await findVersion(tx, t, number);
    requireDraft(before);
    const [row] = await tx
      .update(templateVersion)
      .set({ content, version: expectedVersion + 1, updatedAt: new Date(), updatedBy: actorId(ctx.actor) })
      .where(
        and(
          eq(templateVersion.id, before.id),
          eq(templateVersion.version, expectedVersion),
          eq(templateVersion.status, "draft"),
        ),
      )
      .returning(versionColumns);
    if (!row) throw staleVersion(t, before);
    const after = toView(t, row);
    await recordChange(tx, ctx.actor, {
      action: "template.update-draft",
      entityType: "template_version",
      entityId: row.id,
      before: toView(t, before),
      after,
    });
    return after;
  });
}
