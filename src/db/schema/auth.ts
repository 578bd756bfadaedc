import { bigint, boolean, date, index, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { trackedColumns } from "./columns";

/*
 * better-auth's tables, written by hand from `getAuthTables()` (its CLI does not run on Node 20;
 * see docs/decisions/0003-auth.md). `auth-tables.test.ts` compares this file with what better-auth
 * expects, so a plugin change cannot drift silently. Our own columns are added after its fields.
 */

export const user = pgTable("user", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  email: text("email").notNull().unique(),
  emailVerified: boolean("email_verified").notNull().default(false),
  image: text("image"),
  /** "central" for the Technician Commitment team; null for everyone else. */
  platformRole: text("platform_role"),
  /** Demo accounts, so demo data never loads into a database that has real people. */
  isDemo: boolean("is_demo").notNull().default(false),
  ...trackedColumns(),
});

export const session = pgTable(
  "session",
  {
    id: text("id").primaryKey(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    token: text("token").notNull().unique(),
    ipAddress: text("ip_address"),
    userAgent: text("user_agent"),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    activeOrganizationId: text("active_organization_id"),
    ...trackedColumns(),
  },
  (t) => [index("session_user_id_idx").on(t.userId)],
);

export const account = pgTable(
  "account",
  {
    id: text("id").primaryKey(),
    accountId: text("account_id").notNull(),
    providerId: text("provider_id").notNull(),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    accessToken: text("access_token"),
    refreshToken: text("refresh_token"),
    idToken: text("id_token"),
    accessTokenExpiresAt: timestamp("access_token_expires_at", { withTimezone: true }),
    refreshTokenExpiresAt: timestamp("refresh_token_expires_at", { withTimezone: true }),
    scope: text("scope"),
    password: text("password"),
    ...trackedColumns(),
  },
  (t) => [index("account_user_id_idx").on(t.userId)],
);

export const verification = pgTable(
  "verification",
  {
    id: text("id").primaryKey(),
    identifier: text("identifier").notNull(),
    value: text("value").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    ...trackedColumns(),
  },
  (t) => [index("verification_identifier_idx").on(t.identifier)],
);

/** Sign-in rate-limit counters live in the database so that every app server shares them. */
export const rateLimit = pgTable("rate_limit", {
  id: text("id").primaryKey(),
  key: text("key").notNull().unique(),
  count: bigint("count", { mode: "number" }).notNull(),
  lastRequest: bigint("last_request", { mode: "number" }).notNull(),
  ...trackedColumns(),
});

/**
 * An institution is better-auth's organization with the Technician Commitment's fields added:
 * one table, so membership and institution can never disagree.
 */
export const organization = pgTable("organization", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  slug: text("slug").notNull().unique(),
  logo: text("logo"),
  metadata: text("metadata"),
  /** "signatory" submits self-assessments; "supporter" (funders, learned societies) does not. */
  type: text("type").notNull().default("signatory"),
  signingDate: date("signing_date", { mode: "string" }),
  leadName: text("lead_name"),
  contactName: text("contact_name"),
  contactEmail: text("contact_email"),
  publicUrl: text("public_url"),
  deletedAt: timestamp("deleted_at", { withTimezone: true }),
  ...trackedColumns(),
});

export const member = pgTable(
  "member",
  {
    id: text("id").primaryKey(),
    organizationId: text("organization_id")
      .notNull()
      .references(() => organization.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    role: text("role").notNull().default("viewer"),
    ...trackedColumns(),
  },
  (t) => [
    uniqueIndex("member_org_user_idx").on(t.organizationId, t.userId),
    index("member_user_idx").on(t.userId),
  ],
);

export const invitation = pgTable(
  "invitation",
  {
    id: text("id").primaryKey(),
    organizationId: text("organization_id")
      .notNull()
      .references(() => organization.id, { onDelete: "cascade" }),
    email: text("email").notNull(),
    role: text("role"),
    /** pending → accepted | canceled; expiry is read from expires_at, not stored as a status. */
    status: text("status").notNull().default("pending"),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    /** Null when the operator invited through the CLI (better-auth requires it; we relax that). */
    inviterId: text("inviter_id").references(() => user.id, { onDelete: "set null" }),
    acceptedBy: text("accepted_by"),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }),
    ...trackedColumns(),
  },
  (t) => [index("invitation_org_idx").on(t.organizationId), index("invitation_email_idx").on(t.email)],
);
