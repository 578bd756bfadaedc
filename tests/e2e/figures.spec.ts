import { axeViolations, expect, test, unique } from "./fixtures";

/**
 * Issue 4's figures pages on Birmingham's demo training attendance. Tests share one demo database,
 * so the figure for 2024–25 may already exist from an earlier run: then the page must show it.
 */

test.describe.configure({ timeout: 90_000 });

const INDICATOR = "Training attendance (technical skills programme)";
const PERIOD = "1 March 2024 – 28 February 2025";
const PROVISIONAL_YEAR = "1 March 2023 – 29 February 2024";

test("editor@birmingham.demo adds the 2024–25 attendance and sees it, its change and the provisional year", async ({
  page,
  resumeSession,
}) => {
  await resumeSession("editor@birmingham.demo");
  await page.goto("/i/birmingham/figures");
  await page.getByRole("link", { name: INDICATOR }).click();
  await expect(page.getByRole("heading", { level: 1, name: INDICATOR })).toBeVisible();

  const table = page.getByRole("table", { name: "All figures" });
  const row = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: PERIOD }) });
  const note = unique("e2e attendance");
  if ((await row.count()) === 0) {
    await page.getByRole("textbox", { name: "Period", exact: true }).fill(PERIOD);
    await page.getByRole("textbox", { name: "Value", exact: true }).fill("80");
    await page.getByRole("textbox", { name: "Note", exact: true }).fill(note);
    await page.getByRole("button", { name: "Add figure" }).click();
    await expect(page.getByRole("status")).toContainText("Figure added");
    await expect(row).toContainText("80");
    await expect(row).toContainText(note);
  } else {
    // Recorded by an earlier run: adding the period again is refused, and the row stays.
    await expect(row).toHaveCount(1);
  }

  const changes = page.getByRole("table", { name: "Year-on-year changes" });
  await expect(changes.getByRole("rowheader", { name: `${PROVISIONAL_YEAR} to ${PERIOD}` })).toBeVisible();

  const provisional = table
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: PROVISIONAL_YEAR }) });
  await expect(provisional).toContainText("Provisional");
  await expect(provisional).toContainText("Counted part-way through the year.");
  expect(await axeViolations(page)).toEqual([]);
});

test("a figure that is not a number keeps the input and shows the error summary", async ({
  page,
  resumeSession,
}) => {
  await resumeSession("editor@birmingham.demo");
  await page.goto("/i/birmingham/figures");
  await page.getByRole("link", { name: INDICATOR }).click();
  const note = unique("e2e failed");
  await page.getByRole("textbox", { name: "Period", exact: true }).fill("2019/20");
  await page.getByRole("textbox", { name: "Value", exact: true }).fill("abc");
  await page.getByRole("textbox", { name: "Note", exact: true }).fill(note);
  await page.getByRole("button", { name: "Add figure" }).click();
  await expect(page.getByRole("alert")).toContainText("There is a problem");
  await expect(page.getByRole("link", { name: "Enter a number, such as 42 or 1,234." })).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Value", exact: true })).toHaveValue("abc");
  await expect(page.getByRole("textbox", { name: "Period", exact: true })).toHaveValue("2019/20");
  await expect(page.getByRole("textbox", { name: "Note", exact: true })).toHaveValue(note);
  expect(await axeViolations(page)).toEqual([]);
});
