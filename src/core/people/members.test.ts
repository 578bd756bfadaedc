import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestServices, type TestServices } from "../../../tests/setup/test-services";
import { auditEvent, invitation } from "../../db/schema";
import { ANONYMOUS } from "../actor";
import { acceptInvitation } from "./accept-invitation.server";
import { cancelInvitation } from "./cancel-invitation.server";
import { changeMemberRole } from "./change-member-role.server";
import { inviteMember } from "./invite-member.server";
import { listInvitations } from "./list-invitations.server";
import { listMembers } from "./list-members.server";
import { removeMember } from "./remove-member.server";

let s: TestServices;
beforeAll(async () => {
  s = await openTestServices();
});
afterAll(() => s.close());

const lead = () => s.actorFor("lead@birmingham.demo");

describe("roles", () => {
  it("never leaves an institution without a lead", async () => {
    const members = await listMembers(s.ctx(await lead()), "birmingham");
    const onlyLead = members.find((m) => m.role === "lead")!;
    await expect(
      changeMemberRole(s.ctx(await lead()), "birmingham", {
        memberId: onlyLead.id,
        role: "editor",
        expectedVersion: onlyLead.version,
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(
      removeMember(s.ctx(await lead()), "birmingham", { memberId: onlyLead.id }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("changes a role once; a second change from the same page is stale", async () => {
    const editor = (await listMembers(s.ctx(await lead()), "birmingham")).find((m) => m.role === "editor")!;
    await changeMemberRole(s.ctx(await lead()), "birmingham", {
      memberId: editor.id,
      role: "contributor",
      expectedVersion: editor.version,
    });
    await expect(
      changeMemberRole(s.ctx(await lead()), "birmingham", {
        memberId: editor.id,
        role: "viewer",
        expectedVersion: editor.version,
      }),
    ).rejects.toMatchObject({ code: "STALE", details: { current: { role: "contributor" } } });
    await changeMemberRole(s.ctx(await lead()), "birmingham", {
      memberId: editor.id,
      role: "editor",
      expectedVersion: editor.version + 1,
    });
  });

  it("removes a member and keeps who they were in the history", async () => {
    const created = await inviteMember(s.ctx(await lead()), "birmingham", {
      email: "leaving@birmingham.demo",
      role: "viewer",
    });
    await acceptInvitation(s.ctx(ANONYMOUS), created.id, {
      name: "Leaving Person",
      password: "heron-lantern-quarry-93",
    });
    const leaving = (await listMembers(s.ctx(await lead()), "birmingham")).find(
      (m) => m.email === "leaving@birmingham.demo",
    )!;
    await removeMember(s.ctx(await lead()), "birmingham", { memberId: leaving.id });
    expect((await listMembers(s.ctx(await lead()), "birmingham")).some((m) => m.id === leaving.id)).toBe(
      false,
    );
    const [event] = await s.db
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.entityId, leaving.id), eq(auditEvent.action, "member.remove")));
    expect(event!.before).toMatchObject({
      email: "leaving@birmingham.demo",
      role: "viewer",
      name: "Leaving Person",
    });
  });
});

describe("invitations", () => {
  it("cannot be accepted once cancelled or expired", async () => {
    const a = await inviteMember(s.ctx(await lead()), "birmingham", {
      email: "cancelled@example.ac.uk",
      role: "viewer",
    });
    await cancelInvitation(s.ctx(await lead()), "birmingham", { invitationId: a.id });
    await expect(
      acceptInvitation(s.ctx(ANONYMOUS), a.id, { name: "X", password: "heron-lantern-quarry-93" }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(/cancelled/),
    });
    await expect(
      cancelInvitation(s.ctx(await lead()), "birmingham", { invitationId: a.id }),
    ).rejects.toMatchObject({ code: "CONFLICT" });

    const b = await inviteMember(s.ctx(await lead()), "birmingham", {
      email: "late@example.ac.uk",
      role: "viewer",
    });
    await s.db
      .update(invitation)
      .set({ expiresAt: new Date(Date.now() - 1) })
      .where(eq(invitation.id, b.id));
    await expect(
      acceptInvitation(s.ctx(ANONYMOUS), b.id, { name: "X", password: "heron-lantern-quarry-93" }),
    ).rejects.toMatchObject({
      message: expect.stringMatching(/expired/),
    });
    const listed = await listInvitations(s.ctx(await lead()), "birmingham");
    expect(listed.find((i) => i.id === a.id)?.state).toBe("canceled");
    expect(listed.find((i) => i.id === b.id)?.state).toBe("expired");
  });

  it("is valid for seven days", async () => {
    const created = await inviteMember(s.ctx(await lead()), "birmingham", {
      email: "week@example.ac.uk",
      role: "editor",
    });
    const days = (created.expiresAt.getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.99);
    expect(days).toBeLessThanOrEqual(7);
  });

  it("refuses a second invitation to someone already invited or already a member", async () => {
    await inviteMember(s.ctx(await lead()), "birmingham", { email: "twice@example.ac.uk", role: "editor" });
    await expect(
      inviteMember(s.ctx(await lead()), "birmingham", { email: "Twice@example.ac.uk", role: "editor" }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(
      inviteMember(s.ctx(await lead()), "birmingham", { email: "editor@birmingham.demo", role: "viewer" }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      details: { fieldErrors: { email: ["Already a member."] } },
    });
  });

  it("must be accepted by the person invited", async () => {
    const created = await inviteMember(s.ctx(await lead()), "birmingham", {
      email: "editor@lstm.demo",
      role: "viewer",
    });
    const someoneElse = await s.actorFor("signatory@lstm.demo");
    await expect(acceptInvitation(s.ctx(someoneElse), created.id)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    // The invitee has an account: they must sign in rather than make a second one.
    await expect(
      acceptInvitation(s.ctx(ANONYMOUS), created.id, { name: "X", password: "heron-lantern-quarry-93" }),
    ).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
    });
    const invitee = await s.actorFor("editor@lstm.demo");
    await expect(acceptInvitation(s.ctx(invitee), created.id)).resolves.toMatchObject({
      accountCreated: false,
      institutionSlug: "birmingham",
    });
    // Now a member of two institutions, with a role in each.
    const again = await s.actorFor("editor@lstm.demo");
    expect(Object.values((again as { memberships: Record<string, string> }).memberships).sort()).toEqual([
      "editor",
      "viewer",
    ]);
  });

  it("asks a newcomer for a name and password", async () => {
    const created = await inviteMember(s.ctx(await lead()), "birmingham", {
      email: "newcomer@example.ac.uk",
      role: "viewer",
    });
    await expect(acceptInvitation(s.ctx(ANONYMOUS), created.id, {})).rejects.toMatchObject({
      code: "INVALID",
      details: { fieldErrors: { name: ["Enter your name."], password: ["Choose a password."] } },
    });
  });
});
