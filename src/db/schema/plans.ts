import { boolean, date, index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { Marker, RagScale } from "../../core/plans/plan-types";
import { member, organization } from "./auth";
import { trackedColumns } from "./columns";

/**
 * A charter's reference data (pillars with their official aims, RAG scales): operators edit it as
 * data, so wording can follow the central team without a release. Plans copy what they use.
 */
export const charter = pgTable("charter", {
  id: uuid("id").primaryKey().defaultRandom(),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  source: text("source").notNull(),
  data: jsonb("data").notNull(),
  ...trackedColumns(),
});

/** An institution's action plan: draft → approved (by the lead) → published. */
export const plan = pgTable(
  "plan",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: text("institution_id")
      .notNull()
      .references(() => organization.id),
    charterId: uuid("charter_id")
      .notNull()
      .references(() => charter.id),
    title: text("title").notNull(),
    startsOn: date("starts_on", { mode: "string" }).notNull(),
    endsOn: date("ends_on", { mode: "string" }).notNull(),
    status: text("status", { enum: ["draft", "approved", "published"] })
      .notNull()
      .default("draft"),
    /** A copy of the scale chosen at creation, so later edits to the charter never change old ratings. */
    ragScale: jsonb("rag_scale").$type<RagScale>().notNull(),
    /** The institution's own aim for each pillar (the charter keeps the official ones). */
    pillarAims: jsonb("pillar_aims").$type<Record<string, string>>().notNull().default({}),
    previousPlanId: uuid("previous_plan_id"),
    approvedAt: timestamp("approved_at", { withTimezone: true }),
    approvedBy: text("approved_by"),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    publishedBy: text("published_by"),
    isDemo: boolean("is_demo").notNull().default(false),
    deletedAt: timestamp("deleted_at", { withTimezone: true }),
    ...trackedColumns(),
  },
  (t) => [index("plan_institution_idx").on(t.institutionId)],
);

/** One action of a plan. Display numbers (VISIBILITY 1) are derived from primary pillar and position. */
export const planAction = pgTable(
  "plan_action",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => plan.id),
    institutionId: text("institution_id")
      .notNull()
      .references(() => organization.id),
    position: integer("position").notNull(),
    title: text("title").notNull(),
    pillars: text("pillars").array().notNull(),
    primaryPillar: text("primary_pillar").notNull(),
    aims: text("aims").notNull().default(""),
    plannedOutcomes: jsonb("planned_outcomes").$type<string[]>().notNull().default([]),
    miniGoals: jsonb("mini_goals").$type<string[]>().notNull().default([]),
    markers: jsonb("markers").$type<Marker[]>().notNull().default([]),
    timescaleText: text("timescale_text").notNull().default(""),
    owner: text("owner").notNull().default(""),
    leadMemberId: text("lead_member_id").references(() => member.id, { onDelete: "set null" }),
    leadName: text("lead_name").notNull().default(""),
    notes: text("notes").notNull().default(""),
    referenceAsPublished: text("reference_as_published").notNull().default(""),
    carriedFromActionId: uuid("carried_from_action_id"),
    /** Retirement is an outcome of the plan link, not a rating. */
    retiredAt: timestamp("retired_at", { withTimezone: true }),
    retiredReason: text("retired_reason"),
    supersededByActionId: uuid("superseded_by_action_id"),
    deletedAt: timestamp("deleted_at", { withTimezone: true }),
    ...trackedColumns(),
  },
  (t) => [
    index("plan_action_plan_idx").on(t.planId, t.position),
    index("plan_action_carried_from_idx").on(t.carriedFromActionId),
  ],
);

/** Changes to an action after its plan is published are kept as versions (the state before each). */
export const planActionVersion = pgTable(
  "plan_action_version",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    actionId: uuid("action_id")
      .notNull()
      .references(() => planAction.id),
    actionVersion: integer("action_version").notNull(),
    snapshot: jsonb("snapshot").notNull(),
    ...trackedColumns(),
  },
  (t) => [index("plan_action_version_action_idx").on(t.actionId, t.actionVersion)],
);

/** A RAG judgement; history is kept, and the newest `assessed_on` is the action's current rating. */
export const rating = pgTable(
  "rating",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    actionId: uuid("action_id")
      .notNull()
      .references(() => planAction.id),
    institutionId: text("institution_id")
      .notNull()
      .references(() => organization.id),
    level: text("level").notNull(),
    qualifier: text("qualifier").notNull().default(""),
    assessedOn: date("assessed_on", { mode: "string" }).notNull(),
    commentary: text("commentary").notNull().default(""),
    /** Invented demo ratings say so on the page. */
    isDemo: boolean("is_demo").notNull().default(false),
    deletedAt: timestamp("deleted_at", { withTimezone: true }),
    ...trackedColumns(),
  },
  (t) => [index("rating_action_idx").on(t.actionId, t.assessedOn)],
);
