import { expect, expectScriptsOff, test, unique } from "./fixtures";

/**
 * Choosing a marker's indicator with JavaScript switched off (project pglite-no-js): the select
 * posts with the form, a failed submit keeps the choice, and a figure typed beside it is ignored.
 * Actions go into Birmingham's draft plan, which the other specs leave alone.
 */

const DRAFT = "Technical Academy Action Plan 2027–2030 (draft)";
const TRAINING = "Training attendance (technical skills programme)";

test.beforeEach(({ page }) => expectScriptsOff(page));

test("add an action whose marker takes its figure from an indicator", async ({ page, resumeSession }) => {
  const title = unique("More technicians on the regional training programme");
  await resumeSession("editor@birmingham.demo");
  await page.goto("/i/birmingham/plans");
  await page.getByRole("link", { name: DRAFT, exact: true }).click();
  await page.getByRole("link", { name: "Add an action" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Add an action" })).toBeVisible();

  const marker = page.getByRole("group", { name: "Marker of success 1" });
  const choice = marker.getByRole("combobox", { name: "Indicator (optional)" });
  await test.step("a failed submit keeps the chosen indicator", async () => {
    await page.getByLabel("Action", { exact: true }).fill(title);
    await page.getByRole("group", { name: "Pillars" }).getByLabel("Career Development").check();
    // No main pillar: refused.
    await marker.getByLabel("What will show success").fill("More places taken each programme year");
    await expect(
      choice.getByRole("option", { name: "None — type the latest figure by hand" }),
    ).toBeAttached();
    await choice.selectOption({ label: `${TRAINING} (Count)` });
    // Ignored beside an indicator, so not refused even though it is not a number.
    await marker.getByLabel("Figure", { exact: true }).fill("lots");
    await page.getByRole("button", { name: "Add action" }).click();
    await expect(page.getByRole("alert").getByRole("link")).toHaveText(["Choose a pillar."]);
    await expect(choice.locator("option:checked")).toHaveText(`${TRAINING} (Count)`);
  });

  await test.step("the corrected form adds it; the action names the indicator", async () => {
    await page.getByRole("group", { name: "Main pillar" }).getByLabel("Career Development").check();
    await page.getByRole("button", { name: "Add action" }).click();
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    const item = page.getByRole("listitem").filter({ hasText: "More places taken each programme year" });
    await expect(item.getByRole("link", { name: TRAINING })).toBeVisible();
    await expect(item).toContainText(/Status:\s*No data/);
  });

  await test.step("editing keeps the marker and its indicator", async () => {
    await page.getByRole("link", { name: "Change the action" }).click();
    await expect(choice.locator("option:checked")).toHaveText(`${TRAINING} (Count)`);
    await marker.getByLabel("What will show success").fill("More places taken in every programme year");
    await page.getByRole("button", { name: "Save changes" }).click();
    const item = page.getByRole("listitem").filter({ hasText: "More places taken in every programme year" });
    await expect(item.getByRole("link", { name: TRAINING })).toBeVisible();
  });
});

test("an indicator that is not the institution's is refused on the marker's own field", async ({
  page,
  resumeSession,
}) => {
  await resumeSession("editor@birmingham.demo");
  await page.goto("/i/birmingham/plans");
  await page.getByRole("link", { name: DRAFT, exact: true }).click();
  await page.getByRole("link", { name: "Add an action" }).click();
  // The select offers only the institution's own indicators, so post the form as a script might.
  const response = await page.request.post(page.url(), {
    form: {
      title: unique("Borrowed indicator"),
      pillars: "career-development",
      primaryPillar: "career-development",
      "markers.0.text": "Someone else's figures",
      "markers.0.target.comparator": ">=",
      "markers.0.indicatorId": "00000000-0000-4000-8000-000000000000",
    },
  });
  expect(response.status()).toBe(422);
  await page.setContent(await response.text());
  const summary = page.getByRole("alert");
  await expect(
    summary.getByRole("link", { name: "Choose one of this institution's indicators." }),
  ).toHaveAttribute("href", "#field-markers.0.indicatorId");
  await expect(
    page
      .getByRole("group", { name: "Marker of success 1" })
      .getByRole("combobox", { name: "Indicator (optional)" }),
  ).toHaveAccessibleDescription(/Error: Choose one of this institution's indicators\./);
});
