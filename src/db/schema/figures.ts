import { sql } from "drizzle-orm";
import {
  boolean,
  date,
  doublePrecision,
  index,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type { Period } from "../../core/figures/figure-types";
import { organization } from "./auth";
import { trackedColumns } from "./columns";

/**
 * An institution's indicator: what is counted (headcount, apprentices, attendance, registrations),
 * in which unit, with which breakdown. Its figures are `observation` rows; derived figures (change,
 * share, year on year) are computed in `src/core/figures`, never stored.
 */
export const indicator = pgTable(
  "indicator",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: text("institution_id")
      .notNull()
      .references(() => organization.id),
    name: text("name").notNull(),
    definition: text("definition").notNull().default(""),
    unit: text("unit", { enum: ["count", "percent", "currency", "other"] }).notNull(),
    /** e.g. workforce, apprenticeships, training, registration: groups indicators on pages. */
    category: text("category").notNull().default("other"),
    breakdownKeys: text("breakdown_keys").array().notNull().default(sql`'{}'::text[]`),
    isDemo: boolean("is_demo").notNull().default(false),
    deletedAt: timestamp("deleted_at", { withTimezone: true }),
    ...trackedColumns(),
  },
  (t) => [index("indicator_institution_idx").on(t.institutionId)],
);

/** One figure for one period. A percentage keeps its parts when the source gives them. */
export const observation = pgTable(
  "observation",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    indicatorId: uuid("indicator_id")
      .notNull()
      .references(() => indicator.id),
    institutionId: text("institution_id")
      .notNull()
      .references(() => organization.id),
    period: jsonb("period").$type<Period>().notNull(),
    /** The period's first and last days, for ordering and for one figure per period. */
    periodStart: date("period_start", { mode: "string" }).notNull(),
    periodEnd: date("period_end", { mode: "string" }).notNull(),
    value: doublePrecision("value"),
    numerator: doublePrecision("numerator"),
    denominator: doublePrecision("denominator"),
    breakdown: jsonb("breakdown").$type<Record<string, number>>().notNull().default({}),
    provisional: boolean("provisional").notNull().default(false),
    asOf: date("as_of", { mode: "string" }),
    note: text("note").notNull().default(""),
    deletedAt: timestamp("deleted_at", { withTimezone: true }),
    ...trackedColumns(),
  },
  (t) => [
    index("observation_indicator_idx").on(t.indicatorId, t.periodStart),
    uniqueIndex("observation_one_per_period")
      .on(t.indicatorId, t.periodStart, t.periodEnd)
      .where(sql`deleted_at is null`),
  ],
);

/**
 * A grade structure of the workforce profile (Birmingham moved from one to another): the grades
 * in order, with the dates the structure applied.
 */
export const gradeStructure = pgTable(
  "grade_structure",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: text("institution_id")
      .notNull()
      .references(() => organization.id),
    name: text("name").notNull(),
    effectiveFrom: date("effective_from", { mode: "string" }),
    effectiveTo: date("effective_to", { mode: "string" }),
    grades: jsonb("grades").$type<{ code: string; name: string }[]>().notNull().default([]),
    deletedAt: timestamp("deleted_at", { withTimezone: true }),
    ...trackedColumns(),
  },
  (t) => [index("grade_structure_institution_idx").on(t.institutionId)],
);
