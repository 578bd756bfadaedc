import { asc } from "drizzle-orm";
import { template } from "../../db/schema";
import type { UseCaseContext } from "../context";
import { authorize } from "../policy";
import { listVersionSummaries, type TemplateVersionSummary } from "./template-rows.server";
import { TEMPLATE_KEYS } from "./template-types";

export type TemplateSummary = {
  id: string;
  key: string;
  name: string;
  /** The version new submissions start on; null before the first is published. */
  published: TemplateVersionSummary | null;
  /** The draft being prepared (only for those who may edit templates). */
  draft: TemplateVersionSummary | null;
  /** Every version the caller may see, newest first. */
  versions: TemplateVersionSummary[];
};

/** One template with its versions (drafts only for the central team). */
export async function summarise(
  ctx: UseCaseContext,
  t: { id: string; key: string; name: string },
): Promise<TemplateSummary> {
  const versions = await listVersionSummaries(ctx.db, t.id, ctx.actor);
  return {
    ...t,
    published: versions.find((v) => v.status === "published") ?? null,
    draft: versions.find((v) => v.status === "draft") ?? null,
    versions,
  };
}

const rank = (key: string) => {
  const i = (TEMPLATE_KEYS as readonly string[]).indexOf(key);
  return i === -1 ? TEMPLATE_KEYS.length : i;
};

/** The templates, current model first (renewal, stage 3, initial), each with its versions. */
export async function listTemplates(ctx: UseCaseContext): Promise<TemplateSummary[]> {
  authorize(ctx.actor, "template.read");
  const rows = await ctx.db
    .select({ id: template.id, key: template.key, name: template.name })
    .from(template)
    .orderBy(asc(template.key));
  rows.sort((a, b) => rank(a.key) - rank(b.key));
  return Promise.all(rows.map((t) => summarise(ctx, t)));
}
