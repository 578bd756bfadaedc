import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestServices, type TestServices } from "../../../tests/setup/test-services";
import { ANONYMOUS } from "../actor";
import { acceptInvitation } from "./accept-invitation.server";
import { inviteMember } from "./invite-member.server";
import { listMembers } from "./list-members.server";

let s: TestServices;
beforeAll(async () => {
  s = await openTestServices();
});
afterAll(() => s.close());

describe("invitations", () => {
  it("lets a lead invite a colleague who accepts once, with a new account", async () => {
    const lead = await s.actorFor("lead@lstm.demo");
    const created = await inviteMember(s.ctx(lead), "lstm", {
      email: "New.Person@lstm.demo",
      role: "editor",
    });
    expect(created.link).toBe(`http://localhost:3999/invitations/${created.id}`);
    expect(s.mails.at(-1)?.text).toContain(created.link);
    const accepted = await acceptInvitation(s.ctx(ANONYMOUS), created.id, {
      name: "New Person",
      password: "mangrove-kettle-orbit-42",
    });
    expect(accepted).toMatchObject({
      email: "new.person@lstm.demo",
      accountCreated: true,
      institutionSlug: "lstm",
    });
    const members = await listMembers(s.ctx(lead), "lstm");
    expect(members.find((m) => m.email === "new.person@lstm.demo")?.role).toBe("editor");
    await expect(
      acceptInvitation(s.ctx(ANONYMOUS), created.id, { name: "Again", password: "x" }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });

  it("refuses a weak password and keeps the invitation usable", async () => {
    const lead = await s.actorFor("lead@lstm.demo");
    const created = await inviteMember(s.ctx(lead), "lstm", { email: "weak@lstm.demo", role: "viewer" });
    await expect(
      acceptInvitation(s.ctx(ANONYMOUS), created.id, { name: "Weak", password: "password123" }),
    ).rejects.toMatchObject({
      code: "INVALID",
      details: { fieldErrors: { password: [expect.stringMatching(/breached/)] } },
    });
    await expect(
      acceptInvitation(s.ctx(ANONYMOUS), created.id, { name: "Weak", password: "a-much-better-passphrase" }),
    ).resolves.toMatchObject({ accountCreated: true });
  });

  it("does not let an editor, or another institution's lead, invite", async () => {
    const editor = await s.actorFor("editor@lstm.demo");
    const otherLead = await s.actorFor("lead@birmingham.demo");
    await expect(
      inviteMember(s.ctx(editor), "lstm", { email: "x@y.demo", role: "viewer" }),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(
      inviteMember(s.ctx(otherLead), "lstm", { email: "x@y.demo", role: "viewer" }),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});
