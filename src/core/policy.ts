import { type Actor, INSTITUTION_ROLES, type InstitutionRole } from "./actor";
import { AppError } from "./errors";

/**
 * Every permission in the product, in one table. A row says who may do an action:
 * - `own`: the roles that may do it in their own institution (a membership of another
 *   institution gives nothing: for it, a member counts as "signed in");
 * - `central`: the Technician Commitment team (a platform role, not a membership);
 * - `signedIn`: anyone signed in; `anonymous`: anyone at all.
 * The operator (the CLI on the database itself) may do everything.
 * ARCHITECTURE.md prints this table (`npm run permissions`), and policy.test.ts tests it.
 */
type Rule = {
  own: readonly InstitutionRole[];
  central: boolean;
  signedIn: boolean;
  anonymous: boolean;
  description: string;
};

const ALL_MEMBERS = INSTITUTION_ROLES;

export const PERMISSIONS = {
  "institution.read-public": {
    own: ALL_MEMBERS,
    central: true,
    signedIn: true,
    anonymous: true,
    description: "See an institution's name, slug, type, signing date, lead, contact and public URL",
  },
  "institution.read-private": {
    own: ALL_MEMBERS,
    central: false,
    signedIn: false,
    anonymous: false,
    description: "Open the institution's own home, with its drafts and people",
  },
  "institution.create": {
    own: [],
    central: true,
    signedIn: false,
    anonymous: false,
    description: "Create an institution",
  },
  "institution.update": {
    own: ["lead"],
    central: true,
    signedIn: false,
    anonymous: false,
    description: "Change an institution's details",
  },
  "institution.list-all": {
    own: [],
    central: true,
    signedIn: false,
    anonymous: false,
    description: "See every institution with its people counts (central team's list)",
  },
  "member.list": {
    own: ALL_MEMBERS,
    central: false,
    signedIn: false,
    anonymous: false,
    description: "See the institution's members and their roles",
  },
  "member.manage": {
    own: ["lead"],
    central: false,
    signedIn: false,
    anonymous: false,
    description: "Invite people, change members' roles, remove members, cancel invitations",
  },
  "invitation.list": {
    own: ["lead"],
    central: false,
    signedIn: false,
    anonymous: false,
    description: "See pending invitations and their links",
  },
  "user.manage": {
    own: [],
    central: false,
    signedIn: false,
    anonymous: false,
    description: "Create and list accounts directly (operator only, through the CLI)",
  },
  "plan.read-published": {
    own: ALL_MEMBERS,
    central: true,
    signedIn: true,
    anonymous: true,
    description: "See a published action plan with its actions and ratings",
  },
  "plan.read-draft": {
    own: ALL_MEMBERS,
    central: false,
    signedIn: false,
    anonymous: false,
    description: "See draft and approved (unpublished) plans, their actions and ratings",
  },
  "plan.edit": {
    own: ["lead", "editor"],
    central: false,
    signedIn: false,
    anonymous: false,
    description: "Create plans; add, edit, carry forward and retire actions",
  },
  "plan.approve": {
    own: ["lead"],
    central: false,
    signedIn: false,
    anonymous: false,
    description: "Approve, publish or reopen a plan",
  },
  "action.rate": {
    own: ["lead", "editor"],
    central: false,
    signedIn: false,
    anonymous: false,
    description: "Record a RAG rating for an action, with commentary and evidence links",
  },
  "figure.read": {
    own: ALL_MEMBERS,
    central: false,
    signedIn: false,
    anonymous: false,
    description: "See the institution's indicators, their figures and what is derived from them",
  },
  "figure.edit": {
    own: ["lead", "editor"],
    central: false,
    signedIn: false,
    anonymous: false,
    description: "Add and change indicators and their figures, by form or by importing a table",
  },
  "evidence.read": {
    own: ALL_MEMBERS,
    central: false,
    signedIn: false,
    anonymous: false,
    description: "See the institution's evidence library, its files and what each item is linked to",
  },
  "evidence.add": {
    own: ["lead", "editor", "contributor"],
    central: false,
    signedIn: false,
    anonymous: false,
    description: "Add evidence of any kind and link evidence to actions, ratings, markers and TALENT",
  },
  "evidence.manage": {
    own: ["lead", "editor"],
    central: false,
    signedIn: false,
    anonymous: false,
    description: "Change and delete evidence, and record a case study's consent or its withdrawal",
  },
  "deadline.read": {
    own: ALL_MEMBERS,
    central: true,
    signedIn: false,
    anonymous: false,
    description: "See the institution's next due window, the days remaining and whether it is overdue",
  },
  "deadline.list-overdue": {
    own: [],
    central: true,
    signedIn: false,
    anonymous: false,
    description:
      "See every institution's next window, those whose window has closed first (central team's list)",
  },
  "deadline.set-schedule": {
    own: [],
    central: true,
    signedIn: false,
    anonymous: false,
    description: "Set the months an institution's windows close in, for the older phase timetable",
  },
  "submission-history.read": {
    own: ALL_MEMBERS,
    central: false,
    signedIn: false,
    anonymous: false,
    description: "See the past submissions recorded for the institution, with their files",
  },
  "submission-history.manage": {
    own: ["lead"],
    central: false,
    signedIn: false,
    anonymous: false,
    description: "Record and delete past submissions made outside the product",
  },
  "charter.read": {
    own: ALL_MEMBERS,
    central: true,
    signedIn: true,
    anonymous: true,
    description: "See the charter's reference data: pillars, official aims and RAG scales",
  },
  "submission.read": {
    own: ALL_MEMBERS,
    central: false,
    signedIn: false,
    anonymous: false,
    description: "Read the institution's submissions, drafts included, their versions and readiness",
  },
  "submission.read-submitted": {
    own: [],
    central: true,
    signedIn: false,
    anonymous: false,
    description: "Read any institution's submitted submissions (never drafts)",
  },
  "submission.start": {
    own: ["lead", "editor"],
    central: false,
    signedIn: false,
    anonymous: false,
    description: "Start a submission for a window",
  },
  "submission.edit": {
    own: ["lead", "editor"],
    central: false,
    signedIn: false,
    anonymous: false,
    description: "Write a submission's answers (an edit after freezing clears the signatures)",
  },
  "submission.freeze": {
    own: ["lead"],
    central: false,
    signedIn: false,
    anonymous: false,
    description: "Freeze a submission as ready for sign-off (a fingerprinted version)",
  },
  "submission.sign-lead": {
    own: ["lead"],
    central: false,
    signedIn: false,
    anonymous: false,
    description: "Sign a frozen submission as the nominated institutional lead",
  },
  "submission.sign-signatory": {
    own: ["signatory"],
    central: false,
    signedIn: false,
    anonymous: false,
    description: "Sign a frozen submission as the leader of the institution",
  },
  "submission.submit": {
    own: ["lead"],
    central: false,
    signedIn: false,
    anonymous: false,
    description: "Submit a signed submission to the central team",
  },
  "talent.edit": {
    own: [],
    central: true,
    signedIn: false,
    anonymous: false,
    description: "Change the wording of the TALENT Commission's recommendations and mark it checked",
  },
  "template.read": {
    own: [],
    central: true,
    signedIn: true,
    anonymous: false,
    description:
      "See the submission templates' published and earlier versions: guidance, questions, help and word limits",
  },
  "template.edit": {
    own: [],
    central: true,
    signedIn: false,
    anonymous: false,
    description:
      "Make, change, publish and discard draft versions of the submission templates, and see drafts",
  },
  "token.manage-own": {
    own: [],
    central: false,
    signedIn: true,
    anonymous: false,
    description: "Create, list and revoke one's own API tokens",
  },
} as const satisfies Record<string, Rule>;

export type Action = keyof typeof PERMISSIONS;
export const ACTIONS = Object.keys(PERMISSIONS) as Action[];

/** May `actor` do `action`, on `institutionId` where the action concerns one institution? */
export function can(actor: Actor, action: Action, institutionId?: string): boolean {
  const rule: Rule = PERMISSIONS[action];
  if (actor.kind === "operator") return true;
  if (rule.anonymous) return true;
  if (actor.kind === "anonymous") return false;
  if (rule.signedIn) return true;
  if (rule.central && actor.platformRole === "central") return true;
  if (institutionId === undefined) return false;
  const role = actor.memberships[institutionId];
  return role !== undefined && rule.own.includes(role);
}

/** Throws UNAUTHENTICATED for the anonymous (so pages can offer sign-in), else FORBIDDEN. */
export function authorize(actor: Actor, action: Action, institutionId?: string): void {
  if (can(actor, action, institutionId)) return;
  if (actor.kind === "anonymous") throw new AppError("UNAUTHENTICATED", "Please sign in to continue.");
  throw new AppError("FORBIDDEN", "You do not have permission to do that.");
}

/** The permission table as Markdown, for ARCHITECTURE.md. */
export function permissionTableMarkdown(): string {
  const head = [
    "action",
    ...INSTITUTION_ROLES,
    "central team",
    "any signed-in",
    "anonymous",
    "what it allows",
  ];
  const yes = (b: boolean) => (b ? "yes" : "—");
  const rows = ACTIONS.map((action) => {
    const rule: Rule = PERMISSIONS[action];
    return [
      `\`${action}\``,
      ...INSTITUTION_ROLES.map((r) =>
        rule.own.includes(r) ? "own" : rule.signedIn || rule.anonymous ? "any" : "—",
      ),
      yes(rule.central || rule.signedIn || rule.anonymous),
      yes(rule.signedIn || rule.anonymous),
      yes(rule.anonymous),
      rule.description,
    ];
  });
  return [head, head.map(() => "---"), ...rows].map((r) => `| ${r.join(" | ")} |`).join("\n");
}
