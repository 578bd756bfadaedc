import { and, asc, desc, eq, isNull, or } from "drizzle-orm";
import { plan, planAction, planActionVersion, user } from "../../db/schema";
import type { UseCaseContext } from "../context";
import type { Period } from "../figures/figure-types";
import { type IndicatorLabel, indicatorLabels } from "../figures/known-indicators.server";
import { latestValues } from "../figures/latest-observation.server";
import { can } from "../policy";
import { type ActionSummary, summariseActions } from "./action-summary";
import { loadRatings, type RatingView } from "./load-ratings.server";
import { markerStatus, targetAfterTimescale } from "./markers";
import { type ActionInContext, actionColumns, actionFor, planColumns } from "./plan-access.server";
import type { MarkerStatus } from "./plan-types";
import { colourOf, ratingLabel } from "./rag";
import { todayInLondon } from "./today";

export type LinkedAction = { id: string; title: string; planId: string; planTitle: string; retired: boolean };

export type ActionDetail = Omit<ActionInContext, "action"> & {
  action: ActionSummary;
  timeline: (RatingView & { colour: "red" | "amber" | "green"; label: string })[];
  markers: (ActionSummary["markers"][number] & {
    status: MarkerStatus;
    targetAfterTimescale: boolean;
    /** Where the figure judged came from: the linked indicator's latest figure, or typed by hand. */
    observedFrom: "indicator" | "typed" | null;
    /** The indicator the marker points at; null without one, or when it has since been deleted. */
    indicator: IndicatorLabel | null;
    /** The period of the indicator's latest figure, and whether that figure is provisional. */
    figure: { period: Period; isProvisional: boolean } | null;
  })[];
  carriedFrom: LinkedAction | null;
  carriedTo: LinkedAction[];
  supersededBy: LinkedAction | null;
  versions: { actionVersion: number; savedAt: Date; savedBy: string | null; savedByName: string | null }[];
  /** Later plans of the institution that are not yet published: where it can be carried. */
  carryTargets: { id: string; title: string }[];
  /** `figures`: may open the institution's indicators (a marker's indicator is then a link). */
  allowed: { edit: boolean; rate: boolean; figures: boolean };
};

/** An action with everything its page shows: fields, number, timeline, links and marker statuses. */
export async function getAction(ctx: UseCaseContext, slug: string, actionId: string): Promise<ActionDetail> {
  const found = await actionFor(ctx, slug, actionId);
  const { plan: thePlan, institution } = found;
  const siblings = await ctx.db
    .select(actionColumns)
    .from(planAction)
    .where(and(eq(planAction.planId, thePlan.id), isNull(planAction.deletedAt)));
  const ratings = await loadRatings(ctx.db, [actionId]);
  const period = { startsOn: thePlan.startsOn, endsOn: thePlan.endsOn };
  const summary = summariseActions(siblings, ratings, thePlan.ragScale, period).find(
    (a) => a.id === actionId,
  )!;
  const today = todayInLondon();
  const linked = await ctx.db
    .select({
      id: planAction.id,
      title: planAction.title,
      planId: plan.id,
      planTitle: plan.title,
      status: plan.status,
      retiredAt: planAction.retiredAt,
      carriedFromActionId: planAction.carriedFromActionId,
    })
    .from(planAction)
    .innerJoin(plan, eq(plan.id, planAction.planId))
    .where(
      and(
        eq(planAction.institutionId, institution.id),
        isNull(planAction.deletedAt),
        isNull(plan.deletedAt),
        or(
          eq(planAction.carriedFromActionId, actionId),
          found.action.carriedFromActionId ? eq(planAction.id, found.action.carriedFromActionId) : undefined,
          found.action.supersededByActionId
            ? eq(planAction.id, found.action.supersededByActionId)
            : undefined,
        ),
      ),
    );
  // Links lead only to plans this reader may open: a published plan never reveals a draft.
  const readable = linked.filter(
    (l) => l.status === "published" || can(ctx.actor, "plan.read-draft", institution.id),
  );
  const asLink = (l: (typeof linked)[number]): LinkedAction => ({
    id: l.id,
    title: l.title,
    planId: l.planId,
    planTitle: l.planTitle,
    retired: Boolean(l.retiredAt),
  });
  const byId = (id: string | null) => readable.find((l) => l.id === id);
  const from = byId(found.action.carriedFromActionId);
  const superseded = byId(found.action.supersededByActionId);
  const versions = await ctx.db
    .select({
      actionVersion: planActionVersion.actionVersion,
      savedAt: planActionVersion.createdAt,
      savedBy: planActionVersion.createdBy,
      savedByName: user.name,
    })
    .from(planActionVersion)
    .leftJoin(user, eq(user.id, planActionVersion.createdBy))
    .where(eq(planActionVersion.actionId, actionId))
    .orderBy(desc(planActionVersion.actionVersion));
  const indicatorIds = summary.markers.map((m) => m.indicatorId).filter((id): id is string => Boolean(id));
  const [figures, indicators] = await Promise.all([
    latestValues(ctx.db, institution.id, indicatorIds),
    indicatorLabels(ctx.db, institution.id, indicatorIds),
  ]);
  const edit = can(ctx.actor, "plan.edit", institution.id);
  const targets = edit
    ? await ctx.db
        .select(planColumns)
        .from(plan)
        .where(and(eq(plan.institutionId, institution.id), isNull(plan.deletedAt)))
        .orderBy(asc(plan.startsOn))
    : [];
  return {
    ...found,
    action: summary,
    timeline: ratings.map((r) => ({
      ...r,
      colour: colourOf(thePlan.ragScale, r.level),
      label: ratingLabel(thePlan.ragScale, r.level, r.qualifier),
    })),
    markers: summary.markers.map((m) => {
      const fromIndicator = m.indicatorId ? figures.get(m.indicatorId) : undefined;
      const observed = m.indicatorId
        ? fromIndicator
          ? { value: fromIndicator.value, on: fromIndicator.on }
          : null
        : (m.observed ?? null);
      return {
        ...m,
        observed,
        observedFrom: observed ? (m.indicatorId ? ("indicator" as const) : ("typed" as const)) : null,
        indicator: (m.indicatorId && indicators.get(m.indicatorId)) || null,
        figure: fromIndicator
          ? { period: fromIndicator.period, isProvisional: fromIndicator.isProvisional }
          : null,
        status: markerStatus(m.target, observed, today, thePlan.startsOn),
        targetAfterTimescale: m.target ? targetAfterTimescale(m.target, summary.timescale) : false,
      };
    }),
    carriedFrom: from ? asLink(from) : null,
    carriedTo: readable.filter((l) => l.carriedFromActionId === actionId).map(asLink),
    supersededBy: superseded ? asLink(superseded) : null,
    versions,
    carryTargets: targets
      // Plans it is already in stay listed (the page shows them as taken; the use-case refuses them).
      .filter((p) => p.id !== thePlan.id && p.status !== "published" && p.startsOn >= thePlan.startsOn)
      .map((p) => ({ id: p.id, title: p.title })),
    allowed: {
      edit,
      rate: can(ctx.actor, "action.rate", institution.id) && !found.action.retiredAt,
      figures: can(ctx.actor, "figure.read", institution.id),
    },
  };
}
