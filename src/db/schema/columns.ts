import { integer, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Every table records who made and last changed each row, and carries an integer version for
 * optimistic concurrency: a write names the version it read and is refused when it is stale.
 * `*_by` hold a user id, or "operator"/"system" for the CLI and start-up work, so they are not FKs.
 */
export const trackedColumns = () => ({
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  createdBy: text("created_by"),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  updatedBy: text("updated_by"),
  version: integer("version").notNull().default(1),
});
