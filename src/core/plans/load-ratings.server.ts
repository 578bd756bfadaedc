import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import { evidenceItem, evidenceLink, rating, user } from "../../db/schema";
import type { DbOrTx } from "../../db/types";

export type RatingView = {
  id: string;
  actionId: string;
  level: string;
  qualifier: string;
  assessedOn: string;
  commentary: string;
  isDemo: boolean;
  recordedAt: Date;
  recordedBy: string | null;
  recordedByName: string | null;
  /** Evidence linked to the rating: any kind; `url` for links only. */
  evidence: { id: string; kind: string; title: string; url: string | null }[];
};

/** Every rating of the given actions, oldest judgement first, with its evidence links. */
export async function loadRatings(db: DbOrTx, actionIds: string[]): Promise<RatingView[]> {
  if (!actionIds.length) return [];
  const rows = await db
    .select({
      id: rating.id,
      actionId: rating.actionId,
      level: rating.level,
      qualifier: rating.qualifier,
      assessedOn: rating.assessedOn,
      commentary: rating.commentary,
      isDemo: rating.isDemo,
      recordedAt: rating.createdAt,
      recordedBy: rating.createdBy,
      recordedByName: user.name,
    })
    .from(rating)
    .leftJoin(user, eq(user.id, rating.createdBy))
    .where(and(inArray(rating.actionId, actionIds), isNull(rating.deletedAt)))
    .orderBy(asc(rating.assessedOn), asc(rating.createdAt));
  const links = rows.length
    ? await db
        .select({
          id: evidenceItem.id,
          kind: evidenceItem.kind,
          ratingId: evidenceLink.ratingId,
          title: evidenceItem.title,
          url: evidenceItem.url,
        })
        .from(evidenceLink)
        .innerJoin(evidenceItem, eq(evidenceItem.id, evidenceLink.evidenceId))
        .where(
          and(
            eq(evidenceLink.target, "rating"),
            inArray(
              evidenceLink.ratingId,
              rows.map((r) => r.id),
            ),
            isNull(evidenceItem.deletedAt),
          ),
        )
        .orderBy(asc(evidenceLink.createdAt), asc(evidenceItem.title))
    : [];
  return rows.map((r) => ({
    ...r,
    evidence: links.filter((l) => l.ratingId === r.id).map(({ ratingId: _r, ...l }) => l),
  }));
}
