import { sql } from "drizzle-orm";
import {
  boolean,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import type { EvidenceDetails } from "../../core/evidence/evidence-types";
import { organization } from "./auth";
import { trackedColumns } from "./columns";
import { planAction, rating } from "./plans";

/** Raw bytes: node-postgres reads a Buffer, PGlite a Uint8Array (a Buffer is one too). */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => "bytea",
});

/**
 * An institution's evidence: links, named documents, files, testimonials, events and case studies.
 * What only some kinds have is in `details` (validated per kind in src/core/evidence); a file's
 * bytes are in `evidence_file`, so several app servers sharing one database serve the same files.
 */
export const evidenceItem = pgTable(
  "evidence_item",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: text("institution_id")
      .notNull()
      .references(() => organization.id),
    kind: text("kind", {
      enum: ["link", "document", "file", "testimonial", "event", "case-study"],
    }).notNull(),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    url: text("url"),
    /** The day the item is about (an event's first day, a story's date): the library's year. */
    occurredOn: date("occurred_on", { mode: "string" }),
    pillars: text("pillars").array().notNull().default(sql`'{}'::text[]`),
    details: jsonb("details").$type<EvidenceDetails>().notNull().default({}),
    isDemo: boolean("is_demo").notNull().default(false),
    deletedAt: timestamp("deleted_at", { withTimezone: true }),
    ...trackedColumns(),
  },
  (t) => [index("evidence_item_inst_idx").on(t.institutionId, t.kind)],
);

/** An uploaded file's bytes and what was checked about them (type by content, size, SHA-256). */
export const evidenceFile = pgTable("evidence_file", {
  evidenceId: uuid("evidence_id")
    .primaryKey()
    .references(() => evidenceItem.id),
  fileName: text("file_name").notNull(),
  mediaType: text("media_type").notNull(),
  sizeBytes: integer("size_bytes").notNull(),
  sha256: text("sha256").notNull(),
  content: bytea("content").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * The TALENT Commission's recommendations: reference data with stable ids, loaded at start and
 * editable by the central team (the wording is a summary until checked against the report).
 */
export const talentRecommendation = pgTable("talent_recommendation", {
  id: text("id").primaryKey(),
  number: integer("number").notNull().unique(),
  summary: text("summary").notNull(),
  addressedTo: text("addressed_to").notNull().default(""),
  source: text("source").notNull(),
  verified: boolean("verified").notNull().default(false),
  ...trackedColumns(),
});

/**
 * Evidence linked to what it supports: an action, one of its ratings, one of its markers (by the
 * marker's stable id) or a TALENT recommendation. One row per link; the same link twice is refused.
 */
export const evidenceLink = pgTable(
  "evidence_link",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: text("institution_id")
      .notNull()
      .references(() => organization.id),
    evidenceId: uuid("evidence_id")
      .notNull()
      .references(() => evidenceItem.id),
    target: text("target", { enum: ["action", "rating", "marker", "talent"] }).notNull(),
    actionId: uuid("action_id").references(() => planAction.id),
    ratingId: uuid("rating_id").references(() => rating.id),
    markerId: text("marker_id"),
    talentId: text("talent_id").references(() => talentRecommendation.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    createdBy: text("created_by"),
  },
  (t) => [
    index("evidence_link_evidence_idx").on(t.evidenceId),
    index("evidence_link_action_idx").on(t.actionId),
    index("evidence_link_rating_idx").on(t.ratingId),
    unique("evidence_link_once")
      .on(t.evidenceId, t.target, t.actionId, t.ratingId, t.markerId, t.talentId)
      .nullsNotDistinct(),
  ],
);

/** A case study's consent record, newest last: the latest entry decides whether it may be shared. */
export const consentRecord = pgTable(
  "consent_record",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: text("institution_id")
      .notNull()
      .references(() => organization.id),
    evidenceId: uuid("evidence_id")
      .notNull()
      .references(() => evidenceItem.id),
    status: text("status", { enum: ["given", "withdrawn"] }).notNull(),
    on: date("on", { mode: "string" }).notNull(),
    /** What the person agreed to (e.g. "self-assessment and public page"). */
    scope: text("scope").notNull().default(""),
    note: text("note").notNull().default(""),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
    recordedBy: text("recorded_by"),
  },
  (t) => [index("consent_record_evidence_idx").on(t.evidenceId, t.recordedAt)],
);
