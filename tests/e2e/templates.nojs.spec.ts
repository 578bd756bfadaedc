import { expect, expectScriptsOff, test } from "./fixtures";

/**
 * The template editor with JavaScript off: adding, moving and removing questions are submit
 * buttons that keep what was typed; a stale save shows both versions; a draft can be discarded.
 */

test.beforeEach(({ page }) => expectScriptsOff(page));

test("editing the initial template's questions without JavaScript, then discarding the draft", async ({
  page,
  resumeSession,
}) => {
  await resumeSession("team@technician-commitment.demo");
  await page.goto("/central/templates/initial");
  await page.getByRole("button", { name: "Make a new draft" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Change the draft" })).toBeVisible();
  const question = (n: number) => page.getByRole("group", { name: `Question ${n}`, exact: true });
  await expect(question(7)).toBeVisible();

  await page.getByLabel("Title of the form").fill("Initial self-assessment (checked draft)");
  await page.getByRole("button", { name: "Add a question" }).click();
  // The typed title survives the round trip; the new question is number 8, empty.
  await expect(page.getByLabel("Title of the form")).toHaveValue("Initial self-assessment (checked draft)");
  await question(8).getByRole("textbox", { name: "Question", exact: true }).fill("Your public web page");
  await question(8)
    .getByLabel("Structured part")
    .selectOption({ label: "Public web page and named contact" });
  await question(8).getByRole("button", { name: "Move up question 8" }).click();
  await expect(question(7).getByRole("textbox", { name: "Question", exact: true })).toHaveValue(
    "Your public web page",
  );
  await expect(question(8).getByRole("textbox", { name: "Question", exact: true })).toHaveValue(
    "Your action plan",
  );
  await question(3).getByRole("button", { name: "Remove question 3" }).click();
  await expect(question(3).getByRole("textbox", { name: "Question", exact: true })).toHaveValue(
    "Before signing",
  );
  await expect(question(8)).toHaveCount(0);

  // Someone else saves the same draft first, in another window.
  const other = await page.context().newPage();
  await other.goto(page.url());
  await other.getByLabel("Source of the wording").fill("Checked against the 2025 Initial form.");
  await other.getByRole("button", { name: "Save the draft" }).click();
  await expect(other.getByRole("status")).toContainText("Draft saved");
  await other.close();

  await page.getByRole("button", { name: "Save the draft" }).click();
  const stale = page.getByRole("region", { name: "Someone else changed this draft" });
  await expect(stale).toBeVisible();
  await expect(stale.getByRole("row", { name: /Source of the wording/ })).toContainText(
    "Checked against the 2025 Initial form.",
  );
  await expect(stale.getByRole("row", { name: /Title of the form/ })).toContainText(
    "Initial self-assessment (checked draft)",
  );
  await page.getByRole("button", { name: "Save my version" }).click();
  await expect(page.getByRole("status")).toContainText("Draft saved");
  await expect(
    page.getByRole("heading", { level: 1, name: "Initial self-assessment (checked draft)" }),
  ).toBeVisible();
  await expect(page.getByRole("heading", { name: "6. Your public web page" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "7. Your action plan" })).toBeVisible();

  await page.getByRole("link", { name: "Discard this draft" }).click();
  await page.getByRole("button", { name: "Discard the draft" }).click();
  await expect(page.getByRole("status")).toContainText("The draft was discarded");
  const versions = page.getByRole("table", { name: "Versions, newest first" });
  await expect(versions.getByRole("row")).toHaveCount(2);
  await expect(versions.getByRole("row", { name: /Version 1/ })).toContainText("Published");
});
