import type { UseCaseContext } from "../context";
import { authorize } from "../policy";
import { summarise, type TemplateSummary } from "./list-templates.server";
import { findTemplate } from "./template-rows.server";

/** One template by key with its versions, newest first (drafts only for the central team). */
export async function getTemplate(ctx: UseCaseContext, key: string): Promise<TemplateSummary> {
  authorize(ctx.actor, "template.read");
  return summarise(ctx, await findTemplate(ctx.db, key));
}
