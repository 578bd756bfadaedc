import { expect, STRONG_PASSWORD, tabTo, test, uniqueEmail } from "./fixtures";

/**
 * The "done when" walk-through, with the keyboard alone: Tab and Shift+Tab to move,
 * typing, Enter and Space to act. page.goto stands in for following a link from an email.
 */

const LSTM = "Liverpool School of Tropical Medicine";
const LSTM_PEOPLE = [
  "Jordan Pike",
  "Morgan Reyes",
  "Professor Ruth Adeyemi",
  "lead@lstm.demo",
  "editor@lstm.demo",
];

test("a lead invites an editor, who creates an account from the link and lands as Editor", async ({
  page,
}, testInfo) => {
  const email = uniqueEmail(testInfo, "new-editor");
  const name = `Robin Keyboard ${testInfo.workerIndex}`;

  await test.step("lead@lstm.demo signs in", async () => {
    await page.goto("/sign-in");
    await tabTo(page, page.getByLabel("Email address"));
    await page.keyboard.type("lead@lstm.demo");
    await page.keyboard.press("Tab");
    await expect(page.getByLabel("Password")).toBeFocused();
    await page.keyboard.type("commitment-demo");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1, name: "Your institutions" })).toBeVisible();
  });

  await test.step("opens the LSTM home", async () => {
    const home = page.getByRole("link", { name: LSTM });
    await tabTo(page, home);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/i\/lstm$/);
    await expect(page.getByRole("heading", { level: 1, name: LSTM })).toBeVisible();
  });

  await test.step("goes to Members and invitations", async () => {
    await tabTo(page, page.getByRole("link", { name: "Members and invitations" }));
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/i\/lstm\/members$/);
    await expect(page.getByRole("heading", { level: 1, name: "Members" })).toBeVisible();
  });

  let link = "";
  await test.step("invites a new address as Editor", async () => {
    await tabTo(page, page.getByLabel("Their email address"));
    await page.keyboard.type(email);
    await page.keyboard.press("Tab");
    const role = page.getByLabel("Role", { exact: true });
    await expect(role).toBeFocused();
    // Arrow keys change a closed select: from the last option back to the first, then down one.
    await page.keyboard.press("End");
    await expect(role).toHaveValue("viewer");
    await page.keyboard.press("Home");
    await expect(role).toHaveValue("lead");
    await page.keyboard.press("ArrowDown");
    await expect(role).toHaveValue("editor");
    await page.keyboard.press("Tab");
    await expect(page.getByRole("button", { name: "Send invitation" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { name: `Invitation for ${email} created` })).toBeVisible();
    link = (await page.getByTestId("invitation-link").textContent())?.trim() ?? "";
    expect(link).toMatch(/\/invitations\/[0-9a-f-]+$/);
  });

  await test.step("signs out", async () => {
    await tabTo(page, page.getByRole("button", { name: "Sign out" }), { backwards: true });
    await page.keyboard.press("Space");
    await expect(
      page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sign in" }),
    ).toBeVisible();
  });

  await test.step("the invitee opens the link and creates an account", async () => {
    await page.goto(link);
    await expect(page.getByRole("heading", { level: 1, name: "Invitation" })).toBeVisible();
    await expect(page.getByText(`Your account will use ${email}.`)).toBeVisible();
    await tabTo(page, page.getByLabel("Your full name"));
    await page.keyboard.type(name);
    await page.keyboard.press("Tab");
    await expect(page.getByLabel("Choose a password")).toBeFocused();
    await page.keyboard.type(STRONG_PASSWORD);
    await page.keyboard.press("Enter");
  });

  await test.step("lands on /i/lstm as Editor", async () => {
    await expect(page).toHaveURL(/\/i\/lstm$/);
    await expect(page.getByRole("heading", { level: 1, name: LSTM })).toBeVisible();
    await expect(page.getByRole("paragraph").filter({ hasText: "Your role:" })).toHaveText(
      /Your role:\s*Editor/,
    );
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  });
});

test("the skip link is the first Tab stop and moves focus to the main content", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("main")).toBeFocused();
  // The next Tab stop is inside main, past the header.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("main").getByRole("link", { name: "Sign in" })).toBeFocused();
});

test("a failed sign-in moves focus to the error summary, whose links lead to the fields", async ({
  page,
}) => {
  await page.goto("/sign-in");
  await tabTo(page, page.getByRole("main").getByRole("button", { name: "Sign in" }));
  await page.keyboard.press("Enter");
  const summary = page.getByRole("alert");
  await expect(summary.getByRole("heading", { name: "There is a problem" })).toBeVisible();
  await expect(summary).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(summary.getByRole("link", { name: "Enter your email address" })).toBeFocused();
  await page.keyboard.press("Enter");
  const email = page.getByLabel("Email address");
  await expect(email).toBeFocused();
  // The errors stay on the page while the person corrects them (the GOV.UK error summary pattern).
  await expect(summary, "the error summary is still shown after following its link").toBeVisible();
  await expect(email).toHaveAttribute("aria-invalid", "true");
  await expect(email).toHaveAccessibleDescription("Error: Enter your email address");
});

test.describe("a birmingham lead cannot see LSTM's private pages", () => {
  for (const path of ["/i/lstm", "/i/lstm/members"]) {
    test(`${path} is refused (403) and shows no LSTM people`, async ({ page, resumeSession }) => {
      await resumeSession("lead@birmingham.demo");
      const response = await page.goto(path);
      expect(response?.status()).toBe(403);
      await expect(page.getByRole("heading", { level: 1, name: "You cannot see this page" })).toBeVisible();
      await expect(page.getByRole("link", { name: "Go to the home page" })).toBeVisible();
      for (const person of LSTM_PEOPLE) await expect(page.getByText(person)).toHaveCount(0);
      await expect(page.getByRole("table")).toHaveCount(0);
    });
  }
});

test("an anonymous visitor to /i/lstm is sent to sign in, then back", async ({ page }) => {
  await page.goto("/i/lstm");
  await expect(page).toHaveURL(/\/sign-in\?redirectTo=%2Fi%2Flstm$/);
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  for (const person of ["Jordan Pike", "Morgan Reyes", "Professor Ruth Adeyemi"]) {
    await expect(page.getByText(person)).toHaveCount(0);
  }
  await page.getByLabel("Email address").fill("editor@lstm.demo");
  await page.getByLabel("Password").fill("commitment-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/i\/lstm$/);
  await expect(page.getByRole("heading", { level: 1, name: LSTM })).toBeVisible();
});
