import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AccessRequest, FixtureHelpers, RouteAccess, Subject } from "../../app/lib/route-access";
import routes from "../../app/routes";
import { type Actor, INSTITUTION_ROLES, OPERATOR } from "../../src/core/actor";
import { createEvidence } from "../../src/core/evidence/create-evidence.server";
import { linkEvidence } from "../../src/core/evidence/link-evidence.server";
import { createIndicator } from "../../src/core/figures/create-indicator.server";
import { recordObservation } from "../../src/core/figures/record-observation.server";
import { acceptInvitation } from "../../src/core/people/accept-invitation.server";
import { inviteMember } from "../../src/core/people/invite-member.server";
import { changePlanStatus } from "../../src/core/plans/change-plan-status.server";
import { createAction } from "../../src/core/plans/create-action.server";
import { createPlan } from "../../src/core/plans/create-plan.server";
import { freezeSubmission } from "../../src/core/submissions/freeze-submission.server";
import { startSubmission } from "../../src/core/submissions/start-submission.server";
import { createDraftVersion } from "../../src/core/templates/create-draft-version.server";
import { discardDraft } from "../../src/core/templates/discard-draft.server";
import { getTemplate } from "../../src/core/templates/get-template.server";
import { getTemplateVersion } from "../../src/core/templates/get-template-version.server";
import { createToken } from "../../src/core/tokens/create-token.server";
import { recordPastSubmission } from "../../src/core/windows/record-past-submission.server";
import { invitation, member, organization, planAction, submission, user } from "../../src/db/schema";
import { useServices } from "../../src/server/services.server";
import { analysisAction, copySubmittedSubmission } from "../setup/submission-fixtures";
import { openTestServices, TEST_PUBLIC_URL, type TestServices } from "../setup/test-services";

/**
 * Every route of the pages and the API, called as every subject: the members of the target
 * institution in each role, the same roles in another institution, the central team and the
 * anonymous. Each route module declares who may (its `access` export); a route without one fails.
 */
const TARGET = "birmingham";
const OTHER = "lstm";
const PASSWORD = "isolation-test-passphrase-71";

type RouteModule = {
  access?: RouteAccess;
  loader?: (args: unknown) => unknown;
  action?: (args: unknown) => unknown;
};
type Who = {
  subject: Subject;
  actor: Actor;
  email: string | null;
  cookie: string | null;
  token: string | null;
};

let s: TestServices;
const subjects: Who[] = [];
let counter = 0;
let ipCounter = 0;

async function addMember(slug: string, role: string, email: string) {
  const lead = await s.actorFor(`lead@${slug}.demo`);
  const inv = await inviteMember(s.ctx(lead), slug, { email, role });
  await acceptInvitation(s.ctx({ kind: "anonymous" }), inv.id, { name: email, password: PASSWORD });
}

async function sessionCookie(email: string): Promise<string> {
  const password =
    email.startsWith("contributor") || email.startsWith("viewer") ? PASSWORD : "commitment-demo";
  const res = await s.auth.api.signInEmail({ body: { email, password }, returnHeaders: true });
  return res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}

beforeAll(async () => {
  s = await openTestServices();
  useServices(s);
  for (const slug of [TARGET, OTHER]) {
    await addMember(slug, "contributor", `contributor@${slug}.demo`);
    await addMember(slug, "viewer", `viewer@${slug}.demo`);
  }
  const add = async (subject: Subject, email: string | null) => {
    if (!email)
      return subjects.push({ subject, actor: { kind: "anonymous" }, email: null, cookie: null, token: null });
    const actor = await s.actorFor(email);
    const { token } = await createToken(s.ctx(actor), { name: "isolation" });
    subjects.push({ subject, actor, email, cookie: await sessionCookie(email), token });
  };
  await add("anonymous", null);
  await add("central", "team@technician-commitment.demo");
  for (const role of INSTITUTION_ROLES) {
    await add(`${role}:own`, `${role}@${TARGET}.demo`);
    await add(`${role}:other`, `${role}@${OTHER}.demo`);
  }
}, 120_000);

afterAll(() => s?.close());

let windows = 0;
function helpersFor(who: Who): FixtureHelpers {
  return {
    slug: TARGET,
    unique: () => `${Date.now().toString(36)}${++counter}`,
    async newMember() {
      const [inst] = await s.db
        .select({ id: organization.id })
        .from(organization)
        .where(eq(organization.slug, TARGET));
      const userId = randomUUID();
      await s.db
        .insert(user)
        .values({ id: userId, name: "Spare Person", email: `spare-${userId}@example.ac.uk` });
      const memberId = randomUUID();
      await s.db.insert(member).values({ id: memberId, organizationId: inst!.id, userId, role: "viewer" });
      return { memberId, version: 1 };
    },
    async newInvitation() {
      const [inst] = await s.db
        .select({ id: organization.id })
        .from(organization)
        .where(eq(organization.slug, TARGET));
      const invitationId = randomUUID();
      await s.db.insert(invitation).values({
        id: invitationId,
        organizationId: inst!.id,
        email: `invitee-${invitationId}@example.ac.uk`,
        role: "viewer",
        status: "pending",
        expiresAt: new Date(Date.now() + 86_400_000),
      });
      return { invitationId };
    },
    async ownToken() {
      if (who.actor.kind !== "user") return null;
      const { view } = await createToken(s.ctx(who.actor), { name: "to revoke" });
      return { tokenId: view.id };
    },
    async institutionVersion() {
      const [row] = await s.db
        .select({ version: organization.version })
        .from(organization)
        .where(eq(organization.slug, TARGET));
      return row!.version;
    },
    async newPlan(status) {
      const lead = s.ctx(await s.actorFor(`lead@${TARGET}.demo`));
      const plan = await createPlan(lead, TARGET, {
        title: `Isolation plan ${++counter}`,
        startsOn: "2030-01-01",
        endsOn: "2032-12-31",
        ragScaleId: "red-amber-green",
      });
      const action = await createAction(lead, TARGET, plan.id, {
        title: "Isolation action",
        pillars: ["visibility"],
        primaryPillar: "visibility",
      });
      let planVersion = plan.version;
      if (status === "published") {
        for (const to of ["approved", "published"])
          planVersion = (await changePlanStatus(lead, TARGET, plan.id, { to, expectedVersion: planVersion }))
            .version;
      }
      return { planId: plan.id, actionId: action.id, planVersion };
    },
    async newIndicator() {
      const lead = s.ctx(await s.actorFor(`lead@${TARGET}.demo`));
      const created = await createIndicator(lead, TARGET, {
        name: `Isolation indicator ${++counter}`,
        unit: "count",
      });
      const figure = await recordObservation(lead, TARGET, created.id, { period: "2023", value: 10 });
      return { indicatorId: created.id, version: created.version, observationId: figure.id };
    },
    async newEvidence(kind = "file") {
      const lead = s.ctx(await s.actorFor(`lead@${TARGET}.demo`));
      const { actionId } = await this.newPlan("draft");
      const item =
        kind === "file" || kind === "image"
          ? await createEvidence(
              lead,
              TARGET,
              { kind: "file", title: `Isolation file ${++counter}` },
              {
                file:
                  kind === "image"
                    ? {
                        name: "isolation.png",
                        bytes: Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]),
                      }
                    : { name: "isolation.pdf", bytes: new TextEncoder().encode("%PDF-1.7\n%%EOF") },
              },
            )
          : await createEvidence(
              lead,
              TARGET,
              {
                kind: "case-study",
                title: `Isolation case study ${++counter}`,
                person: "A fictional technician",
                roleThen: "Apprentice",
                roleNow: "Technician",
              },
              { consent: { status: "given", on: "2024-01-01" } },
            );
      return { evidenceId: item.id, version: item.version, actionId };
    },
    async newEvidenceLink() {
      const lead = s.ctx(await s.actorFor(`lead@${TARGET}.demo`));
      const { evidenceId, actionId } = await this.newEvidence();
      const link = await linkEvidence(lead, TARGET, evidenceId, { target: "action", actionId });
      return { evidenceId, linkId: link.id };
    },
    async newPastSubmission() {
      const lead = s.ctx(await s.actorFor(`lead@${TARGET}.demo`));
      const row = await recordPastSubmission(lead, TARGET, { stage: "stage-2", submittedOn: "2021-01-15" });
      return { id: row.id };
    },
    async templateDraft(key) {
      const ctx = s.ctx(OPERATOR);
      const open = (await getTemplate(ctx, key)).draft;
      const draft = open
        ? await getTemplateVersion(ctx, key, open.number)
        : await createDraftVersion(ctx, key);
      return { number: draft.number, version: draft.version, content: draft.content };
    },
    async noTemplateDraft(key) {
      const ctx = s.ctx(OPERATOR);
      const open = (await getTemplate(ctx, key)).draft;
      if (open) await discardDraft(ctx, key, open.number, { expectedVersion: open.version });
    },
    freshWindow: () => `${2100 + ++windows}-07-31`,
    async newSubmission(state = "draft") {
      if (state === "submitted") {
        const [row] = await s.db
          .select({ id: submission.id, version: submission.version })
          .from(submission)
          .innerJoin(organization, eq(organization.id, submission.institutionId))
          .where(and(eq(organization.slug, TARGET), eq(submission.state, "submitted")))
          .limit(1);
        if (!row) throw new Error("The demo has no submitted submission.");
        return { submissionId: row.id, version: row.version };
      }
      const lead = s.ctx(await s.actorFor(`lead@${TARGET}.demo`));
      const { id } = await startSubmission(lead, TARGET, { windowCloses: this.freshWindow() });
      return { submissionId: id, version: 1 };
    },
    async newReadySubmission() {
      const lead = s.ctx(await s.actorFor(`lead@${TARGET}.demo`));
      const { id } = await startSubmission(lead, TARGET, { windowCloses: this.freshWindow() });
      const frozen = await freezeSubmission(lead, TARGET, id);
      return { submissionId: id, fingerprint: frozen.fingerprint };
    },
    async newSignedSubmission() {
      const { submissionId, fingerprint } = await copySubmittedSubmission(
        s,
        TARGET,
        this.freshWindow(),
        "signed",
      );
      return { submissionId, fingerprint: fingerprint! };
    },
    async analysisAction(submissionId) {
      return analysisAction(s.ctx(await s.actorFor(`lead@${TARGET}.demo`)), TARGET, submissionId);
    },
    async actionVersion(actionId) {
      const [row] = await s.db
        .select({ version: planAction.version })
        .from(planAction)
        .where(eq(planAction.id, actionId));
      return row!.version;
    },
  };
}

type Outcome = { status: number; location: string | null };

function outcomeOf(value: unknown): Outcome {
  if (value instanceof Response) return { status: value.status, location: value.headers.get("location") };
  if (value && typeof value === "object" && (value as { type?: string }).type === "DataWithResponseInit") {
    const init = (value as { init?: ResponseInit | null }).init;
    return { status: init?.status ?? 200, location: new Headers(init?.headers).get("location") };
  }
  return { status: 200, location: null };
}

async function call(mod: RouteModule, path: string, req: AccessRequest, who: Who, kind: RouteAccess["kind"]) {
  const h = helpersFor(who);
  const params = (await req.params?.(h)) ?? {};
  const url = `${TEST_PUBLIC_URL}/${path.replace(/:(\w+)|\*/g, (m, name) => params[name ?? "*"] ?? m)}`;
  const headers = new Headers({
    "x-commitment-hub-client-ip": `10.9.${Math.floor(++ipCounter / 250)}.${ipCounter % 250}`,
  });
  for (const [k, v] of Object.entries((await req.headers?.(h)) ?? {})) headers.set(k, v);
  // The API is called with the subject's token, pages with their session cookie.
  if (kind === "api" && who.token) headers.set("authorization", `Bearer ${who.token}`);
  else if (who.cookie) headers.set("cookie", who.cookie);
  let body: string | undefined;
  if (req.method !== "GET") {
    const fields = (await req.body?.(h)) ?? {};
    if (kind === "api") {
      headers.set("content-type", "application/json");
      body = JSON.stringify(fields);
    } else {
      headers.set("content-type", "application/x-www-form-urlencoded");
      body = new URLSearchParams(Object.entries(fields).map(([k, v]) => [k, String(v)])).toString();
    }
  }
  const request = new Request(url, { method: req.method, headers, body });
  const fn = req.method === "GET" ? mod.loader : mod.action;
  // A page without a loader renders the same for everyone (the root loader is public).
  if (!fn && req.method === "GET" && kind === "page") return { status: 200, location: null };
  if (!fn)
    throw new Error(
      `${path} declares ${req.method} but exports no ${req.method === "GET" ? "loader" : "action"}`,
    );
  try {
    return outcomeOf(await fn({ request, params, context: {} }));
  } catch (thrown) {
    if (thrown instanceof Response || (thrown as { type?: string })?.type === "DataWithResponseInit") {
      return outcomeOf(thrown);
    }
    throw thrown;
  }
}

function isAllowed(req: AccessRequest, subject: Subject): boolean {
  if (req.allow === "everyone") return true;
  if (req.allow === "signed-in") return subject !== "anonymous";
  return req.allow.includes(subject);
}

type FlatRoute = { path: string; file: string };
function flatten(entries: typeof routes, prefix = ""): FlatRoute[] {
  return entries.flatMap((r) => {
    const path = [prefix, r.path ?? ""].filter(Boolean).join("/");
    return [{ path, file: r.file }, ...flatten((r.children ?? []) as typeof routes, path)];
  });
}
const ROUTES = flatten(routes);

describe("isolation: every route as every subject", () => {
  it("has an access fixture on every route module", async () => {
    const missing: string[] = [];
    for (const r of ROUTES) {
      const mod = (await import(/* @vite-ignore */ `../../app/${r.file}`)) as RouteModule;
      if (!mod.access || mod.access.requests.length === 0) missing.push(r.file);
    }
    expect(missing).toEqual([]);
  });

  it.each(ROUTES)("/$path", async ({ path, file }) => {
    const mod = (await import(/* @vite-ignore */ `../../app/${file}`)) as RouteModule;
    const access = mod.access!;
    const failures: string[] = [];
    for (const req of access.requests) {
      for (const who of subjects) {
        const { status, location } = await call(mod, path, req, who, access.kind);
        const toSignIn = status >= 300 && status < 400 && (location ?? "").startsWith("/sign-in");
        const allowed = isAllowed(req, who.subject);
        const ok = allowed
          ? status < 400 && !toSignIn
          : who.subject === "anonymous"
            ? status === 401 || toSignIn
            : status === 403 || status === 404;
        if (!ok) {
          failures.push(
            `${req.method} as ${who.subject}: got ${status}${location ? ` → ${location}` : ""}, expected ${allowed ? "success" : "refusal"}`,
          );
        }
      }
    }
    // Signing out ends the subjects' sessions: sign them in again for the routes after it.
    if (path === "sign-out") {
      for (const who of subjects) if (who.email) who.cookie = await sessionCookie(who.email);
    }
    expect(failures).toEqual([]);
  });
});
