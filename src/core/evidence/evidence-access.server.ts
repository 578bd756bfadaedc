import { and, eq, isNull } from "drizzle-orm";
import { evidenceItem } from "../../db/schema";
import type { UseCaseContext } from "../context";
import { AppError, notFound } from "../errors";
import { isUuid } from "../figures/figure-access.server";
import { getInstitution, type InstitutionWithRole } from "../institutions/get-institution.server";
import { type Action, authorize, can } from "../policy";

export const evidenceColumns = {
  id: evidenceItem.id,
  institutionId: evidenceItem.institutionId,
  kind: evidenceItem.kind,
  title: evidenceItem.title,
  description: evidenceItem.description,
  url: evidenceItem.url,
  occurredOn: evidenceItem.occurredOn,
  pillars: evidenceItem.pillars,
  details: evidenceItem.details,
  isDemo: evidenceItem.isDemo,
  createdAt: evidenceItem.createdAt,
  createdBy: evidenceItem.createdBy,
  updatedAt: evidenceItem.updatedAt,
  version: evidenceItem.version,
};
export type EvidenceRow = Pick<typeof evidenceItem.$inferSelect, keyof typeof evidenceColumns>;

/**
 * Evidence is private to the institution's members until it is exported or published: anyone else
 * is told it does not exist (the anonymous are asked to sign in), checked before the lookup so the
 * answer is the same whether or not the id exists.
 */
export function authorizeEvidenceRead(ctx: UseCaseContext, institutionId: string): void {
  if (can(ctx.actor, "evidence.read", institutionId)) return;
  if (ctx.actor.kind === "anonymous") throw new AppError("UNAUTHENTICATED", "Please sign in to continue.");
  throw notFound("The evidence");
}

export type EvidenceInContext = { institution: InstitutionWithRole; item: EvidenceRow };

/** The institution named in the URL, checked for reading its evidence and then for `action`. */
export async function evidenceInstitution(
  ctx: UseCaseContext,
  slug: string,
  action: Action = "evidence.read",
): Promise<InstitutionWithRole> {
  const institution = await getInstitution(ctx, slug);
  authorizeEvidenceRead(ctx, institution.id);
  authorize(ctx.actor, action, institution.id);
  return institution;
}

/** The item named in the URL within the institution named in the URL, checked for `action`. */
export async function evidenceFor(
  ctx: UseCaseContext,
  slug: string,
  evidenceId: string,
  action: Action = "evidence.read",
): Promise<EvidenceInContext> {
  const institution = await getInstitution(ctx, slug);
  authorizeEvidenceRead(ctx, institution.id);
  if (!isUuid(evidenceId)) throw notFound("The evidence");
  // The institution is part of the lookup: another institution's id under this slug finds nothing.
  const [item] = await ctx.db
    .select(evidenceColumns)
    .from(evidenceItem)
    .where(
      and(
        eq(evidenceItem.id, evidenceId),
        eq(evidenceItem.institutionId, institution.id),
        isNull(evidenceItem.deletedAt),
      ),
    );
  if (!item) throw notFound("The evidence");
  authorize(ctx.actor, action, institution.id);
  return { institution, item };
}
