import { sql } from "drizzle-orm";
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { organization } from "./auth";
import { trackedColumns } from "./columns";
import { plan } from "./plans";

/**
 * A template is the official question set of one kind of submission (Initial, Renewal, Stage 3).
 * Its wording lives in versions: the central team edits a draft version and publishes it; a
 * submission keeps the version it started on, so publishing never changes a submission in progress.
 */
export const template = pgTable("template", {
  id: uuid("id").primaryKey().defaultRandom(),
  key: text("key").notNull().unique(),
  name: text("name").notNull(),
  ...trackedColumns(),
});

/** One version of a template. `content` is checked by ZTemplateContent (src/core/templates). */
export const templateVersion = pgTable(
  "template_version",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    templateId: uuid("template_id")
      .notNull()
      .references(() => template.id),
    number: integer("number").notNull(),
    status: text("status", { enum: ["draft", "published", "superseded"] })
      .notNull()
      .default("draft"),
    content: jsonb("content").notNull(),
    /** False until the central team has checked the wording against the official form. */
    verified: boolean("verified").notNull().default(false),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    publishedBy: text("published_by"),
    ...trackedColumns(),
  },
  (t) => [uniqueIndex("template_version_number_idx").on(t.templateId, t.number)],
);

/**
 * One institution's self-assessment for one window: draft → ready for sign-off → signed → submitted.
 * Only one per institution per window while not deleted.
 */
export const submission = pgTable(
  "submission",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: text("institution_id")
      .notNull()
      .references(() => organization.id),
    templateVersionId: uuid("template_version_id")
      .notNull()
      .references(() => templateVersion.id),
    /** The last day of the window (31 January or 31 July, or the institution's own months). */
    windowCloses: date("window_closes", { mode: "string" }).notNull(),
    stage: text("stage", { enum: ["initial", "stage-2", "stage-3", "renewal"] }).notNull(),
    state: text("state", { enum: ["draft", "ready", "signed", "submitted"] })
      .notNull()
      .default("draft"),
    /** The plan whose ratings the RAG analysis shows, and the new plan the submission presents. */
    previousPlanId: uuid("previous_plan_id").references(() => plan.id),
    newPlanId: uuid("new_plan_id").references(() => plan.id),
    /** The number of the newest frozen version (0 before the first freeze). */
    latestVersion: integer("latest_version").notNull().default(0),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    submittedBy: text("submitted_by"),
    isDemo: boolean("is_demo").notNull().default(false),
    deletedAt: timestamp("deleted_at", { withTimezone: true }),
    ...trackedColumns(),
  },
  (t) => [
    uniqueIndex("submission_window_idx")
      .on(t.institutionId, t.windowCloses)
      .where(sql`${t.deletedAt} is null`),
  ],
);

/**
 * The answer to one section of a submission (a template question, or the cross-references).
 * `narrative` is the document tree (src/core/narrative); `data` the section's structured part.
 * `version` (tracked) is what a save names; every save also writes a revision.
 */
export const submissionAnswer = pgTable(
  "submission_answer",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    submissionId: uuid("submission_id")
      .notNull()
      .references(() => submission.id),
    institutionId: text("institution_id")
      .notNull()
      .references(() => organization.id),
    sectionKey: text("section_key").notNull(),
    narrative: jsonb("narrative"),
    data: jsonb("data"),
    /** The author says the section is finished (GOV.UK's "Have you completed this section?"). */
    complete: boolean("complete").notNull().default(false),
    ...trackedColumns(),
  },
  (t) => [uniqueIndex("submission_answer_section_idx").on(t.submissionId, t.sectionKey)],
);

/** Every saved state of an answer, newest last; a merge view compares two of them. */
export const answerRevision = pgTable(
  "answer_revision",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    answerId: uuid("answer_id")
      .notNull()
      .references(() => submissionAnswer.id),
    institutionId: text("institution_id")
      .notNull()
      .references(() => organization.id),
    /** The answer's version this revision made. */
    number: integer("number").notNull(),
    kind: text("kind", { enum: ["save", "autosave", "merge"] }).notNull(),
    narrative: jsonb("narrative"),
    data: jsonb("data"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    createdBy: text("created_by"),
  },
  (t) => [uniqueIndex("answer_revision_number_idx").on(t.answerId, t.number)],
);

/**
 * A frozen version of a submission: everything it shows, as canonical JSON, and its SHA-256.
 * Versions are never changed; a change after freezing reopens the submission (`reopenedAt`)
 * and the next freeze makes version n+1.
 */
export const submissionVersion = pgTable(
  "submission_version",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    submissionId: uuid("submission_id")
      .notNull()
      .references(() => submission.id),
    institutionId: text("institution_id")
      .notNull()
      .references(() => organization.id),
    number: integer("number").notNull(),
    snapshot: jsonb("snapshot").notNull(),
    fingerprint: text("fingerprint").notNull(),
    frozenAt: timestamp("frozen_at", { withTimezone: true }).notNull().defaultNow(),
    frozenBy: text("frozen_by"),
    reopenedAt: timestamp("reopened_at", { withTimezone: true }),
    reopenedBy: text("reopened_by"),
  },
  (t) => [uniqueIndex("submission_version_number_idx").on(t.submissionId, t.number)],
);

/** One signature block of one frozen version. One account cannot sign both blocks. */
export const submissionSignature = pgTable(
  "submission_signature",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    versionId: uuid("version_id")
      .notNull()
      .references(() => submissionVersion.id),
    submissionId: uuid("submission_id")
      .notNull()
      .references(() => submission.id),
    institutionId: text("institution_id")
      .notNull()
      .references(() => organization.id),
    block: text("block", { enum: ["lead", "signatory"] }).notNull(),
    userId: text("user_id").notNull(),
    typedName: text("typed_name").notNull(),
    role: text("role").notNull(),
    signedOn: date("signed_on", { mode: "string" }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("submission_signature_block_idx").on(t.versionId, t.block),
    uniqueIndex("submission_signature_user_idx").on(t.versionId, t.userId),
    index("submission_signature_submission_idx").on(t.submissionId),
  ],
);
