import { z } from "zod";
import { INSTITUTION_ROLES } from "../../src/core/actor";

/** Response shapes of /api/v1, used for the OpenAPI document. Requests use the use-cases' own schemas. */
const dateTime = z.iso.datetime();

export const ZInstitutionJson = z.object({
  id: z.uuid(),
  name: z.string(),
  slug: z.string(),
  type: z.enum(["signatory", "supporter"]),
  signingDate: z.iso.date().nullable(),
  leadName: z.string().nullable(),
  contactName: z.string().nullable(),
  contactEmail: z.string().nullable(),
  publicUrl: z.string().nullable(),
  version: z.number().int(),
  createdAt: dateTime,
  updatedAt: dateTime,
  memberCount: z.number().int().optional().describe("central team only"),
  pendingInvitations: z.number().int().optional().describe("central team only"),
});

export const page = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });
export const list = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });

export const ZMemberJson = z.object({
  id: z.uuid(),
  userId: z.uuid(),
  name: z.string(),
  email: z.email(),
  role: z.enum(INSTITUTION_ROLES),
  joinedAt: dateTime,
  version: z.number().int(),
});

export const ZInvitationJson = z.object({
  id: z.uuid(),
  email: z.email(),
  role: z.enum(INSTITUTION_ROLES).nullable(),
  state: z.enum(["pending", "accepted", "canceled", "expired"]),
  expiresAt: dateTime,
  createdAt: dateTime,
  link: z.url(),
  version: z.number().int(),
});

export const ZInvitationCreatedJson = z.object({
  id: z.uuid(),
  email: z.email(),
  role: z.enum(INSTITUTION_ROLES),
  expiresAt: dateTime,
  link: z.url(),
  delivery: z.enum(["sent", "logged"]),
});

export const ZTokenJson = z.object({
  id: z.uuid(),
  name: z.string(),
  prefix: z.string(),
  state: z.enum(["active", "expired", "revoked"]),
  expiresAt: dateTime.nullable(),
  lastUsedAt: dateTime.nullable(),
  revokedAt: dateTime.nullable(),
  createdAt: dateTime,
});

export const ZTokenCreatedJson = z.object({
  token: z.string().describe("shown once"),
  id: z.uuid(),
  name: z.string(),
});

export const ZMeJson = z.object({
  id: z.uuid(),
  email: z.email(),
  name: z.string(),
  platformRole: z.enum(["central"]).nullable(),
  memberships: z.array(z.object({ slug: z.string(), name: z.string(), role: z.enum(INSTITUTION_ROLES) })),
});

export const ZHealthJson = z.object({
  status: z.literal("ok"),
  database: z.enum(["pglite", "postgresql"]),
  version: z.string(),
});

export const ZProblem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  code: z.string(),
  errors: z.record(z.string(), z.array(z.string())).optional(),
  current: z.unknown().optional(),
  currentVersion: z.number().int().optional(),
});
