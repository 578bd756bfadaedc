import { describe, expect, it } from "vitest";
import { type Actor, INSTITUTION_ROLES, type InstitutionRole } from "./actor";
import { ACTIONS, type Action, authorize, can } from "./policy";

const OWN = "inst-own";
const OTHER = "inst-other";
const member = (role: InstitutionRole): Actor => ({
  kind: "user",
  userId: `u-${role}`,
  email: `${role}@x.demo`,
  name: role,
  platformRole: null,
  memberships: { [OWN]: role },
  via: "session",
});
const central: Actor = {
  kind: "user",
  userId: "c",
  email: "c@x",
  name: "c",
  platformRole: "central",
  memberships: {},
  via: "token",
};
const anonymous: Actor = { kind: "anonymous" };

/** The expected table, written out by hand: a change to policy.ts must change this too. */
const EXPECTED: Record<
  Action,
  { own: InstitutionRole[]; other: boolean; central: boolean; anonymous: boolean }
> = {
  "institution.read-public": { own: [...INSTITUTION_ROLES], other: true, central: true, anonymous: true },
  "institution.read-private": { own: [...INSTITUTION_ROLES], other: false, central: false, anonymous: false },
  "institution.create": { own: [], other: false, central: true, anonymous: false },
  "institution.update": { own: ["lead"], other: false, central: true, anonymous: false },
  "institution.list-all": { own: [], other: false, central: true, anonymous: false },
  "member.list": { own: [...INSTITUTION_ROLES], other: false, central: false, anonymous: false },
  "member.manage": { own: ["lead"], other: false, central: false, anonymous: false },
  "invitation.list": { own: ["lead"], other: false, central: false, anonymous: false },
  "user.manage": { own: [], other: false, central: false, anonymous: false },
  "plan.read-published": { own: [...INSTITUTION_ROLES], other: true, central: true, anonymous: true },
  "plan.read-draft": { own: [...INSTITUTION_ROLES], other: false, central: false, anonymous: false },
  "plan.edit": { own: ["lead", "editor"], other: false, central: false, anonymous: false },
  "plan.approve": { own: ["lead"], other: false, central: false, anonymous: false },
  "action.rate": { own: ["lead", "editor"], other: false, central: false, anonymous: false },
  "figure.read": { own: [...INSTITUTION_ROLES], other: false, central: false, anonymous: false },
  "figure.edit": { own: ["lead", "editor"], other: false, central: false, anonymous: false },
  "evidence.read": { own: [...INSTITUTION_ROLES], other: false, central: false, anonymous: false },
  "evidence.add": { own: ["lead", "editor", "contributor"], other: false, central: false, anonymous: false },
  "evidence.manage": { own: ["lead", "editor"], other: false, central: false, anonymous: false },
  "talent.edit": { own: [], other: false, central: true, anonymous: false },
  "deadline.read": { own: [...INSTITUTION_ROLES], other: false, central: true, anonymous: false },
  "deadline.list-overdue": { own: [], other: false, central: true, anonymous: false },
  "deadline.set-schedule": { own: [], other: false, central: true, anonymous: false },
  "submission-history.read": { own: [...INSTITUTION_ROLES], other: false, central: false, anonymous: false },
  "submission-history.manage": { own: ["lead"], other: false, central: false, anonymous: false },
  "submission.read": { own: [...INSTITUTION_ROLES], other: false, central: false, anonymous: false },
  "submission.read-submitted": { own: [], other: false, central: true, anonymous: false },
  "submission.start": { own: ["lead", "editor"], other: false, central: false, anonymous: false },
  "submission.edit": { own: ["lead", "editor"], other: false, central: false, anonymous: false },
  "submission.freeze": { own: ["lead"], other: false, central: false, anonymous: false },
  "submission.sign-lead": { own: ["lead"], other: false, central: false, anonymous: false },
  "submission.sign-signatory": { own: ["signatory"], other: false, central: false, anonymous: false },
  "submission.submit": { own: ["lead"], other: false, central: false, anonymous: false },
  "charter.read": { own: [...INSTITUTION_ROLES], other: true, central: true, anonymous: true },
  "template.read": { own: [...INSTITUTION_ROLES], other: true, central: true, anonymous: false },
  "template.edit": { own: [], other: false, central: true, anonymous: false },
  "token.manage-own": { own: [...INSTITUTION_ROLES], other: true, central: true, anonymous: false },
};

describe("permission table", () => {
  it("covers every action", () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...ACTIONS].sort());
  });

  const rows = ACTIONS.flatMap((action) => [
    ...INSTITUTION_ROLES.map((role) => ({
      action,
      who: `${role} (own)`,
      actor: member(role),
      inst: OWN,
      want: EXPECTED[action].own.includes(role),
    })),
    ...INSTITUTION_ROLES.map((role) => ({
      action,
      who: `${role} (other)`,
      actor: member(role),
      inst: OTHER,
      want: EXPECTED[action].other,
    })),
    { action, who: "central", actor: central, inst: OWN, want: EXPECTED[action].central },
    { action, who: "anonymous", actor: anonymous, inst: OWN, want: EXPECTED[action].anonymous },
    { action, who: "operator", actor: { kind: "operator" } as Actor, inst: OWN, want: true },
  ]);

  it.each(rows)("$action × $who → $want", ({ action, actor, inst, want }) => {
    expect(can(actor, action, inst)).toBe(want);
  });

  it("tells the anonymous to sign in and everyone else that they may not", () => {
    expect(() => authorize(anonymous, "member.list", OWN)).toThrow(
      expect.objectContaining({ code: "UNAUTHENTICATED" }),
    );
    expect(() => authorize(member("viewer"), "member.manage", OWN)).toThrow(
      expect.objectContaining({ code: "FORBIDDEN" }),
    );
  });
});

describe("ARCHITECTURE.md", () => {
  it("prints the current permission table", async () => {
    const { readFileSync } = await import("node:fs");
    const { permissionTableMarkdown } = await import("./policy");
    expect(readFileSync(new URL("../../ARCHITECTURE.md", import.meta.url), "utf8")).toContain(
      permissionTableMarkdown(),
    );
  });
});
