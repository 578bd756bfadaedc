import { and, eq, isNull } from "drizzle-orm";
import { plan, planAction } from "../../db/schema";
import type { UseCaseContext } from "../context";
import { AppError, notFound } from "../errors";
import { getInstitution, type InstitutionWithRole } from "../institutions/get-institution.server";
import { type Action, authorize, can } from "../policy";

export const planColumns = {
  id: plan.id,
  institutionId: plan.institutionId,
  charterId: plan.charterId,
  title: plan.title,
  startsOn: plan.startsOn,
  endsOn: plan.endsOn,
  status: plan.status,
  ragScale: plan.ragScale,
  pillarAims: plan.pillarAims,
  previousPlanId: plan.previousPlanId,
  approvedAt: plan.approvedAt,
  publishedAt: plan.publishedAt,
  isDemo: plan.isDemo,
  createdAt: plan.createdAt,
  updatedAt: plan.updatedAt,
  version: plan.version,
};
export type PlanRow = Pick<typeof plan.$inferSelect, keyof typeof planColumns>;

export const actionColumns = {
  id: planAction.id,
  planId: planAction.planId,
  institutionId: planAction.institutionId,
  position: planAction.position,
  title: planAction.title,
  pillars: planAction.pillars,
  primaryPillar: planAction.primaryPillar,
  aims: planAction.aims,
  plannedOutcomes: planAction.plannedOutcomes,
  miniGoals: planAction.miniGoals,
  markers: planAction.markers,
  timescaleText: planAction.timescaleText,
  owner: planAction.owner,
  leadMemberId: planAction.leadMemberId,
  leadName: planAction.leadName,
  notes: planAction.notes,
  referenceAsPublished: planAction.referenceAsPublished,
  carriedFromActionId: planAction.carriedFromActionId,
  retiredAt: planAction.retiredAt,
  retiredReason: planAction.retiredReason,
  supersededByActionId: planAction.supersededByActionId,
  updatedAt: planAction.updatedAt,
  version: planAction.version,
};
export type ActionRow = Pick<typeof planAction.$inferSelect, keyof typeof actionColumns>;

/**
 * A plan's readers: anyone once it is published, only the institution's members before. Others
 * are told it does not exist, so one institution cannot even learn of another's drafts.
 */
export function authorizePlanRead(
  ctx: UseCaseContext,
  row: { status: string; institutionId: string },
  what = "The plan",
): void {
  if (row.status === "published") {
    authorize(ctx.actor, "plan.read-published", row.institutionId);
    return;
  }
  if (can(ctx.actor, "plan.read-draft", row.institutionId)) return;
  if (ctx.actor.kind === "anonymous") throw new AppError("UNAUTHENTICATED", "Please sign in to continue.");
  throw notFound(what);
}

export type PlanInContext = { institution: InstitutionWithRole; plan: PlanRow };

/** The plan named in the URL, within the institution named in the URL, checked for reading. */
export async function planFor(ctx: UseCaseContext, slug: string, planId: string): Promise<PlanInContext> {
  const institution = await getInstitution(ctx, slug);
  if (!isUuid(planId)) throw notFound("The plan");
  const [row] = await ctx.db
    .select(planColumns)
    .from(plan)
    .where(and(eq(plan.id, planId), eq(plan.institutionId, institution.id), isNull(plan.deletedAt)));
  if (!row) throw notFound("The plan");
  authorizePlanRead(ctx, row);
  return { institution, plan: row };
}

/** As `planFor`, then checks the actor may also do `action` in that institution. */
export async function planForChange(
  ctx: UseCaseContext,
  slug: string,
  planId: string,
  action: Action,
): Promise<PlanInContext> {
  const found = await planFor(ctx, slug, planId);
  authorize(ctx.actor, action, found.institution.id);
  return found;
}

export type ActionInContext = PlanInContext & { action: ActionRow };

/** The action named in the URL, in a plan of the institution named in the URL, checked for reading. */
export async function actionFor(
  ctx: UseCaseContext,
  slug: string,
  actionId: string,
): Promise<ActionInContext> {
  const institution = await getInstitution(ctx, slug);
  if (!isUuid(actionId)) throw notFound("The action");
  const [row] = await ctx.db
    .select(actionColumns)
    .from(planAction)
    .where(
      and(
        eq(planAction.id, actionId),
        eq(planAction.institutionId, institution.id),
        isNull(planAction.deletedAt),
      ),
    );
  if (!row) throw notFound("The action");
  const [planRow] = await ctx.db
    .select(planColumns)
    .from(plan)
    .where(and(eq(plan.id, row.planId), isNull(plan.deletedAt)));
  if (!planRow) throw notFound("The action");
  authorizePlanRead(ctx, planRow, "The action");
  return { institution, plan: planRow, action: row };
}

export async function actionForChange(
  ctx: UseCaseContext,
  slug: string,
  actionId: string,
  action: Action,
): Promise<ActionInContext> {
  const found = await actionFor(ctx, slug, actionId);
  authorize(ctx.actor, action, found.institution.id);
  return found;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Malformed ids are simply not found (PostgreSQL would otherwise reject them with a 500). */
export const isUuid = (id: string) => UUID.test(id);

/**
 * The institution's plans this actor may list: all of them for members, only published ones for
 * everyone else (drafts do not exist outside the institution).
 */
export function visiblePlans(ctx: UseCaseContext, institutionId: string) {
  const drafts = can(ctx.actor, "plan.read-draft", institutionId);
  return and(
    eq(plan.institutionId, institutionId),
    isNull(plan.deletedAt),
    drafts ? undefined : eq(plan.status, "published"),
  );
}
