import { randomUUID } from "node:crypto";
import { APIError, betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { createAuthMiddleware } from "better-auth/api";
import { organization } from "better-auth/plugins";
import { createAccessControl } from "better-auth/plugins/access";
import { INSTITUTION_ROLES } from "../core/actor";
import { passwordProblem } from "../core/people/password-policy";
import { can } from "../core/policy";
import * as schema from "../db/schema";
import type { Db } from "../db/types";

export const SIGN_IN_LIMIT = { window: 60, max: 5 } as const;

/**
 * The organization plugin gives us its tables and role names. Its own HTTP endpoints are closed
 * (app/routes/api.auth.ts): membership changes go through our use-cases, so the policy module is
 * the only gate. Its access-control roles are derived from the same policy, so they cannot differ.
 */
const ac = createAccessControl({
  member: ["create", "update", "delete"],
  invitation: ["create", "cancel"],
} as const);

const roles = Object.fromEntries(
  INSTITUTION_ROLES.map((role) => {
    const manages = can(
      {
        kind: "user",
        userId: "",
        email: "",
        name: "",
        platformRole: null,
        memberships: { x: role },
        via: "session",
      },
      "member.manage",
      "x",
    );
    return [
      role,
      ac.newRole(manages ? { member: ["create", "update", "delete"], invitation: ["create", "cancel"] } : {}),
    ];
  }),
);

export type AuthOptions = { db: Db; secret: string; baseURL: string; trustProxy: boolean };

export function createAuth({ db, secret, baseURL, trustProxy }: AuthOptions) {
  return betterAuth({
    appName: "Commitment Hub",
    baseURL,
    secret,
    trustedOrigins: [baseURL],
    telemetry: { enabled: false },
    database: drizzleAdapter(db, { provider: "pg", schema }),
    emailAndPassword: {
      enabled: true,
      // People join by invitation or are created by an operator, never by open sign-up.
      disableSignUp: true,
      minPasswordLength: 10,
      maxPasswordLength: 128,
    },
    user: {
      additionalFields: {
        platformRole: { type: "string", required: false, input: false },
        isDemo: { type: "boolean", required: false, defaultValue: false, input: false },
      },
    },
    session: {
      expiresIn: 60 * 60 * 24 * 7,
      updateAge: 60 * 60 * 24,
      // Sessions are read from the database on every request, so any server can serve anyone.
      cookieCache: { enabled: false },
    },
    rateLimit: {
      enabled: true,
      storage: "database",
      modelName: "rateLimit",
      window: 60,
      max: 100,
      customRules: { "/sign-in/email": SIGN_IN_LIMIT },
    },
    advanced: {
      database: { generateId: () => randomUUID() },
      useSecureCookies: baseURL.startsWith("https://"),
      ipAddress: { ipAddressHeaders: trustProxy ? ["x-forwarded-for"] : ["x-commitment-hub-client-ip"] },
    },
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        if (ctx.path === "/change-password" || ctx.path === "/reset-password") {
          const problem = passwordProblem(String(ctx.body?.newPassword ?? ""));
          if (problem) throw new APIError("BAD_REQUEST", { message: problem });
        }
      }),
    },
    plugins: [
      organization({
        allowUserToCreateOrganization: false,
        creatorRole: "lead",
        invitationExpiresIn: 60 * 60 * 24 * 7,
        ac,
        roles,
      }),
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;
