import { index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { user } from "./auth";
import { trackedColumns } from "./columns";

/** Settings the app keeps for itself, such as a generated auth secret shared by every server. */
export const platformSetting = pgTable("platform_setting", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
  ...trackedColumns(),
});

/** Personal API tokens: only a SHA-256 hash is stored; the token is shown once. */
export const apiToken = pgTable(
  "api_token",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    tokenHash: text("token_hash").notNull().unique(),
    /** The first characters, so a person can tell their tokens apart. */
    prefix: text("prefix").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    ...trackedColumns(),
  },
  (t) => [index("api_token_user_idx").on(t.userId)],
);

/**
 * Append-only history: every change a use-case makes is written here with the state before and
 * after, so nothing a person made disappears without trace even where a row is removed.
 */
export const auditEvent = pgTable(
  "audit_event",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: text("institution_id"),
    action: text("action").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id").notNull(),
    before: jsonb("before"),
    after: jsonb("after"),
    ...trackedColumns(),
  },
  (t) => [
    index("audit_event_entity_idx").on(t.entityType, t.entityId),
    index("audit_event_inst_idx").on(t.institutionId),
  ],
);
