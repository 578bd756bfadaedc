import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { templateVersion } from "../../db/schema";
import { actorId } from "../actor";
import type { UseCaseContext } from "../context";
import { recordChange } from "../history/record-change.server";
import { authorize } from "../policy";
import { parseInput } from "../validate";
import {
  findByStatus,
  findTemplate,
  findVersion,
  requireDraft,
  staleVersion,
  type TemplateVersionView,
  toView,
  versionColumns,
} from "./template-rows.server";

export const ZPublishVersionInput = z.object({
  /** Checked against the official form (a form's checkbox sends "yes"); left out: kept as it is. */
  verified: z
    .preprocess(
      (v) =>
        v === undefined || v === null || v === "" ? undefined : v === true || v === "yes" || v === "true",
      z.boolean().optional(),
    )
    .optional(),
  /** The draft's row version read, so publishing what someone changed since is refused. */
  expectedVersion: z.coerce.number("The version you read is needed.").int().min(1),
});
export type TPublishVersionInput = z.input<typeof ZPublishVersionInput>;

/**
 * Publishes a draft: it becomes the version new submissions start on, and the version published
 * before it is superseded. Submissions already started keep theirs; no content changes.
 */
export async function publishVersion(
  ctx: UseCaseContext,
  key: string,
  number: number,
  input: TPublishVersionInput | Record<string, unknown>,
): Promise<TemplateVersionView> {
  authorize(ctx.actor, "template.edit");
  const { verified, expectedVersion } = parseInput(ZPublishVersionInput, input);
  const by = actorId(ctx.actor);
  return ctx.db.transaction(async (tx) => {
    const t = await findTemplate(tx, key, true);
    const draft = await findVersion(tx, t, number);
    requireDraft(draft);
    if (draft.version !== expectedVersion) throw staleVersion(t, draft);
    const now = new Date();
    const previous = await findByStatus(tx, t.id, "published");
    if (previous) {
      const [old] = await tx
        .update(templateVersion)
        .set({ status: "superseded", version: previous.version + 1, updatedAt: now, updatedBy: by })
        .where(eq(templateVersion.id, previous.id))
        .returning(versionColumns);
      await recordChange(tx, ctx.actor, {
        action: "template.supersede",
        entityType: "template_version",
        entityId: previous.id,
        before: { number: previous.number, status: previous.status },
        after: { number: old!.number, status: old!.status },
      });
    }
    const [row] = await tx
      .update(templateVersion)
      .set({
        status: "published",
        verified: verified ?? draft.verified,
        publishedAt: now,
        publishedBy: by,
        version: expectedVersion + 1,
        updatedAt: now,
        updatedBy: by,
      })
      .where(and(eq(templateVersion.id, draft.id), eq(templateVersion.version, expectedVersion)))
      .returning(versionColumns);
    if (!row) throw staleVersion(t, draft);
    const after = toView(t, row);
    await recordChange(tx, ctx.actor, {
      action: "template.publish",
      entityType: "template_version",
      entityId: row.id,
      before: { number: draft.number, status: draft.status, verified: draft.verified },
      after: { number: after.number, status: after.status, verified: after.verified },
    });
    return after;
  });
}
