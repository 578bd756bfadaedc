import type { Page } from "@playwright/test";
import { indicatorWithFigure } from "./figure-helpers";
import { axeViolations, expect, test, unique } from "./fixtures";

/**
 * Issue 4's workforce profile, and changing and deleting figures. The demo database is shared by
 * the tests (and by earlier runs), so each test that writes makes its own indicator.
 */

test.describe.configure({ timeout: 90_000 });

const figureRow = (page: Page, period: string) =>
  page
    .getByRole("table", { name: "All figures" })
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: period, exact: true }) });

test("a signatory reads the workforce profile: cohorts total 14 in permanent roles, and both grade structures", async ({
  page,
  resumeSession,
}) => {
  await resumeSession("signatory@birmingham.demo");
  await page.goto("/i/birmingham");
  await page.getByRole("link", { name: "Workforce profile" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Workforce profile" })).toBeVisible();

  const cohorts = page.getByRole("table", { name: "Technical apprentices by cohort by cohort" });
  await expect(cohorts.getByRole("columnheader")).toHaveText([
    "Cohort",
    "Started",
    "Completed",
    "In permanent roles",
  ]);
  const total = cohorts.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Total" }) });
  await expect(total.getByRole("cell")).toHaveText(["15", "14", "14"]);
  await expect(page.getByText("14 of 15 apprentices completed (93.3 %")).toBeVisible();

  await expect(page.getByRole("heading", { level: 3, name: "Support staff bands" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 3, name: "Professional services grades" })).toBeVisible();
  await expect(page.getByText("Applied from 1 September 2023 to now.")).toBeVisible();
  // A signatory reads but does not change.
  await expect(page.getByRole("heading", { name: "Add a grade structure" })).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);
});

test("LSTM's headcount is a table of years with the senior share and the change", async ({
  page,
  resumeSession,
}) => {
  await resumeSession("editor@lstm.demo");
  await page.goto("/i/lstm/figures");
  await page.getByRole("link", { name: "Workforce profile" }).click();
  const staff = page.getByRole("table", { name: "Technical staff by period and breakdown" });
  const row = staff.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "2024" }) });
  await expect(row.getByRole("cell")).toHaveText(["53", "11", "20.8 %", "+26.2 %"]);
  await expect(page.getByRole("img", { name: /Technical staff by period/ })).toBeVisible();
});

test("a lead adds a grade structure, after a failed try that keeps the input", async ({
  page,
  resumeSession,
}) => {
  await resumeSession("lead@birmingham.demo");
  await page.goto("/i/birmingham/workforce");
  const name = unique("e2e grades");
  await page.getByRole("textbox", { name: "Name of the grade structure" }).fill(name);
  await page.getByRole("textbox", { name: "Applied from (optional)" }).fill("1 Sept");
  await page.getByRole("button", { name: "Add grade structure" }).click();
  await expect(page.getByRole("alert")).toContainText("There is a problem");
  await expect(page.getByRole("link", { name: "List at least one grade." })).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Name of the grade structure" })).toHaveValue(name);
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole("textbox", { name: "Applied from (optional)" }).fill("2025-08-01");
  await page.getByRole("textbox", { name: "Grades" }).fill("G4 – Technician\nG5 – Senior technician");
  await page.getByRole("button", { name: "Add grade structure" }).click();
  await expect(page.getByRole("status")).toContainText("Grade structure added");
  const added = page.getByRole("region", { name });
  await expect(added.getByRole("listitem")).toHaveText(["G4 – Technician", "G5 – Senior technician"]);
});

test("an editor changes a figure, is told of a stale save with both versions, and deletes it", async ({
  page,
  newPage,
  resumeSession,
}) => {
  await resumeSession("editor@birmingham.demo");
  await indicatorWithFigure(page);
  const address = page.url().split("?")[0]!;

  await test.step("change the figure", async () => {
    await figureRow(page, "2023").getByRole("link", { name: "Change the figure for 2023" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "Change the figure for 2023" })).toBeVisible();
    await expect(page.getByRole("textbox", { name: "Value", exact: true })).toHaveValue("10");
    await page.getByRole("textbox", { name: "Value", exact: true }).fill("12");
    await page.getByRole("button", { name: "Save figure" }).click();
    await expect(page.getByRole("status")).toContainText("Figure changed");
    await expect(figureRow(page, "2023").getByRole("cell").first()).toHaveText("12");
  });

  await test.step("a stale save shows both versions and saves on confirmation", async () => {
    const other = await newPage();
    await resumeSession("lead@birmingham.demo", other);
    for (const p of [page, other]) await p.goto(address);
    for (const p of [page, other])
      await figureRow(p, "2023").getByRole("link", { name: "Change the figure for 2023" }).click();
    await other.getByRole("textbox", { name: "Value", exact: true }).fill("13");
    await other.getByRole("button", { name: "Save figure" }).click();
    await expect(other.getByRole("status")).toContainText("Figure changed");

    await page.getByRole("textbox", { name: "Value", exact: true }).fill("14");
    await page.getByRole("button", { name: "Save figure" }).click();
    const stale = page.getByRole("table", { name: "Someone else changed this figure" });
    await expect(stale.getByRole("columnheader")).toHaveText([
      "Field",
      "Your version",
      "Their saved version",
    ]);
    await expect(stale.getByRole("row", { name: /Value/ }).getByRole("cell")).toHaveText(["14", "13"]);
    await expect(page.getByRole("textbox", { name: "Value", exact: true })).toHaveValue("14");
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Save my version" }).click();
    await expect(page.getByRole("status")).toContainText("Figure changed");
    await expect(figureRow(page, "2023").getByRole("cell").first()).toHaveText("14");
  });

  await test.step("delete the figure after confirming", async () => {
    await figureRow(page, "2023").getByRole("link", { name: "Delete the figure for 2023" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "Delete the figure for 2023?" })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Delete figure" }).click();
    await expect(page.getByRole("status")).toContainText("Figure deleted");
    await expect(page.getByText("No figures yet.")).toBeVisible();
  });
});

test("an editor changes an indicator's definition", async ({ page, resumeSession }) => {
  await resumeSession("editor@birmingham.demo");
  const name = await indicatorWithFigure(page);
  await page.getByRole("link", { name: "Change this indicator" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Change the indicator" })).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Name" })).toHaveValue(name);
  const definition = unique("Headcount on 31 July");
  await page.getByRole("textbox", { name: "Definition" }).fill(definition);
  await page.getByRole("button", { name: "Save indicator" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByText(definition)).toBeVisible();
});

test("a signatory is offered no changes on a figure's page, and cannot open the indicator's edit page", async ({
  page,
  resumeSession,
}) => {
  await resumeSession("signatory@birmingham.demo");
  await page.goto("/i/birmingham/figures");
  await page.getByRole("link", { name: "Technical apprentices by cohort" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Technical apprentices by cohort" }),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: /^Change the figure for/ })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Change this indicator" })).toHaveCount(0);
  const response = await page.goto(`${page.url()}/edit`);
  expect(response?.status()).toBe(403);
});
