import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import {
  type BrowserContext,
  type BrowserContextOptions,
  test as base,
  expect,
  type Locator,
  type Page,
  type TestInfo,
} from "@playwright/test";

export const DEMO_PASSWORD = "commitment-demo";

/** A password zxcvbn scores as strong; the invitation form accepts it. */
export const STRONG_PASSWORD = "heron-lantern-quarry-93";

type StorageState = Awaited<ReturnType<BrowserContext["storageState"]>>;

let address = 0;

/** A fresh client address for this worker, so the sign-in rate limit counts each test separately. */
export function nextAddress(workerIndex: number): string {
  address++;
  return `10.${(workerIndex % 250) + 1}.${Math.floor(address / 250) % 250}.${(address % 250) + 1}`;
}

/** Signs in through the form, as a person would, and waits until the header says so. */
export async function signInOn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
}

/** A title nobody has used yet, so a test finds its own item among those other tests add. */
export function unique(label: string) {
  return `${label} ${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
}

/** The *.nojs.spec.ts files prove nothing if scripts run: each test first checks that they do not. */
export async function expectScriptsOff(page: Page) {
  await page.setContent(
    `<p>scripts off</p><script>document.querySelector("p").textContent = "scripts on"</script>`,
  );
  await expect(page.getByText("scripts off")).toBeVisible();
}

/** An address nobody has used yet: the worker, the repeat, the time and a random part keep tests apart. */
export function uniqueEmail(testInfo: TestInfo, label = "person"): string {
  const stamp = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
  return `${label}-${testInfo.workerIndex}-${testInfo.repeatEachIndex}-${stamp}@example.ac.uk`;
}

/**
 * As the signed-in lead on /i/<slug>/members: invites `email` with the role whose label is
 * `roleLabel` and returns the link shown in the panel.
 */
export async function inviteOn(page: Page, slug: string, email: string, roleLabel = "Editor") {
  await page.goto(`/i/${slug}/members`);
  await page.getByLabel("Their email address").fill(email);
  await page.getByLabel("Role", { exact: true }).selectOption({ label: roleLabel });
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByRole("heading", { name: `Invitation for ${email} created` })).toBeVisible();
  const link = (await page.getByTestId("invitation-link").textContent())?.trim() ?? "";
  expect(link).toMatch(/\/invitations\/[0-9a-f-]+$/);
  return link;
}

/**
 * Presses Tab (or Shift+Tab) until `target` has focus, as a keyboard user would, failing after
 * `max` presses. Returns how many presses it took.
 */
export async function tabTo(page: Page, target: Locator, { backwards = false, max = 40 } = {}) {
  await expect(target, "tabTo needs exactly one target").toHaveCount(1);
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press(backwards ? "Shift+Tab" : "Tab");
    if (await target.evaluate((el) => el === document.activeElement)) {
      await expect(target).toBeFocused();
      return presses;
    }
  }
  throw new Error(`${target} was not reached with ${max} presses of ${backwards ? "Shift+Tab" : "Tab"}`);
}

type TestFixtures = {
  signIn: (email: string, password?: string) => Promise<void>;
  /** Gives `page` (or another page) this worker's shared session for `email`, without the form. */
  resumeSession: (email: string, on?: Page) => Promise<void>;
  /** Another browser window with its own cookies and client address (a second person). */
  newPage: (options?: BrowserContextOptions) => Promise<Page>;
};

type WorkerFixtures = {
  /**
   * The cookies of a session for `email`, signed in once per worker and shared by its tests:
   * add them with page.context().addCookies(). A test that signs out must sign in by itself.
   */
  sessionFor: (email: string) => Promise<StorageState>;
};

/**
 * Each test gets its own client address (the servers run with TRUST_PROXY=1), so the sign-in
 * rate limit counts tests separately, as it counts people separately.
 */
export const test = base.extend<TestFixtures, WorkerFixtures>({
  page: async ({ page }, use, testInfo) => {
    await page.setExtraHTTPHeaders({ "x-forwarded-for": nextAddress(testInfo.workerIndex) });
    await use(page);
  },
  signIn: async ({ page }, use) => {
    await use((email, password) => signInOn(page, email, password));
  },
  resumeSession: async ({ page, sessionFor }, use) => {
    await use(async (email, on = page) => {
      await on.context().addCookies((await sessionFor(email)).cookies);
    });
  },
  newPage: async ({ browser }, use, testInfo) => {
    const contexts: BrowserContext[] = [];
    await use(async (options = {}) => {
      // A fresh context: no cookies from the test's own page (storageState is not inherited).
      const context = await browser.newContext({
        storageState: { cookies: [], origins: [] },
        ...options,
        extraHTTPHeaders: { "x-forwarded-for": nextAddress(testInfo.workerIndex) },
      });
      contexts.push(context);
      return context.newPage();
    });
    for (const context of contexts) await context.close();
  },
  sessionFor: [
    async ({ playwright }, use, workerInfo) => {
      const baseURL = workerInfo.project.use.baseURL;
      const sessions = new Map<string, Promise<StorageState>>();
      await use((email) => {
        let session = sessions.get(email);
        if (!session) {
          // Posts the sign-in form as a browser without JavaScript would; the tests of signing
          // in itself use the form on the page.
          session = (async () => {
            const request = await playwright.request.newContext({
              baseURL,
              extraHTTPHeaders: { "x-forwarded-for": nextAddress(workerInfo.workerIndex) },
            });
            try {
              const response = await request.post("/sign-in", {
                form: { email, password: DEMO_PASSWORD, redirectTo: "/" },
                maxRedirects: 0,
              });
              expect(response.status(), `signing in as ${email}`).toBe(302);
              const state = await request.storageState();
              expect(state.cookies.length, `a session cookie for ${email}`).toBeGreaterThan(0);
              return state;
            } finally {
              await request.dispose();
            }
          })();
          sessions.set(email, session);
        }
        return session;
      });
    },
    { scope: "worker" },
  ],
});

export { expect };

const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

/** axe-core as @axe-core/playwright ships it, so both always run the same version. */
const AXE_SOURCE = readFileSync(
  createRequire(createRequire(import.meta.url).resolve("@axe-core/playwright")).resolve(
    "axe-core/axe.min.js",
  ),
  "utf8",
);

/**
 * axe-core with every WCAG 2.0, 2.1 and 2.2 A and AA rule; returns the violations for a readable diff.
 *
 * This is what AxeBuilder's legacy mode does (axe.run in the page), without its cost: AxeBuilder
 * injects axe-core twice per check and sends every pass back, which made the suite three times
 * slower on two cores. The app has no iframes, so checking the top document checks everything.
 */
export async function axeViolations(page: Page) {
  expect(page.frames(), "axeViolations checks the top document only").toHaveLength(1);
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    const { axe } = window as unknown as { axe: typeof import("axe-core") };
    const results = await axe.run(document, {
      runOnly: { type: "tag", values: tags },
      resultTypes: ["violations"],
    });
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 5),
    }));
  }, AXE_TAGS);
}
