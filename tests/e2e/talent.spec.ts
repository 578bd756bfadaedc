import { axeViolations, expect, test } from "./fixtures";

test("the central team checks a TALENT recommendation's wording, after a failed try that keeps the input", async ({
  page,
  resumeSession,
}) => {
  await resumeSession("team@technician-commitment.demo");
  await page.goto("/");
  await page.getByRole("link", { name: "TALENT recommendations (central team)" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "TALENT Commission recommendations" }),
  ).toBeVisible();
  const item = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { name: /^Recommendation 15/ }) });
  await expect(item).toContainText("Not yet checked");
  await item.getByRole("link", { name: /Change the wording/ }).click();

  const wording = page.getByRole("textbox", { name: "Wording", exact: true });
  await wording.fill(" ");
  await page.getByLabel("Addressed to (optional)").fill("Government policymakers");
  await page.getByRole("button", { name: "Save the wording" }).click();
  await expect(page.getByRole("alert")).toContainText("Enter the recommendation's wording.");
  await expect(page.getByLabel("Addressed to (optional)")).toHaveValue("Government policymakers");
  expect(await axeViolations(page)).toEqual([]);

  await wording.fill("Government should invite technical staff to sector policy consultations.");
  await page.getByLabel("This wording has been checked against the TALENT Commission's report").check();
  await page.getByRole("button", { name: "Save the wording" }).click();
  await expect(page.getByRole("status")).toContainText("Recommendation 15 saved");
  const saved = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { name: /^Recommendation 15/ }) });
  await expect(saved).toContainText("Checked against the report");
  await expect(saved).toContainText("Government should invite technical staff");
});

test("an institution's lead cannot open the TALENT editor", async ({ page, resumeSession }) => {
  await resumeSession("lead@lstm.demo");
  const response = await page.goto("/central/talent");
  expect(response?.status()).toBe(403);
});
