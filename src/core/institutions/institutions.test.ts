import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestServices, type TestServices } from "../../../tests/setup/test-services";
import { auditEvent } from "../../db/schema";
import { type Actor, ANONYMOUS } from "../actor";
import { createInstitution } from "./create-institution.server";
import { getInstitution } from "./get-institution.server";
import { listInstitutions } from "./list-institutions.server";
import { updateInstitution } from "./update-institution.server";

let s: TestServices;
let central: Actor;
beforeAll(async () => {
  s = await openTestServices();
  central = await s.actorFor("team@technician-commitment.demo");
});
afterAll(() => s.close());

describe("creating an institution", () => {
  it("lets the central team create one and records who did", async () => {
    const created = await createInstitution(s.ctx(central), {
      name: "University of Example",
      slug: "Example-Uni",
      type: "supporter",
      signingDate: "2020-01-15",
      publicUrl: "",
    });
    expect(created).toMatchObject({
      slug: "example-uni",
      type: "supporter",
      signingDate: "2020-01-15",
      publicUrl: null,
      version: 1,
    });
    const [event] = await s.db.select().from(auditEvent).where(eq(auditEvent.entityId, created.id));
    expect(event).toMatchObject({
      action: "institution.create",
      createdBy: (central as { userId: string }).userId,
    });
  });

  it("gives a message per field for bad input", async () => {
    await expect(
      createInstitution(s.ctx(central), {
        name: "",
        slug: "No Spaces!",
        type: "member" as never,
        signingDate: "2999-01-01",
        contactEmail: "not-an-email",
        publicUrl: "ftp://x",
      }),
    ).rejects.toMatchObject({
      code: "INVALID",
      details: {
        fieldErrors: {
          name: [expect.any(String)],
          slug: ["Use 1 to 60 lower-case letters, digits and hyphens."],
          type: ["Choose signatory or supporter."],
          signingDate: [expect.stringMatching(/future/)],
          contactEmail: [expect.any(String)],
          publicUrl: [expect.any(String)],
        },
      },
    });
  });

  it("refuses a slug that is taken", async () => {
    await expect(
      createInstitution(s.ctx(central), { name: "Dup", slug: "lstm", type: "signatory" }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      details: { fieldErrors: { slug: ["That slug is taken."] } },
    });
  });

  it("is not for institution leads or the anonymous", async () => {
    const lead = await s.actorFor("lead@lstm.demo");
    await expect(
      createInstitution(s.ctx(lead), { name: "X", slug: "x", type: "signatory" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      createInstitution(s.ctx(ANONYMOUS), { name: "X", slug: "x", type: "signatory" }),
    ).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
    });
  });
});

describe("listing institutions", () => {
  it("shows the public list to anyone, without people counts", async () => {
    const page = await listInstitutions(s.ctx(ANONYMOUS), { limit: 1 });
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).not.toHaveProperty("memberCount");
    const next = await listInstitutions(s.ctx(ANONYMOUS), { limit: 1, cursor: page.nextCursor! });
    expect(next.items[0]!.slug > page.items[0]!.slug).toBe(true);
  });

  it("adds people counts for the central team", async () => {
    const page = await listInstitutions(s.ctx(central), {});
    expect(page.items.find((i) => i.slug === "lstm")).toMatchObject({
      memberCount: 3,
      pendingInvitations: 0,
    });
  });
});

describe("changing an institution", () => {
  it("refuses a stale write and shows the current version", async () => {
    const lead = await s.actorFor("lead@birmingham.demo");
    const before = await getInstitution(s.ctx(lead), "birmingham");
    const first = await updateInstitution(s.ctx(lead), "birmingham", {
      contactName: "First",
      expectedVersion: before.version,
    });
    expect(first.version).toBe(before.version + 1);
    await expect(
      updateInstitution(s.ctx(central), "birmingham", {
        contactName: "Second",
        expectedVersion: before.version,
      }),
    ).rejects.toMatchObject({
      code: "STALE",
      details: { currentVersion: first.version, current: expect.objectContaining({ contactName: "First" }) },
    });
  });

  it("is refused to an editor and to another institution's lead", async () => {
    const editor = await s.actorFor("editor@birmingham.demo");
    const otherLead = await s.actorFor("lead@lstm.demo");
    for (const actor of [editor, otherLead]) {
      await expect(
        updateInstitution(s.ctx(actor), "birmingham", { contactName: "X", expectedVersion: 1 }),
      ).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    }
  });
});
