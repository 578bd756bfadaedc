import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestServices, type TestServices } from "../../../tests/setup/test-services";
import { auditEvent, template, templateVersion } from "../../db/schema";
import { type Actor, ANONYMOUS, OPERATOR } from "../actor";
import { createDraftVersion } from "./create-draft-version.server";
import { discardDraft } from "./discard-draft.server";
import { ensureTemplates } from "./ensure-templates.server";
import { getTemplate } from "./get-template.server";
import { getTemplateVersion } from "./get-template-version.server";
import { latestPublishedVersion } from "./latest-published-version.server";
import { listTemplates } from "./list-templates.server";
import { publishVersion } from "./publish-version.server";
import { TEMPLATES } from "./template-data";
import { ZTemplateContent } from "./template-types";
import { updateDraftVersion } from "./update-draft-version.server";

let s: TestServices;
let central: Actor;
let lead: Actor;
let viewer: Actor;
beforeAll(async () => {
  s = await openTestServices();
  central = await s.actorFor("team@technician-commitment.demo");
  lead = await s.actorFor("lead@lstm.demo");
  viewer = await s.actorFor("signatory@birmingham.demo");
});
afterAll(() => s.close());

const history = (entityId: string) => s.db.select().from(auditEvent).where(eq(auditEvent.entityId, entityId));

describe("templates at start-up", () => {
  it("are the three shipped ones, each with version 1 published", async () => {
    const list = await listTemplates(s.ctx(lead));
    expect(list.map((t) => t.key)).toEqual(["renewal", "stage-3", "initial"]);
    for (const t of list) {
      expect(t.published).toMatchObject({ number: 1, status: "published" });
      expect(t.draft).toBeNull();
    }
    expect(list.find((t) => t.key === "initial")?.published?.verified).toBe(false);
    const renewal = await latestPublishedVersion(s.ctx(viewer), "renewal");
    expect(renewal.content).toEqual(ZTemplateContent.parse(TEMPLATES[0]!.content));
  });

  it("are never overwritten by a restart", async () => {
    const draft = await createDraftVersion(s.ctx(central), "initial");
    await updateDraftVersion(s.ctx(central), "initial", draft.number, {
      content: { ...draft.content, title: "Initial form, checked" },
      expectedVersion: draft.version,
    });
    await ensureTemplates(s.db);
    const after = await getTemplateVersion(s.ctx(central), "initial", draft.number);
    expect(after.content.title).toBe("Initial form, checked");
    expect((await getTemplate(s.ctx(central), "initial")).versions).toHaveLength(2);
    await discardDraft(s.ctx(central), "initial", draft.number, { expectedVersion: after.version });
  });
});

describe("a new version, from draft to published", () => {
  it("copies the newest version as a draft n+1, one draft at a time", async () => {
    const draft = await createDraftVersion(s.ctx(central), "renewal");
    expect(draft).toMatchObject({ number: 2, status: "draft", verified: true, version: 1 });
    expect(draft.content).toEqual((await latestPublishedVersion(s.ctx(lead), "renewal")).content);
    await expect(createDraftVersion(s.ctx(central), "renewal")).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("Version 2 is already a draft"),
    });
    expect((await history(draft.id)).map((e) => e.action)).toEqual(["template.create-draft"]);
  });

  it("hides the draft from everyone who may not edit templates", async () => {
    const forLead = await getTemplate(s.ctx(lead), "renewal");
    expect(forLead.draft).toBeNull();
    expect(forLead.versions.map((v) => v.number)).toEqual([1]);
    await expect(getTemplateVersion(s.ctx(lead), "renewal", 2)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await getTemplate(s.ctx(central), "renewal")).draft?.number).toBe(2);
  });

  it("saves the draft's content, refusing bad content and a stale version with both versions", async () => {
    const draft = await getTemplateVersion(s.ctx(central), "renewal", 2);
    const questions = draft.content.questions.map((q) =>
      q.id === "q4" ? { ...q, help: "Links, testimonials and articles that show the change." } : q,
    );
    const saved = await updateDraftVersion(s.ctx(central), "renewal", 2, {
      content: { ...draft.content, questions },
      expectedVersion: draft.version,
    });
    expect(saved.version).toBe(draft.version + 1);
    expect(saved.content.questions[3]?.help).toBe("Links, testimonials and articles that show the change.");

    await expect(
      updateDraftVersion(s.ctx(central), "renewal", 2, {
        content: { ...draft.content, questions: [{ ...questions[0], title: " " }] },
        expectedVersion: saved.version,
      }),
    ).rejects.toMatchObject({
      code: "INVALID",
      details: { fieldErrors: { "questions.0.title": ["Enter the question."] } },
    });
    await expect(
      updateDraftVersion(s.ctx(central), "renewal", 2, {
        content: { ...draft.content, title: "Late" },
        expectedVersion: draft.version,
      }),
    ).rejects.toMatchObject({
      code: "STALE",
      details: { currentVersion: saved.version, current: { number: 2, content: { questions } } },
    });
    const entries = await history(saved.id);
    expect(entries.map((e) => e.action)).toEqual(["template.create-draft", "template.update-draft"]);
  });

  it("refuses institutions' people and the anonymous every change", async () => {
    const draft = await getTemplateVersion(s.ctx(central), "renewal", 2);
    const attempts = (actor: Actor) => [
      createDraftVersion(s.ctx(actor), "stage-3"),
      updateDraftVersion(s.ctx(actor), "renewal", 2, {
        content: draft.content,
        expectedVersion: draft.version,
      }),
      publishVersion(s.ctx(actor), "renewal", 2, { expectedVersion: draft.version }),
      discardDraft(s.ctx(actor), "renewal", 2, { expectedVersion: draft.version }),
    ];
    for (const attempt of attempts(lead)) await expect(attempt).rejects.toMatchObject({ code: "FORBIDDEN" });
    for (const attempt of attempts(ANONYMOUS))
      await expect(attempt).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(listTemplates(s.ctx(ANONYMOUS))).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect((await getTemplateVersion(s.ctx(central), "renewal", 2)).version).toBe(draft.version);
  });

  it("publishes: the draft becomes the published version, the old one superseded, its content untouched", async () => {
    const v1Before = await getTemplateVersion(s.ctx(central), "renewal", 1);
    const draft = await getTemplateVersion(s.ctx(central), "renewal", 2);
    await expect(
      publishVersion(s.ctx(central), "renewal", 2, { expectedVersion: draft.version - 1 }),
    ).rejects.toMatchObject({ code: "STALE", details: { currentVersion: draft.version } });
    const published = await publishVersion(s.ctx(central), "renewal", 2, {
      verified: "yes",
      expectedVersion: draft.version,
    });
    expect(published).toMatchObject({ number: 2, status: "published", verified: true });
    expect(published.publishedAt).toBeInstanceOf(Date);

    const v1 = await getTemplateVersion(s.ctx(lead), "renewal", 1);
    expect(v1.status).toBe("superseded");
    // A submission started on version 1 keeps reading exactly what it was written on.
    expect(v1.content).toEqual(v1Before.content);
    expect(v1.content.questions[3]?.help).not.toBe(published.content.questions[3]?.help);
    expect((await latestPublishedVersion(s.ctx(lead), "renewal")).number).toBe(2);
    expect((await history(v1.id)).map((e) => e.action)).toContain("template.supersede");
    expect((await history(published.id)).map((e) => e.action)).toContain("template.publish");
  });

  it("never changes a published or superseded version", async () => {
    const v2 = await getTemplateVersion(s.ctx(central), "renewal", 2);
    const v1 = await getTemplateVersion(s.ctx(central), "renewal", 1);
    for (const v of [v1, v2]) {
      await expect(
        updateDraftVersion(s.ctx(central), "renewal", v.number, {
          content: { ...v.content, title: "Changed after publishing" },
          expectedVersion: v.version,
        }),
      ).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("never changes") });
      await expect(
        publishVersion(s.ctx(central), "renewal", v.number, { expectedVersion: v.version }),
      ).rejects.toMatchObject({ code: "CONFLICT" });
      await expect(
        discardDraft(s.ctx(central), "renewal", v.number, { expectedVersion: v.version }),
      ).rejects.toMatchObject({ code: "CONFLICT" });
    }
    const [row] = await s.db
      .select({ content: templateVersion.content })
      .from(templateVersion)
      .innerJoin(template, eq(template.id, templateVersion.templateId))
      .where(and(eq(template.key, "renewal"), eq(templateVersion.number, 2)));
    expect((row?.content as { title?: string } | undefined)?.title).toBe(v2.content.title);
  });

  it("publishing keeps the checked flag unless told, and the central team can clear it", async () => {
    const draft = await createDraftVersion(s.ctx(central), "stage-3");
    expect(draft.number).toBe(2);
    const kept = await publishVersion(s.ctx(central), "stage-3", 2, { expectedVersion: draft.version });
    expect(kept.verified).toBe(true);
    const next = await createDraftVersion(s.ctx(OPERATOR), "stage-3");
    const cleared = await publishVersion(s.ctx(OPERATOR), "stage-3", next.number, {
      verified: false,
      expectedVersion: next.version,
    });
    expect(cleared).toMatchObject({ number: 3, verified: false });
    const versions = (await getTemplate(s.ctx(viewer), "stage-3")).versions;
    expect(versions.map((v) => `${v.number}:${v.status}`)).toEqual([
      "3:published",
      "2:superseded",
      "1:superseded",
    ]);
  });
});

describe("discarding a draft", () => {
  it("removes it, keeps it in the history, and lets the next draft take its number", async () => {
    const draft = await createDraftVersion(s.ctx(central), "initial");
    await expect(
      discardDraft(s.ctx(central), "initial", draft.number, { expectedVersion: draft.version + 1 }),
    ).rejects.toMatchObject({ code: "STALE" });
    await discardDraft(s.ctx(central), "initial", draft.number, { expectedVersion: draft.version });
    await expect(getTemplateVersion(s.ctx(central), "initial", draft.number)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const [entry] = (await history(draft.id)).filter((e) => e.action === "template.discard-draft");
    expect(entry?.before).toMatchObject({ number: draft.number, status: "draft" });
    expect((await createDraftVersion(s.ctx(central), "initial")).number).toBe(draft.number);
  });

  it("unknown templates and versions are not found", async () => {
    await expect(getTemplate(s.ctx(lead), "athena-swan")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getTemplateVersion(s.ctx(lead), "renewal", 99)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getTemplateVersion(s.ctx(lead), "renewal", "two")).rejects.toMatchObject({
      code: "INVALID",
    });
    await expect(
      publishVersion(s.ctx(central), "renewal", Number("abc"), { expectedVersion: 1 }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(createDraftVersion(s.ctx(central), "athena-swan")).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
