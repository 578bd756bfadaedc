export const INSTITUTION_ROLES = ["lead", "editor", "contributor", "signatory", "viewer"] as const;
export type InstitutionRole = (typeof INSTITUTION_ROLES)[number];

export const PLATFORM_ROLES = ["central"] as const;
export type PlatformRole = (typeof PLATFORM_ROLES)[number];

/**
 * Who is acting. Every use-case requires one; none reads a session's "active organisation":
 * the institution always comes from the URL and is checked against `memberships`.
 */
export type Actor =
  | { kind: "anonymous" }
  /** The CLI on the database itself: whoever can open the database already owns it. */
  | { kind: "operator" }
  | {
      kind: "user";
      userId: string;
      email: string;
      name: string;
      platformRole: PlatformRole | null;
      /** institution id → role */
      memberships: Record<string, InstitutionRole>;
      via: "session" | "token";
    };

export type UserActor = Extract<Actor, { kind: "user" }>;

export const ANONYMOUS: Actor = { kind: "anonymous" };
export const OPERATOR: Actor = { kind: "operator" };

/** The id recorded in created_by/updated_by columns. */
export function actorId(actor: Actor): string {
  if (actor.kind === "user") return actor.userId;
  return actor.kind === "operator" ? "operator" : "anonymous";
}

export function isInstitutionRole(value: unknown): value is InstitutionRole {
  return typeof value === "string" && (INSTITUTION_ROLES as readonly string[]).includes(value);
}
