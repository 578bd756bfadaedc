import { desc, eq } from "drizzle-orm";
import { templateVersion } from "../../db/schema";
import { actorId } from "../actor";
import type { UseCaseContext } from "../context";
import { AppError } from "../errors";
import { recordChange } from "../history/record-change.server";
import { authorize } from "../policy";
import {
  findByStatus,
  findTemplate,
  type TemplateVersionView,
  toView,
  versionColumns,
} from "./template-rows.server";

/**
 * Starts the next version as a draft: a copy of the newest version (content and checked flag),
 * numbered one more. One draft at a time, so two people never prepare rival next versions; the
 * template's row is locked while the number is chosen.
 */
export async function createDraftVersion(ctx: UseCaseContext, key: string): Promise<TemplateVersionView> {
  authorize(ctx.actor, "template.edit");
  const by = actorId(ctx.actor);
  return ctx.db.transaction(async (tx) => {
    const t = await findTemplate(tx, key, true);
    const open = await findByStatus(tx, t.id, "draft");
    if (open)
      throw new AppError(
        "CONFLICT",
        `Version ${open.number} is already a draft: change it, publish it or discard it before starting another.`,
      );
    const [newest] = await tx
      .select(versionColumns)
      .from(templateVersion)
      .where(eq(templateVersion.templateId, t.id))
      .orderBy(desc(templateVersion.number))
      .limit(1);
    const [row] = await tx
      .insert(templateVersion)
      .values({
        templateId: t.id,
        number: (newest?.number ?? 0) + 1,
        status: "draft",
        content: newest?.content ?? {},
        verified: newest?.verified ?? false,
        createdBy: by,
        updatedBy: by,
      })
      .returning(versionColumns);
    const view = toView(t, row!);
    await recordChange(tx, ctx.actor, {
      action: "template.create-draft",
      entityType: "template_version",
      entityId: view.id,
      before: newest ? { number: newest.number, status: newest.status } : null,
      after: view,
    });
    return view;
  });
}
