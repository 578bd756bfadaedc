import { date, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { organization } from "./auth";
import { trackedColumns } from "./columns";
import { evidenceItem } from "./evidence";

/**
 * Submissions an institution made before it used the product (or outside it), recorded so the
 * next window is right. A file is an evidence item of kind "file"; removing a record is a soft delete.
 */
export const submissionHistory = pgTable(
  "submission_history",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: text("institution_id")
      .notNull()
      .references(() => organization.id),
    stage: text("stage", { enum: ["initial", "stage-2", "stage-3", "renewal"] }).notNull(),
    submittedOn: date("submitted_on", { mode: "string" }).notNull(),
    evidenceId: uuid("evidence_id").references(() => evidenceItem.id),
    note: text("note").notNull().default(""),
    deletedAt: timestamp("deleted_at", { withTimezone: true }),
    ...trackedColumns(),
  },
  (t) => [index("submission_history_inst_idx").on(t.institutionId, t.submittedOn)],
);

/**
 * An institution's own timetable: the months its windows close in, for the older phase timetable
 * (e.g. April or September) instead of January and July. No row means January and July.
 */
export const institutionSchedule = pgTable("institution_schedule", {
  institutionId: text("institution_id")
    .primaryKey()
    .references(() => organization.id),
  dueMonths: integer("due_months").array().notNull(),
  ...trackedColumns(),
});
