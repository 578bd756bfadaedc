import { and, asc, count, eq, gt, isNull } from "drizzle-orm";
import { z } from "zod";
import { invitation, member, organization } from "../../db/schema";
import type { UseCaseContext } from "../context";
import { decodeCursor, type PageOf, toPage, ZPage } from "../pagination";
import { authorize, can } from "../policy";
import { parseInput } from "../validate";
import { INSTITUTION_TYPES } from "./institution-fields";
import { type InstitutionView, institutionColumns } from "./institution-view.server";

export const ZListInstitutionsInput = ZPage.extend({
  type: z.enum(INSTITUTION_TYPES).optional(),
});
export type TListInstitutionsInput = z.input<typeof ZListInstitutionsInput>;

export type InstitutionListItem = InstitutionView & {
  /** Only for the central team and the operator; absent for everyone else. */
  memberCount?: number;
  pendingInvitations?: number;
};

/** The public list of institutions, ordered by slug; the central team also sees people counts. */
export async function listInstitutions(
  ctx: UseCaseContext,
  input: TListInstitutionsInput = {},
): Promise<PageOf<InstitutionListItem>> {
  authorize(ctx.actor, "institution.read-public");
  const { limit, cursor, type } = parseInput(ZListInstitutionsInput, input);
  const after = decodeCursor(cursor);
  const rows = await ctx.db
    .select(institutionColumns)
    .from(organization)
    .where(
      and(
        isNull(organization.deletedAt),
        after ? gt(organization.slug, after) : undefined,
        type ? eq(organization.type, type) : undefined,
      ),
    )
    .orderBy(asc(organization.slug))
    .limit(limit + 1);
  const page = toPage<InstitutionListItem>(rows, limit, (r) => r.slug);
  if (!can(ctx.actor, "institution.list-all") || page.items.length === 0) return page;

  const members = await ctx.db
    .select({ id: member.organizationId, n: count() })
    .from(member)
    .groupBy(member.organizationId);
  const invites = await ctx.db
    .select({ id: invitation.organizationId, n: count() })
    .from(invitation)
    .where(and(eq(invitation.status, "pending"), gt(invitation.expiresAt, new Date())))
    .groupBy(invitation.organizationId);
  const memberCounts = new Map(members.map((m) => [m.id, Number(m.n)]));
  const inviteCounts = new Map(invites.map((m) => [m.id, Number(m.n)]));
  for (const item of page.items) {
    item.memberCount = memberCounts.get(item.id) ?? 0;
    item.pendingInvitations = inviteCounts.get(item.id) ?? 0;
  }
  return page;
}
