import type { UseCaseContext } from "../context";
import { getInstitution } from "../institutions/get-institution.server";
import { can } from "../policy";
import { describeLink, type LinkView, linkLookups, loadLinksToAction } from "./link-views.server";

export type ActionEvidence = (LinkView & { title: string; kind: string; url: string | null })[];

/**
 * The evidence linked to one action, to its ratings or to its markers: the action page's
 * "Evidence" section. Only members see it (the library is private); others get an empty list,
 * so a published action's public page shows no private evidence.
 */
export async function listActionEvidence(
  ctx: UseCaseContext,
  slug: string,
  actionId: string,
): Promise<ActionEvidence> {
  const institution = await getInstitution(ctx, slug);
  if (!can(ctx.actor, "evidence.read", institution.id)) return [];
  const rows = await loadLinksToAction(ctx, institution.id, actionId);
  if (!rows.length) return [];
  const lookups = await linkLookups(ctx, slug);
  return rows.map((r) => ({ ...describeLink(r.link, lookups), title: r.title, kind: r.kind, url: r.url }));
}
