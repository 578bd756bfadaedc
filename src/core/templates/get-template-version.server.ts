import { z } from "zod";
import type { UseCaseContext } from "../context";
import { notFound } from "../errors";
import { authorize } from "../policy";
import { parseInput } from "../validate";
import {
  findByStatus,
  findTemplate,
  findVersion,
  seesDrafts,
  type TemplateVersionView,
  toView,
} from "./template-rows.server";

export const ZTemplateVersionRef = z.union([
  z.literal("published"),
  z.coerce.number("Give a version number.").int("Give a version number.").positive("Give a version number."),
]);

/**
 * One version of a template with its content: by number, or "published" for the one new
 * submissions start on. Superseded versions stay readable (submissions keep theirs); a draft is
 * seen only by those who may edit it, and is "not found" for everyone else.
 */
export async function getTemplateVersion(
  ctx: UseCaseContext,
  key: string,
  ref: number | string,
): Promise<TemplateVersionView> {
  authorize(ctx.actor, "template.read");
  const which = parseInput(ZTemplateVersionRef, ref);
  const t = await findTemplate(ctx.db, key);
  if (which === "published") {
    const row = await findByStatus(ctx.db, t.id, "published");
    if (!row) throw notFound("A published version of the template");
    return toView(t, row);
  }
  const row = await findVersion(ctx.db, t, which);
  if (row.status === "draft" && !seesDrafts(ctx.actor)) throw notFound(`Version ${which} of the template`);
  return toView(t, row);
}
