import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import { evidenceItem, evidenceLink } from "../../db/schema";
import type { UseCaseContext } from "../context";
import { type LinkTargetAction, listLinkTargets } from "../plans/list-link-targets.server";
import {
  listTalentRecommendations,
  type TalentRecommendation,
} from "../talent/list-talent-recommendations.server";
import type { LinkTarget } from "./evidence-types";

/** A link as people read it: what it points at, in words, and the action page to open. */
export type LinkView = {
  id: string;
  evidenceId: string;
  target: LinkTarget;
  actionId: string | null;
  /** e.g. "VISIBILITY 1 · Run an annual technician showcase" or "TALENT 14". */
  label: string;
  /** The marker's text, the rating's level and date, or the recommendation's summary. */
  detail: string;
  planTitle: string | null;
};

export type LinkLookups = { actions: LinkTargetAction[]; talent: TalentRecommendation[] };

/** Everything needed to name links in words: the institution's actions and the TALENT list. */
export async function linkLookups(ctx: UseCaseContext, slug: string): Promise<LinkLookups> {
  const [actions, talent] = await Promise.all([listLinkTargets(ctx, slug), listTalentRecommendations(ctx)]);
  return { actions, talent };
}

type LinkRow = typeof evidenceLink.$inferSelect;

export function describeLink(row: LinkRow, { actions, talent }: LinkLookups): LinkView {
  const base = { id: row.id, evidenceId: row.evidenceId, target: row.target, actionId: row.actionId };
  if (row.target === "talent") {
    const r = talent.find((t) => t.id === row.talentId);
    return { ...base, label: `TALENT ${r?.number ?? "?"}`, detail: r?.summary ?? "", planTitle: null };
  }
  const action = actions.find((a) => a.id === row.actionId);
  const label = action ? `${action.number} · ${action.title}` : "An action you cannot see";
  const detail =
    row.target === "marker"
      ? (action?.markers.find((m) => m.id === row.markerId)?.text ?? "A marker no longer in the action")
      : row.target === "rating"
        ? ((r) => (r ? `${r.label}, ${r.assessedOn}` : "A rating"))(
            action?.ratings.find((r) => r.id === row.ratingId),
          )
        : "";
  return { ...base, label, detail, planTitle: action?.planTitle ?? null };
}

/** The links of the given items, oldest first. */
export async function loadLinks(ctx: UseCaseContext, evidenceIds: string[]): Promise<LinkRow[]> {
  if (!evidenceIds.length) return [];
  return ctx.db
    .select()
    .from(evidenceLink)
    .where(inArray(evidenceLink.evidenceId, evidenceIds))
    .orderBy(asc(evidenceLink.createdAt));
}

/** Links into one action (to it, its ratings or its markers) from live evidence. */
export async function loadLinksToAction(ctx: UseCaseContext, institutionId: string, actionId: string) {
  return ctx.db
    .select({ link: evidenceLink, title: evidenceItem.title, kind: evidenceItem.kind, url: evidenceItem.url })
    .from(evidenceLink)
    .innerJoin(evidenceItem, eq(evidenceItem.id, evidenceLink.evidenceId))
    .where(
      and(
        eq(evidenceLink.institutionId, institutionId),
        eq(evidenceLink.actionId, actionId),
        isNull(evidenceItem.deletedAt),
      ),
    )
    .orderBy(asc(evidenceLink.createdAt));
}
