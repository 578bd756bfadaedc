import { axeViolations, expect, test, unique } from "./fixtures";

/**
 * Issue 4's figures pages on Birmingham's demo training attendance. Tests share one demo database,
 * so the figure for 2024–25 may already exist from an earlier run: then the page must show it.
 */

test.describe.configure({ timeout: 90_000 });

const INDICATOR = "Training attendance (technical skills programme)";
const PERIOD = "1 March 2024 – 28 February 2025";
const PROVISIONAL_YEAR = "1 March 2023 – 29 February 2024";

const PLAN = "Technical Academy Action Plan 2024–2027";
const ACTION = /Improve learning opportunities for technicians/;
const MARKER = "places taken on the regional technical training";
const STORY = "News: technicians share their career journeys at the 2023 roadshow";
const CASE_STUDY = "From apprentice to permanent technician";

/**
 * Issue 4's "done when", on Birmingham's demo: the training attendance of 2024–25 is added, the
 * chart, the change and the provisional year show; a news story and the case study are linked to
 * the action whose marker follows that indicator; the marker's status moves from Not met to Met.
 */
test("editor@birmingham.demo adds the 2024–25 attendance, links a story and a case study, and sees the marker met", async ({
  page,
  resumeSession,
}) => {
  await resumeSession("editor@birmingham.demo");
  const marker = page.getByRole("listitem").filter({ hasText: MARKER });
  let actionPath = "";
  await test.step("the action's marker is not met before the figure (on a fresh database)", async () => {
    await page.goto("/i/birmingham/plans");
    await page.getByRole("link", { name: PLAN, exact: true }).click();
    await page.getByRole("link", { name: ACTION }).click();
    await expect(page.getByRole("heading", { level: 1, name: ACTION })).toBeVisible();
    actionPath = new URL(page.url()).pathname;
    if (!((await marker.textContent()) ?? "").includes(PERIOD))
      await expect(marker).toContainText(/Status:\s*Not met/);
  });

  await test.step("the figure for 2024–25, with its chart, change and the provisional year", async () => {
    await page.goto("/i/birmingham/figures");
    await page.getByRole("link", { name: INDICATOR }).click();
    await expect(page.getByRole("heading", { level: 1, name: INDICATOR })).toBeVisible();
    const table = page.getByRole("table", { name: "All figures" });
    const row = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: PERIOD }) });
    if ((await row.count()) === 0) {
      const note = unique("e2e attendance");
      await page.getByRole("textbox", { name: "Period", exact: true }).fill(PERIOD);
      await page.getByRole("textbox", { name: "Value", exact: true }).fill("80");
      await page.getByRole("textbox", { name: "Note", exact: true }).fill(note);
      await page.getByRole("button", { name: "Add figure" }).click();
      await expect(page.getByRole("status")).toContainText("Figure added");
      await expect(row).toContainText("80");
      await expect(row).toContainText(note);
    } else await expect(row).toHaveCount(1); // recorded by an earlier run on this database
    await expect(
      page.getByRole("img", { name: new RegExp(INDICATOR.replace(/[()]/g, "\\$&")) }),
    ).toBeVisible();
    const changes = page.getByRole("table", { name: "Year-on-year changes" });
    await expect(changes.getByRole("rowheader", { name: `${PROVISIONAL_YEAR} to ${PERIOD}` })).toBeVisible();
    const provisional = table
      .getByRole("row")
      .filter({ has: page.getByRole("rowheader", { name: PROVISIONAL_YEAR }) });
    await expect(provisional).toContainText("Provisional");
    await expect(provisional).toContainText("Counted part-way through the year.");
    expect(await axeViolations(page)).toEqual([]);
  });

  await test.step("the news story, linked to the action from its own page", async () => {
    await page.goto("/i/birmingham/evidence");
    await page.getByRole("link", { name: STORY }).click();
    const linked = page.getByRole("region", { name: "Linked to" });
    if ((await linked.getByRole("link", { name: ACTION }).count()) === 0) {
      await page.getByLabel("Link to").selectOption({ value: `action:${actionPath.split("/").pop()}` });
      await page.getByRole("button", { name: "Add link" }).click();
      await expect(page.getByRole("status")).toContainText("Link added");
    }
    await expect(linked.getByRole("link", { name: ACTION })).toHaveAttribute("href", actionPath);
  });

  await test.step("the case study, linked from the action page; the marker is met", async () => {
    await page.goto(actionPath);
    const section = page.getByRole("region", { name: "Evidence" });
    if ((await section.getByRole("link", { name: CASE_STUDY }).count()) === 0) {
      await section
        .getByLabel("Evidence from the library")
        .selectOption({ label: `${CASE_STUDY} (Case study)` });
      await section.getByRole("button", { name: "Link evidence" }).click();
      await expect(section.getByRole("status")).toContainText("Evidence linked");
    }
    await expect(section.getByRole("link", { name: STORY })).toBeVisible();
    await expect(section.getByRole("link", { name: CASE_STUDY })).toBeVisible();
    await expect(marker).toContainText(/Status:\s*Met/);
    await expect(marker).toContainText(`Latest figure: 80 for ${PERIOD}`);
    expect(await axeViolations(page)).toEqual([]);
  });
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
