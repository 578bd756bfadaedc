import { DEMO_PASSWORD, expect, expectScriptsOff, STRONG_PASSWORD, test, uniqueEmail } from "./fixtures";

/**
 * The main forms with JavaScript switched off (project pglite-no-js): every form posts to the
 * server, errors come back in the page and what was typed is kept.
 */

test.beforeEach(({ page }) => expectScriptsOff(page));

test("sign in: a wrong password shows the error summary and keeps the email; the right one signs in", async ({
  page,
}) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill("lead@birmingham.demo");
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();

  const summary = page.getByRole("alert");
  await expect(summary.getByRole("heading", { name: "There is a problem" })).toBeVisible();
  await expect(summary).toContainText("The email address or password is not right.");
  await expect(page.getByLabel("Email address")).toHaveValue("lead@birmingham.demo");
  await expect(page.getByLabel("Password")).toHaveValue("");

  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Your institutions" })).toBeVisible();
  await expect(page.getByRole("link", { name: "University of Birmingham" })).toBeVisible();
});

test("sign in with nothing entered: each field's error is linked from the summary and stays", async ({
  page,
}) => {
  await page.goto("/sign-in");
  await page.getByRole("main").getByRole("button", { name: "Sign in" }).click();
  const summary = page.getByRole("alert");
  await expect(summary.getByRole("link")).toHaveText(["Enter your email address", "Enter your password"]);
  await expect(page.getByLabel("Password")).toHaveAccessibleDescription("Error: Enter your password");

  await summary.getByRole("link", { name: "Enter your email address" }).click();
  await expect(page).toHaveURL(/#field-email$/);
  await expect(page.getByLabel("Email address")).toBeFocused();
  await expect(summary).toBeVisible();
  await expect(page.getByLabel("Email address")).toHaveAccessibleDescription(
    "Error: Enter your email address",
  );
});

test("invite a colleague, then accept as a new person: weak password refused, strong one accepted", async ({
  page,
  signIn,
}, testInfo) => {
  const email = uniqueEmail(testInfo, "nojs-invitee");
  const name = "Noor Script-Free";
  let link = "";

  await test.step("an invalid email: the error is beside the field and the role is kept", async () => {
    await signIn("lead@birmingham.demo");
    await page.goto("/i/birmingham/members");
    await page.getByLabel("Their email address").fill("not-an-email");
    await page.getByLabel("Role", { exact: true }).selectOption({ label: "Contributor" });
    await page.getByRole("button", { name: "Send invitation" }).click();

    await expect(page.getByRole("alert").getByRole("heading", { name: "There is a problem" })).toBeVisible();
    const field = page.getByLabel("Their email address");
    await expect(field).toHaveAttribute("aria-invalid", "true");
    await expect(field).toHaveAccessibleDescription(
      /Error: Enter an email address like name@example\.ac\.uk\./,
    );
    await expect(field).toHaveValue("not-an-email");
    await expect(page.getByLabel("Role", { exact: true })).toHaveValue("contributor");
    // The summary links to the field.
    await expect(
      page.getByRole("alert").getByRole("link", { name: "Enter an email address like name@example.ac.uk." }),
    ).toHaveAttribute("href", "#field-email");
  });

  await test.step("a valid email shows the link", async () => {
    await page.getByLabel("Their email address").fill(email);
    await page.getByRole("button", { name: "Send invitation" }).click();
    await expect(page.getByRole("heading", { name: `Invitation for ${email} created` })).toBeVisible();
    link = (await page.getByTestId("invitation-link").textContent())?.trim() ?? "";
    expect(link).toMatch(/\/invitations\/[0-9a-f-]+$/);
    await expect(page.getByRole("table", { name: "Invitations" })).toContainText(email);
  });

  await test.step("the lead signs out", async () => {
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(
      page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sign in" }),
    ).toBeVisible();
  });

  await test.step("a breached password is refused and the name is kept", async () => {
    await page.goto(link);
    await expect(page.getByText(`Your account will use ${email}.`)).toBeVisible();
    await page.getByLabel("Your full name").fill(name);
    await page.getByLabel("Choose a password").fill("password123");
    await page.getByRole("button", { name: "Create account and accept" }).click();

    await expect(page.getByRole("alert").getByRole("heading", { name: "There is a problem" })).toBeVisible();
    const password = page.getByLabel("Choose a password");
    await expect(password).toHaveAccessibleDescription(
      /This password appears in lists of breached passwords/,
    );
    await expect(password).toHaveValue("");
    await expect(page.getByLabel("Your full name")).toHaveValue(name);
  });

  await test.step("a strong password creates the account and accepts", async () => {
    await page.getByLabel("Choose a password").fill(STRONG_PASSWORD);
    await page.getByRole("button", { name: "Create account and accept" }).click();
    await expect(page).toHaveURL(/\/i\/birmingham$/);
    await expect(page.getByRole("heading", { level: 1, name: "University of Birmingham" })).toBeVisible();
    await expect(page.getByRole("paragraph").filter({ hasText: "Your role:" })).toHaveText(
      /Your role:\s*Contributor/,
    );
  });
});

test("create an API token on /account, shown once, then revoke it", async ({
  page,
  resumeSession,
}, testInfo) => {
  const tokenName = `nojs laptop ${testInfo.workerIndex}-${Date.now()}`;
  await resumeSession("editor@birmingham.demo");
  await page.goto("/account");
  await page.getByLabel("Token name").fill(tokenName);
  await page.getByRole("button", { name: "Create token" }).click();

  await expect(page.getByRole("heading", { name: `Token “${tokenName}” created` })).toBeVisible();
  await expect(page.getByText("Copy it now: it will not be shown again.")).toBeVisible();
  const token = (await page.getByTestId("new-token").textContent())?.trim() ?? "";
  expect(token).toMatch(/^chub_\S+$/);

  const tokens = page.getByRole("table", { name: "Your tokens" });
  const row = tokens.getByRole("row").filter({ hasText: tokenName });
  await expect(row).toContainText("Active");
  await expect(row).toContainText(`${token.slice(0, 12)}…`);

  // Shown once: opening the page again lists the token without its secret.
  await page.goto("/account");
  await expect(page.getByTestId("new-token")).toHaveCount(0);
  await expect(page.getByText(token)).toHaveCount(0);
  await expect(row).toContainText("Active");

  await row.getByRole("button", { name: `Revoke ${tokenName}` }).click();
  await expect(page.getByRole("heading", { name: "Token revoked" })).toBeVisible();
  await expect(row).toContainText("Revoked");
  await expect(row.getByRole("button")).toHaveCount(0);
});
