import type { Page } from "@playwright/test";
import { axeViolations, expect, tabTo, test, unique } from "./fixtures";

/**
 * Issue 3's "done when", on LSTM's demo plans, with the keyboard wherever a person would use it.
 * Each test makes its own action with a unique title, and each works under its own pillar of the
 * 2024–27 plan (Recognition, Sustainability, Career Development; the no-JS spec uses Visibility),
 * so the counts one test reads are not moved by another running at the same time.
 */

// These are whole journeys (sign in, several forms, several checks) on a 2-core machine shared
// with the other worker: give them three times the default time rather than split them up.
test.describe.configure({ timeout: 90_000 });

const PLAN_2019 = "LSTM Technician Commitment Action Plan 2019–2021";
const PLAN_2024 = "LSTM Technician Commitment Action Plan 2024–2027";
const DRAFT = "LSTM Technician Commitment Action Plan 2027–2030 (draft)";
const COUNTS = "Actions by pillar and current rating";
/** The counts table's columns for LSTM's "Progress" scale, after the pillar. */
const COLUMNS = ["No Progress", "In Progress", "Completed", "Not yet rated", "Total"] as const;

/** The counts table's figures for one pillar, by column. */
async function countsFor(page: Page, pillar: string): Promise<Record<(typeof COLUMNS)[number], number>> {
  const row = page
    .getByRole("table", { name: COUNTS })
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: pillar, exact: true }) });
  const cells = await row.getByRole("cell").allTextContents();
  expect(cells).toHaveLength(COLUMNS.length);
  return Object.fromEntries(COLUMNS.map((c, i) => [c, Number(cells[i])])) as Record<
    (typeof COLUMNS)[number],
    number
  >;
}

async function openPlan(page: Page, title: string) {
  await page.goto("/i/lstm/plans");
  await page.getByRole("link", { name: title, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
}

/** Adds an action through the form (with the mouse: these tests are about what comes after). */
async function addAction(page: Page, title: string, pillar: string) {
  await page.getByRole("link", { name: "Add an action" }).click();
  await page.getByLabel("Action", { exact: true }).fill(title);
  await page.getByRole("group", { name: "Pillars" }).getByLabel(pillar).check();
  await page.getByRole("group", { name: "Main pillar" }).getByLabel(pillar).check();
  await page.getByLabel("Timescale").fill("July 2026");
  await page.getByRole("button", { name: "Add action" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole("status")).toContainText("Action added");
}

test("lead@lstm.demo adds an action under Recognition, rates it In Progress, and sees the timeline and the counts change", async ({
  page,
}) => {
  const title = unique("Recognise technicians in the research newsletter");
  const commentary = "Two profiles published; the editors have asked for one an issue.";
  const evidence = { title: "Newsletter, spring issue", url: "https://example.org/lstm/newsletter-spring" };

  await test.step("signs in with the keyboard", async () => {
    await page.goto("/sign-in");
    await tabTo(page, page.getByLabel("Email address"));
    await page.keyboard.type("lead@lstm.demo");
    await page.keyboard.press("Tab");
    await page.keyboard.type("commitment-demo");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1, name: "Your institutions" })).toBeVisible();
  });

  await test.step("goes to the plans and sees 2019–21, 2024–27 and the draft", async () => {
    await tabTo(page, page.getByRole("link", { name: "Liverpool School of Tropical Medicine" }));
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/i\/lstm$/);
    // The home shows the current plan and its counts.
    await expect(page.getByRole("region", { name: "Action plans" })).toContainText(PLAN_2024);
    await tabTo(
      page,
      page.getByRole("navigation", { name: "This institution" }).getByRole("link", { name: "Action plans" }),
    );
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1, name: "Action plans" })).toBeVisible();
    const table = page.getByRole("table", { name: /plans$/ });
    const row = (title: string) =>
      table.getByRole("row").filter({ has: page.getByRole("link", { name: title, exact: true }) });
    await expect(row(PLAN_2019)).toContainText("Published");
    await expect(row(PLAN_2024)).toContainText("Published");
    await expect(row(PLAN_2024)).toContainText("Current");
    await expect(row(DRAFT)).toContainText("Draft");
    await expect(row(DRAFT)).not.toContainText("Current");
  });

  let before: Awaited<ReturnType<typeof countsFor>>;
  await test.step("opens the 2024–27 plan", async () => {
    await tabTo(page, page.getByRole("link", { name: PLAN_2024, exact: true }));
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1, name: PLAN_2024 })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Recognition" })).toBeVisible();
    before = await countsFor(page, "Recognition");
  });

  await test.step("adds an action under Recognition", async () => {
    await tabTo(page, page.getByRole("link", { name: "Add an action" }));
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1, name: "Add an action" })).toBeVisible();
    await tabTo(page, page.getByLabel("Action", { exact: true }));
    await page.keyboard.type(title);
    await tabTo(page, page.getByRole("group", { name: "Pillars" }).getByLabel("Recognition"));
    await page.keyboard.press("Space");
    // Into the radio group (on its first radio), then the arrow keys choose.
    const main = page.getByRole("group", { name: "Main pillar" });
    await tabTo(page, main.getByLabel("Visibility"));
    await page.keyboard.press("ArrowDown");
    await expect(main.getByLabel("Recognition")).toBeChecked();
    await expect(main.getByLabel("Recognition")).toBeFocused();
    await tabTo(page, page.getByLabel("Planned outcomes"));
    await page.keyboard.type("A technician profile in every newsletter");
    await tabTo(page, page.getByLabel("Timescale"), { max: 60 });
    await page.keyboard.type("Within 12 months");
    // Enter in a text box submits the form.
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(page.getByRole("status")).toContainText("Action added");
    await expect(page.getByText(/^RECOGNITION \d+ – /)).toBeVisible();
    await expect(page.getByText("Read as: by 31 July 2025")).toBeVisible();
    await expect(page.getByText("Not rated yet.")).toBeVisible();
  });

  await test.step("rates it In Progress with a commentary and a link", async () => {
    await tabTo(page, page.getByRole("link", { name: "Rate this action" }));
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1, name: "Rate the action" })).toBeVisible();
    const rating = page.getByRole("group", { name: "Rating" });
    await tabTo(page, rating.getByRole("radio", { name: "No Progress (red)" }));
    await page.keyboard.press("ArrowDown");
    await expect(rating.getByRole("radio", { name: "In Progress (amber)" })).toBeChecked();
    await tabTo(page, page.getByLabel("Commentary"));
    await page.keyboard.type(commentary);
    const link1 = page.getByRole("group", { name: "Evidence link 1" });
    await tabTo(page, link1.getByLabel("Title"));
    await page.keyboard.type(evidence.title);
    await page.keyboard.press("Tab");
    await expect(link1.getByLabel("Web address")).toBeFocused();
    await page.keyboard.type(evidence.url);
    await page.keyboard.press("Enter");
  });

  await test.step("sees the rating in the timeline", async () => {
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(page.getByRole("status")).toContainText("Rating recorded");
    await expect(page.getByText("Current rating:").locator("..")).toContainText("In Progress (amber)");
    const timeline = page
      .getByRole("heading", { level: 2, name: "Rating history" })
      .locator("xpath=following-sibling::ol[1]");
    const entry = timeline.getByRole("listitem").first();
    await expect(entry.getByRole("heading", { level: 3 })).toContainText("In Progress (amber)");
    await expect(entry.getByRole("heading", { level: 3 })).toContainText("Current");
    await expect(entry).toContainText(commentary);
    await expect(entry.getByRole("link", { name: evidence.title })).toHaveAttribute("href", evidence.url);
    await expect(entry).toContainText("Recorded by Jordan Pike");
  });

  await test.step("back on the plan, the counts have changed", async () => {
    // As after the skip link: from the top of the main content.
    await page.getByRole("main").focus();
    await tabTo(page, page.getByRole("link", { name: `Back to ${PLAN_2024}` }));
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1, name: PLAN_2024 })).toBeVisible();
    const after = await countsFor(page, "Recognition");
    expect(after).toEqual({ ...before, "In Progress": before["In Progress"] + 1, Total: before.Total + 1 });
    const section = page.getByRole("region", { name: "Recognition" });
    const row = section.getByRole("row").filter({ has: page.getByRole("link", { name: title }) });
    await expect(row).toContainText("In Progress");
  });
});

test("an editor saving a stale copy of an action is shown both versions, and can save anyway", async ({
  page: lead,
  newPage,
  resumeSession,
}) => {
  const title = unique("Technician-led tours for new staff");
  const leadsTitle = `${title} (lead's wording)`;
  const editorsTimescale = "December 2026";
  const editor = await newPage();
  await resumeSession("lead@lstm.demo", lead);
  await resumeSession("editor@lstm.demo", editor);

  await openPlan(lead, PLAN_2024);
  await addAction(lead, title, "Sustainability");
  const actionUrl = lead.url().replace(/\?.*$/, "");

  for (const p of [lead, editor]) {
    await p.goto(`${actionUrl}/edit`);
    await expect(p.getByRole("heading", { level: 1, name: "Change the action" })).toBeVisible();
  }

  await test.step("the lead saves first", async () => {
    await lead.getByLabel("Action", { exact: true }).fill(leadsTitle);
    await lead.getByRole("button", { name: "Save changes" }).click();
    await expect(lead.getByRole("heading", { level: 1, name: leadsTitle })).toBeVisible();
  });

  await test.step("the editor saves second and sees both versions", async () => {
    await editor.getByLabel("Timescale").fill(editorsTimescale);
    await editor.getByLabel("Owner").fill("Tours working group");
    await editor.getByRole("button", { name: "Save changes" }).click();
    const stale = editor.getByRole("table", { name: "Someone else changed this action" });
    await expect(stale).toBeVisible();
    await expect(editor).toHaveURL(/\/edit$/);
    await expect(stale.getByRole("columnheader")).toHaveText([
      "Field",
      "Your version",
      "Their saved version",
    ]);
    const row = (field: string) =>
      stale.getByRole("row").filter({ has: editor.getByRole("rowheader", { name: field, exact: true }) });
    await expect(row("Action").getByRole("cell")).toHaveText([title, leadsTitle]);
    await expect(row("Timescale").getByRole("cell")).toHaveText([editorsTimescale, "July 2026"]);
    await expect(row("Owner").getByRole("cell")).toHaveText(["Tours working group", "—"]);
    // Only the fields that differ.
    await expect(stale.getByRole("row")).toHaveCount(4);
    // The editor's copy is still in the form.
    await expect(editor.getByLabel("Timescale")).toHaveValue(editorsTimescale);
    await expect(editor.getByLabel("Action", { exact: true })).toHaveValue(title);
    await expect(editor.getByRole("button", { name: "Save anyway" })).toBeVisible();
    expect(await axeViolations(editor)).toEqual([]);
  });

  await test.step("'Save anyway' saves the editor's copy", async () => {
    await editor.getByRole("button", { name: "Save anyway" }).click();
    await expect(editor.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(editor.getByRole("status")).toContainText("Action saved");
    await expect(editor.getByRole("main")).toContainText(editorsTimescale);
    // The plan is published, so both earlier states are kept as versions.
    await expect(editor.getByRole("heading", { level: 2, name: "Earlier versions" })).toBeVisible();
    await expect(editor.getByText(/^Version \d+, replaced on /)).toHaveCount(2);
  });
});

test("the 2024–27 plan carries an action forward into the draft, linked both ways", async ({
  page,
  resumeSession,
}) => {
  const title = unique("Technician apprenticeships in every department");
  await resumeSession("lead@lstm.demo");
  await openPlan(page, PLAN_2024);
  await addAction(page, title, "Career Development");
  const original = page.url().replace(/\?.*$/, "");

  await test.step("carries it into the draft with the keyboard", async () => {
    await tabTo(page, page.getByRole("link", { name: "Carry forward" }));
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1, name: "Carry the action forward" })).toBeVisible();
    const target = page.getByRole("group", { name: "Into which plan?" }).getByRole("radio", { name: DRAFT });
    await tabTo(page, target);
    await page.keyboard.press("Space");
    await expect(target).toBeChecked();
    await tabTo(page, page.getByRole("button", { name: "Carry forward" }));
    await page.keyboard.press("Enter");
  });

  await test.step("the copy is in the draft and links back", async () => {
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(page.getByRole("status")).toContainText("Action carried forward");
    await expect(
      page.getByText(new RegExp(`^CAREER DEVELOPMENT \\d+ – ${DRAFT.replace(/[()]/g, "\\$&")}$`)),
    ).toBeVisible();
    const from = page.getByRole("listitem").filter({ hasText: "Carried forward from" });
    await expect(from).toContainText(PLAN_2024);
    await expect(from.getByRole("link", { name: title })).toHaveAttribute("href", new URL(original).pathname);
    await expect(page.getByText("Not rated yet.")).toBeVisible();
  });

  await test.step("the draft lists it, and the original names where it went", async () => {
    await page.getByRole("link", { name: `Back to ${DRAFT}` }).click();
    await expect(page.getByRole("heading", { level: 1, name: DRAFT })).toBeVisible();
    await expect(
      page.getByRole("region", { name: "Career Development" }).getByRole("link", { name: title }),
    ).toBeVisible();

    await page.goto(original);
    const to = page.getByRole("listitem").filter({ hasText: "Carried forward to" });
    await expect(to).toContainText(DRAFT);
    // Already in the only later draft: carrying forward is offered no more.
    await expect(page.getByRole("link", { name: "Carry forward" })).toHaveCount(0);
    await page.goto(`${original}/carry-forward`);
    await expect(
      page.getByText("It is already in every later plan that is not yet published."),
    ).toBeVisible();
    await expect(page.getByRole("radio")).toHaveCount(0);
  });
});

test("the lead approves, reopens and publishes a new plan; a stale click is refused; the public sees it", async ({
  page,
  newPage,
  resumeSession,
}) => {
  // Birmingham, not LSTM: a new plan would otherwise be offered as a carry target in the test above.
  const title = unique("Technical Academy Action Plan (status test)");
  await resumeSession("lead@birmingham.demo");
  await page.goto("/i/birmingham/plans/new");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Previous plan").selectOption({ label: "None: this is our first plan" });
  await page.getByRole("button", { name: "Start plan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const planUrl = page.url();

  const other = await newPage();
  await resumeSession("lead@birmingham.demo", other);
  await other.goto(planUrl);

  for (const [button, panel] of [
    ["Approve plan", "Plan approved"],
    ["Reopen as draft", "Plan reopened as a draft"],
    ["Approve plan", "Plan approved"],
  ] as const) {
    await page.getByRole("button", { name: button }).click();
    await expect(page.getByRole("status")).toContainText(panel);
  }

  await test.step("the second window's Approve is refused, and it then shows the plan as it is", async () => {
    await other.getByRole("button", { name: "Approve plan" }).click();
    await expect(other.getByRole("alert")).toContainText("The page now shows the plan as it is");
    await expect(other.getByRole("button", { name: "Publish plan" })).toBeVisible();
    await expect(other.getByRole("button", { name: "Approve plan" })).toHaveCount(0);
  });

  await page.getByRole("button", { name: "Publish plan" }).click();
  await expect(page.getByRole("status")).toContainText("Plan published");
  await expect(page.getByRole("button", { name: /plan|draft/ })).toHaveCount(0);

  const visitor = await newPage();
  await visitor.goto("/institutions/birmingham");
  await visitor.getByRole("link", { name: title }).click();
  await expect(visitor.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(visitor.getByText("Published", { exact: true })).toBeVisible();
});
