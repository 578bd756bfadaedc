import { readFileSync } from "node:fs";
import path from "node:path";
import type { RouteConfigEntry } from "@react-router/dev/routes";
import routes from "../../app/routes";
import { axeViolations, expect, inviteOn, STRONG_PASSWORD, test, uniqueEmail } from "./fixtures";

/**
 * axe-core (WCAG 2.0–2.2 A and AA) on every page of the route table, as each kind of user, plus
 * the error pages and the forms after a failed submit. Pages a user may not open are checked
 * too: they show the error page or the sign-in page, and those must pass as well.
 */

const APP = path.join(import.meta.dirname, "../../app");

type TableRoute = { path: string; file: string; kind: string; hasView: boolean };

function flatten(entries: RouteConfigEntry[], prefix = ""): TableRoute[] {
  return entries.flatMap((entry) => {
    const full = [prefix, entry.path ?? ""].filter(Boolean).join("/");
    const source = readFileSync(path.join(APP, entry.file), "utf8");
    const kind = /\bkind:\s*"(\w+)"/.exec(source)?.[1] ?? "unknown";
    const hasView = /^export default /m.test(source);
    return [{ path: `/${full}`, file: entry.file, kind, hasView }, ...flatten(entry.children ?? [], full)];
  });
}

const TABLE = flatten(routes);
/**
 * Every route people open in a browser, straight from app/routes.ts: access.kind "page" with a
 * view. (A page route without one, such as /sign-out, only redirects: see the first test.)
 */
const PAGE_ROUTES = TABLE.filter((r) => r.kind === "page" && r.hasView).map((r) => r.path);

/** A page nobody can open (404), and one a birmingham member may not (403). */
const ERROR_PAGES = ["/i/no-such-place", "/i/lstm"];

const USERS = [
  { who: "anonymous", email: null },
  { who: "birmingham lead", email: "lead@birmingham.demo" },
  { who: "birmingham editor", email: "editor@birmingham.demo" },
  { who: "birmingham signatory", email: "signatory@birmingham.demo" },
  { who: "central team", email: "team@technician-commitment.demo" },
] as const;

type Examples = {
  invitationId: () => Promise<string>;
  /** Birmingham's current (published) plan and its first action, read from the pages. */
  plan: () => Promise<{ planId: string; actionId: string }>;
  /** Birmingham's first indicator, read from the figures page as its lead. */
  indicatorId: () => Promise<string>;
  /** A case study with consent, added by Birmingham's lead through the form (no demo evidence yet). */
  evidenceId: () => Promise<string>;
  /** Birmingham's submitted 2024 submission (version 1), read from its list as its lead. */
  submissionId: () => Promise<string>;
};

/** An example value for each route parameter; a route with a parameter not listed here fails. */
const EXAMPLE_PARAMS: Record<string, (examples: Examples) => Promise<string> | string> = {
  slug: () => "birmingham",
  invitationId: (x) => x.invitationId(),
  planId: async (x) => (await x.plan()).planId,
  actionId: async (x) => (await x.plan()).actionId,
  indicatorId: (x) => x.indicatorId(),
  evidenceId: (x) => x.evidenceId(),
  talentId: () => "talent-09",
  // Version 1 is published: its edit, publish and discard pages show their error page.
  key: () => "renewal",
  number: () => "1",
  submissionId: (x) => x.submissionId(),
  // Question 2 has a narrative and the governance part (groups, committees, the diagram).
  sectionKey: () => "q2",
};

async function urlFor(pattern: string, examples: Examples) {
  let url = pattern;
  for (const [, name] of pattern.matchAll(/:(\w+)/g)) {
    const example = EXAMPLE_PARAMS[name!];
    if (!example) throw new Error(`axe.spec.ts has no example value for :${name} (route ${pattern})`);
    url = url.replace(`:${name}`, await example(examples));
  }
  return url;
}

const it = test.extend<
  { examples: Examples },
  {
    invitationId: () => Promise<string>;
    plan: Examples["plan"];
    indicatorId: Examples["indicatorId"];
    evidenceId: Examples["evidenceId"];
    submissionId: Examples["submissionId"];
  }
>({
  examples: async ({ invitationId, plan, indicatorId, evidenceId, submissionId }, use) => {
    await use({ invitationId, plan, indicatorId, evidenceId, submissionId });
  },
  submissionId: [
    async ({ browser, sessionFor }, use, workerInfo) => {
      let found: Promise<string> | undefined;
      await use(() => {
        found ??= (async () => {
          const context = await browser.newContext({
            baseURL: workerInfo.project.use.baseURL,
            storageState: await sessionFor("lead@birmingham.demo"),
          });
          try {
            const page = await context.newPage();
            await page.goto("/i/birmingham/submissions");
            const link = page.getByRole("link", { name: "Window closing 31 January 2025" });
            const id = ((await link.getAttribute("href")) ?? "").split("/").pop()!;
            expect(id).toMatch(/^[0-9a-f-]{36}$/);
            return id;
          } finally {
            await context.close();
          }
        })();
        return found;
      });
    },
    { scope: "worker" },
  ],
  // One case study per worker, posted to the add form as the birmingham lead (as a browser
  // without JavaScript would), so the item page shows its consent record and forms.
  evidenceId: [
    async ({ playwright, sessionFor }, use, workerInfo) => {
      let created: Promise<string> | undefined;
      await use(() => {
        created ??= (async () => {
          const request = await playwright.request.newContext({
            baseURL: workerInfo.project.use.baseURL,
            storageState: await sessionFor("lead@birmingham.demo"),
          });
          try {
            const response = await request.post("/i/birmingham/evidence/new", {
              form: {
                kind: "case-study",
                title: `Axe case study ${workerInfo.workerIndex}-${Date.now()}`,
                person: "A technician in physics",
                roleThen: "Trainee",
                roleNow: "Technical specialist",
                consentGiven: "yes",
                consentOn: "2024-05-01",
              },
              maxRedirects: 0,
            });
            expect(response.status()).toBe(302);
            const id = (response.headers().location ?? "").split("?")[0]!.split("/").pop()!;
            expect(id).toMatch(/^[0-9a-f-]{36}$/);
            return id;
          } finally {
            await request.dispose();
          }
        })();
        return created;
      });
    },
    { scope: "worker" },
  ],
  // Figures are for members only: read as the birmingham lead, from the first indicator link.
  indicatorId: [
    async ({ browser, sessionFor }, use, workerInfo) => {
      let found: Promise<string> | undefined;
      await use(() => {
        found ??= (async () => {
          const context = await browser.newContext({
            baseURL: workerInfo.project.use.baseURL,
            storageState: await sessionFor("lead@birmingham.demo"),
          });
          try {
            const page = await context.newPage();
            await page.goto("/i/birmingham/figures");
            const link = page.getByRole("main").getByRole("cell").getByRole("link").first();
            const id = ((await link.getAttribute("href")) ?? "").split("/").pop()!;
            expect(id).toMatch(/^[0-9a-f-]{36}$/);
            return id;
          } finally {
            await context.close();
          }
        })();
        return found;
      });
    },
    { scope: "worker" },
  ],
  // One real invitation per worker, made through the members page as the birmingham lead.
  invitationId: [
    async ({ browser, sessionFor }, use, workerInfo) => {
      let created: Promise<string> | undefined;
      await use(() => {
        created ??= (async () => {
          const context = await browser.newContext({
            baseURL: workerInfo.project.use.baseURL,
            storageState: await sessionFor("lead@birmingham.demo"),
          });
          try {
            const email = `axe-${workerInfo.workerIndex}-${Date.now()}@example.ac.uk`;
            const link = await inviteOn(await context.newPage(), "birmingham", email, "Contributor");
            return link.split("/").pop()!;
          } finally {
            await context.close();
          }
        })();
        return created;
      });
    },
    { scope: "worker" },
  ],
  // Read from the pages, as anyone would (no sign-in, no database): the plan list marks the
  // current plan, and the plan's page links its actions.
  plan: [
    async ({ browser }, use, workerInfo) => {
      let found: Promise<{ planId: string; actionId: string }> | undefined;
      await use(() => {
        found ??= (async () => {
          const context = await browser.newContext({ baseURL: workerInfo.project.use.baseURL });
          try {
            const page = await context.newPage();
            await page.goto("/i/birmingham/plans");
            const current = page.getByRole("row").filter({ hasText: "Current" }).getByRole("link");
            const planPath = (await current.getAttribute("href")) ?? "";
            await page.goto(planPath);
            // The first action in the plan's tables (not "Add an action", shown to editors only).
            const action = page.getByRole("main").getByRole("cell").getByRole("link").first();
            const actionPath = (await action.getAttribute("href")) ?? "";
            const ids = { planId: planPath.split("/").pop()!, actionId: actionPath.split("/").pop()! };
            expect(ids.planId).toMatch(/^[0-9a-f-]{36}$/);
            expect(ids.actionId).toMatch(/^[0-9a-f-]{36}$/);
            return ids;
          } finally {
            await context.close();
          }
        })();
        return found;
      });
    },
    { scope: "worker" },
  ],
});

it("the route table has pages to check, and every route is either a page or an API", async ({ request }) => {
  expect(PAGE_ROUTES).toEqual(
    expect.arrayContaining([
      "/",
      "/sign-in",
      "/account",
      "/i/:slug",
      "/i/:slug/members",
      "/invitations/:invitationId",
    ]),
  );
  expect(TABLE.filter((r) => r.kind !== "page" && r.kind !== "api")).toEqual([]);
  // A page route without a view must only redirect or send a file: /sign-out, an evidence file
  // and a narrative's inline image.
  expect(TABLE.filter((r) => r.kind === "page" && !r.hasView).map((r) => r.path)).toEqual([
    "/sign-out",
    "/i/:slug/evidence/:evidenceId/file",
    "/i/:slug/evidence/:evidenceId/image",
  ]);
  const signOut = await request.get("/sign-out", { maxRedirects: 0 });
  expect(signOut.status()).toBe(302);
  expect(signOut.headers().location).toBe("/");
  for (const r of TABLE.filter((r) => r.kind === "api")) {
    expect(r.file, `${r.path} is an API route`).toMatch(/^routes\/(api\.|healthz)/);
  }
  for (const pattern of PAGE_ROUTES) {
    for (const [, name] of pattern.matchAll(/:(\w+)/g)) {
      expect(Object.keys(EXAMPLE_PARAMS), `example value for :${name} in ${pattern}`).toContain(name);
    }
  }
});

it("the checker itself reports a known violation", async ({ page }) => {
  await page.setContent(`<html lang="en"><title>t</title><main><h1>x</h1><img src="a.png"></main></html>`);
  expect((await axeViolations(page)).map((v) => v.id)).toEqual(["image-alt"]);
});

/** Pages per test: one browser page walks a few URLs, keeping the suite quick on two cores. */
const URLS = [...PAGE_ROUTES, ...ERROR_PAGES];
// About a dozen pages a test, so each stays well inside its time limit as pages are added.
const CHUNK = 12;
const CHUNKS = Array.from({ length: Math.ceil(URLS.length / CHUNK) }, (_, i) =>
  URLS.slice(i * CHUNK, (i + 1) * CHUNK),
);

for (const user of USERS) {
  for (const urls of CHUNKS) {
    it(`axe as ${user.who}: ${urls.join(", ")}`, async ({ page, resumeSession, examples }) => {
      if (user.email) await resumeSession(user.email);
      for (const pattern of urls) {
        await it.step(pattern, async () => {
          const response = await page.goto(await urlFor(pattern, examples));
          expect(response, "the page answered").not.toBeNull();
          expect.soft(response!.status(), `${pattern}: no server error`).toBeLessThan(500);
          await expect.soft(page.getByRole("heading", { level: 1 }), `${pattern}: a heading`).toBeVisible();
          expect.soft(await axeViolations(page), `axe on ${pattern} (now ${page.url()})`).toEqual([]);
        });
      }
    });
  }
}

it.describe("after a failed or successful form submit", () => {
  it("sign-in with a wrong password", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Email address").fill("lead@birmingham.demo");
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert")).toContainText("There is a problem");
    expect(await axeViolations(page)).toEqual([]);
  });

  it("sign-in with both fields empty", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("link", { name: "Enter your email address" })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });

  it("invite with an invalid email, then a valid one", async ({ page, resumeSession }, testInfo) => {
    await resumeSession("lead@birmingham.demo");
    await page.goto("/i/birmingham/members");
    await page.getByLabel("Their email address").fill("not-an-email");
    await page.getByRole("button", { name: "Send invitation" }).click();
    await expect(page.getByRole("alert")).toContainText("There is a problem");
    expect(await axeViolations(page)).toEqual([]);

    await inviteOn(page, "birmingham", uniqueEmail(testInfo, "axe-invite"), "Viewer");
    expect(await axeViolations(page)).toEqual([]);
  });

  it("confirming the removal of a member", async ({ page, resumeSession }) => {
    await resumeSession("lead@birmingham.demo");
    await page.goto("/i/birmingham/members");
    await page.getByRole("link", { name: "Remove Priya Lal" }).click();
    await expect(page.getByRole("heading", { name: "Remove Priya Lal?" })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });

  it("accepting an invitation with a weak password", async ({ page, invitationId }) => {
    await page.goto(`/invitations/${await invitationId()}`);
    await page.getByLabel("Your full name").fill("Weak Password Person");
    await page.getByLabel("Choose a password").fill("password123");
    await page.getByRole("button", { name: "Create account and accept" }).click();
    await expect(page.getByRole("alert")).toContainText("There is a problem");
    expect(await axeViolations(page)).toEqual([]);
  });

  it("an accepted invitation", async ({ page, newPage, resumeSession }, testInfo) => {
    await resumeSession("lead@birmingham.demo");
    const link = await inviteOn(page, "birmingham", uniqueEmail(testInfo, "axe-accepted"), "Viewer");
    const invitee = await newPage();
    await invitee.goto(link);
    await invitee.getByLabel("Your full name").fill("Axe Accepted");
    await invitee.getByLabel("Choose a password").fill(STRONG_PASSWORD);
    await invitee.getByRole("button", { name: "Create account and accept" }).click();
    await expect(invitee).toHaveURL(/\/i\/birmingham$/);
    expect(await axeViolations(invitee)).toEqual([]);
    // The used link now says so.
    await invitee.goto(link);
    await expect(invitee.getByText("This invitation has already been used.")).toBeVisible();
    expect(await axeViolations(invitee)).toEqual([]);
  });

  it("creating an API token: an empty name, then the token panel and table", async ({
    page,
    resumeSession,
  }) => {
    await resumeSession("editor@birmingham.demo");
    await page.goto("/account");
    await page.getByRole("button", { name: "Create token" }).click();
    await expect(page.getByRole("link", { name: "Give the token a name." })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel("Token name").fill(`axe ${Date.now()}`);
    await page.getByRole("button", { name: "Create token" }).click();
    await expect(page.getByTestId("new-token")).toHaveText(/^chub_/);
    expect(await axeViolations(page)).toEqual([]);
  });

  it("central team adding an institution with missing answers", async ({ page, resumeSession }) => {
    await resumeSession("team@technician-commitment.demo");
    await page.goto("/central/institutions");
    await page.getByRole("button", { name: "Add institution" }).click();
    await expect(page.getByRole("alert")).toContainText("There is a problem");
    expect(await axeViolations(page)).toEqual([]);
  });

  it("changing details with an invalid email", async ({ page, resumeSession }) => {
    await resumeSession("lead@birmingham.demo");
    await page.goto("/i/birmingham/settings");
    await page.getByLabel("Public contact email").fill("not-an-email");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("alert")).toContainText("There is a problem");
    expect(await axeViolations(page)).toEqual([]);
  });
});

it.describe("the evidence forms after a failed submit", () => {
  it("adding a link with nothing answered", async ({ page, resumeSession }) => {
    await resumeSession("editor@birmingham.demo");
    await page.goto("/i/birmingham/evidence/new");
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page.getByRole("link", { name: "Choose what kind of evidence this is." })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.goto("/i/birmingham/evidence/new?kind=link");
    await page.getByRole("button", { name: "Add evidence" }).click();
    await expect(page.getByRole("link", { name: "Give the evidence a title." })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
});

it.describe("the plan forms after a failed submit", () => {
  it("adding an action with nothing answered", async ({ page, resumeSession, plan }) => {
    await resumeSession("editor@birmingham.demo");
    await page.goto(`/i/birmingham/plans/${(await plan()).planId}/actions/new`);
    await page.getByRole("group", { name: "Marker of success 1" }).getByLabel("Target figure").fill("many");
    await page.getByRole("button", { name: "Add action" }).click();
    await expect(page.getByRole("alert")).toContainText("There is a problem");
    await expect(page.getByRole("link", { name: "Enter the target as a number." })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });

  it("rating an action with no rating chosen and a bad link", async ({ page, resumeSession, plan }) => {
    await resumeSession("lead@birmingham.demo");
    await page.goto(`/i/birmingham/actions/${(await plan()).actionId}/rate`);
    await page.getByRole("group", { name: "Evidence link 1" }).getByLabel("Web address").fill("not a link");
    await page.getByRole("button", { name: "Record rating" }).click();
    await expect(page.getByRole("alert")).toContainText("There is a problem");
    expect(await axeViolations(page)).toEqual([]);
  });

  it("starting a plan: its previous plan's actions shown, then no title", async ({ page, resumeSession }) => {
    await resumeSession("lead@birmingham.demo");
    await page.goto("/i/birmingham/plans/new");
    await page.getByRole("button", { name: "Show its actions" }).click();
    await expect(page.getByRole("group", { name: /^Actions to carry forward from/ })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Start plan" }).click();
    await expect(page.getByRole("link", { name: "Enter the plan's title." })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
});

it.describe("the figures forms after a failed submit", () => {
  it("changing an indicator with no name, and a figure's change form and delete confirmation", async ({
    page,
    resumeSession,
    indicatorId,
  }) => {
    await resumeSession("editor@birmingham.demo");
    await page.goto(`/i/birmingham/figures/${await indicatorId()}/edit`);
    await page.getByRole("textbox", { name: "Name" }).fill("");
    await page.getByRole("button", { name: "Save indicator" }).click();
    await expect(page.getByRole("link", { name: "Enter the indicator's name." })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(`/i/birmingham/figures/${await indicatorId()}`);
    await page
      .getByRole("link", { name: /^Change the figure for/ })
      .first()
      .click();
    await page.getByRole("textbox", { name: "Value", exact: true }).fill("many");
    await page.getByRole("button", { name: "Save figure" }).click();
    await expect(page.getByRole("alert")).toContainText("There is a problem");
    expect(await axeViolations(page)).toEqual([]);
    await page
      .getByRole("link", { name: /^Delete the figure for/ })
      .first()
      .click();
    await expect(page.getByRole("heading", { level: 2, name: /^Delete the figure for/ })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });

  it("adding a grade structure with no grades", async ({ page, resumeSession }) => {
    await resumeSession("lead@birmingham.demo");
    await page.goto("/i/birmingham/workforce");
    await page.getByRole("button", { name: "Add grade structure" }).click();
    await expect(page.getByRole("alert")).toContainText("There is a problem");
    expect(await axeViolations(page)).toEqual([]);
  });
});
