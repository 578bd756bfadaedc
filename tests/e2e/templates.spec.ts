import { axeViolations, expect, test } from "./fixtures";

test("the central team drafts a new renewal version, changes a question's help and publishes it", async ({
  page,
  resumeSession,
}) => {
  await resumeSession("team@technician-commitment.demo");
  await page.goto("/");
  await page.getByRole("link", { name: "Submission templates (central team)" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Submission templates" })).toBeVisible();
  await page.getByRole("link", { name: "Renewal self-assessment and action plan" }).click();
  const versions = page.getByRole("table", { name: "Versions, newest first" });
  await expect(versions.getByRole("row", { name: /Version 1/ })).toContainText("Published");
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole("button", { name: "Make a new draft" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Change the draft" })).toBeVisible();
  const q4 = page.getByRole("group", { name: "Question 4", exact: true });
  const help = "Links to news stories, testimonials and blog posts, each with a line on what it shows.";
  await q4.getByLabel("Help text").fill(help);
  // A failed save keeps everything typed and says what to fix.
  await q4.getByRole("textbox", { name: "Question", exact: true }).fill("");
  await page.getByRole("button", { name: "Save the draft" }).click();
  await expect(page.getByRole("alert")).toContainText("Enter the question.");
  await expect(q4.getByLabel("Help text")).toHaveValue(help);
  expect(await axeViolations(page)).toEqual([]);

  await q4
    .getByRole("textbox", { name: "Question", exact: true })
    .fill("Evidence that your previous action plans are having an impact");
  await page.getByRole("button", { name: "Save the draft" }).click();
  await expect(page.getByRole("status")).toContainText("Draft saved");
  await expect(page.getByText(help)).toBeVisible();

  await page.getByRole("link", { name: "Publish this version" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Publish version 2?" })).toBeVisible();
  await expect(page.getByText("Version 1 will be superseded.")).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole("button", { name: "Publish version 2" }).click();

  await expect(page.getByRole("status")).toContainText("Version 2 published");
  await expect(versions.getByRole("row", { name: /Version 2/ })).toContainText("Published");
  await expect(versions.getByRole("row", { name: /Version 1/ })).toContainText("Superseded");
  expect(await axeViolations(page)).toEqual([]);
});

test("an institution reads the published template; the editor is the central team's", async ({
  page,
  resumeSession,
}) => {
  await resumeSession("lead@birmingham.demo");
  const refused = await page.goto("/central/templates");
  expect(refused?.status()).toBe(403);
  await page.goto("/templates/initial");
  await expect(
    page.getByRole("heading", { level: 1, name: "Initial self-assessment and action plan" }),
  ).toBeVisible();
  await expect(page.getByText("This version has not been checked against the official form")).toBeVisible();
  await expect(page.getByRole("heading", { name: "1. Organisation profile" })).toBeVisible();
  await expect(page.getByText("Word limit: 250")).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});
