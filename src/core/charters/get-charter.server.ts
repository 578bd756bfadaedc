import { eq } from "drizzle-orm";
import { charter } from "../../db/schema";
import type { UseCaseContext } from "../context";
import { notFound } from "../errors";
import { type CharterData, DEFAULT_CHARTER, ZCharterData } from "../plans/charter-data";
import { authorize } from "../policy";

export type CharterView = CharterData & { id: string; version: number };

/** The charter's reference data, validated on the way out so a bad operator edit fails loudly. */
export async function getCharter(ctx: UseCaseContext, slug = DEFAULT_CHARTER.slug): Promise<CharterView> {
  authorize(ctx.actor, "charter.read");
  const [row] = await ctx.db.select().from(charter).where(eq(charter.slug, slug));
  if (!row) throw notFound("The charter");
  const data = ZCharterData.parse({
    slug: row.slug,
    name: row.name,
    source: row.source,
    ...(row.data as object),
  });
  return { ...data, id: row.id, version: row.version };
}
