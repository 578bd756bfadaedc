import type { Page } from "@playwright/test";
import { expect, expectScriptsOff, test, unique } from "./fixtures";

/**
 * The plan forms with JavaScript switched off (project pglite-no-js): each posts to the server,
 * a failed submit comes back with the error summary and everything typed (ticked boxes and marker
 * groups included), and a successful one redirects. Actions go under Visibility of LSTM's
 * 2024–27 plan, which plans.spec.ts leaves alone.
 */

const PLAN_2024 = "LSTM Technician Commitment Action Plan 2024–2027";

test.beforeEach(({ page }) => expectScriptsOff(page));

async function openAddAction(page: Page) {
  await page.goto("/i/lstm/plans");
  await page.getByRole("link", { name: PLAN_2024, exact: true }).click();
  await page.getByRole("link", { name: "Add an action" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Add an action" })).toBeVisible();
}

test("add an action: a failed submit keeps every answer and links each error to its field", async ({
  page,
  resumeSession,
}) => {
  const title = unique("Technician profiles in departmental newsletters");
  await resumeSession("lead@lstm.demo");
  await openAddAction(page);

  const marker1 = page.getByRole("group", { name: "Marker of success 1" });
  const marker2 = page.getByRole("group", { name: "Marker of success 2" });
  await test.step("submits with no main pillar and a target that is not a number", async () => {
    await page.getByLabel("Action", { exact: true }).fill(title);
    await page.getByRole("group", { name: "Pillars" }).getByLabel("Visibility").check();
    await page.getByRole("group", { name: "Pillars" }).getByLabel("Recognition").check();
    await page.getByLabel("Planned outcomes").fill("Every department\nEvery issue");
    // The first group left blank: it is dropped, and the second group's error stays with it.
    await marker2.getByLabel("What will show success").fill("Departments with a profile in the newsletter");
    await marker2.getByLabel("Comparison").selectOption({ label: "at least" });
    await marker2.getByLabel("Target figure").fill("all of them");
    await marker2.getByLabel("Unit").fill("departments");
    await marker2.getByLabel("Reached by").fill("2026-07-31");
    await page.getByLabel("Timescale").fill("July 2026");
    await page.getByRole("button", { name: "Add action" }).click();
  });

  await test.step("the error summary links to the fields, and the answers are kept", async () => {
    const summary = page.getByRole("alert");
    await expect(summary.getByRole("heading", { name: "There is a problem" })).toBeVisible();
    await expect(summary.getByRole("link")).toHaveText(["Choose a pillar.", "Enter the target as a number."]);
    await expect(summary.getByRole("link", { name: "Enter the target as a number." })).toHaveAttribute(
      "href",
      "#field-markers.1.target.value",
    );
    await expect(marker2.getByLabel("Target figure")).toHaveAccessibleDescription(
      "Error: Enter the target as a number.",
    );
    await expect(page.getByLabel("Action", { exact: true })).toHaveValue(title);
    const pillars = page.getByRole("group", { name: "Pillars" });
    await expect(pillars.getByLabel("Visibility")).toBeChecked();
    await expect(pillars.getByLabel("Recognition")).toBeChecked();
    await expect(pillars.getByLabel("Sustainability")).not.toBeChecked();
    await expect(page.getByLabel("Planned outcomes")).toHaveValue("Every department\nEvery issue");
    await expect(marker1.getByLabel("What will show success")).toHaveValue("");
    await expect(marker2.getByLabel("What will show success")).toHaveValue(
      "Departments with a profile in the newsletter",
    );
    await expect(marker2.getByLabel("Target figure")).toHaveValue("all of them");
    await expect(marker2.getByLabel("Reached by")).toHaveValue("2026-07-31");
    await expect(page.getByLabel("Timescale")).toHaveValue("July 2026");
  });

  await test.step("the corrected form adds the action", async () => {
    await page.getByRole("group", { name: "Main pillar" }).getByLabel("Visibility").check();
    await marker2.getByLabel("Target figure").fill("12");
    await page.getByRole("button", { name: "Add action" }).click();
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(page.getByRole("status")).toContainText("Action added");
    await expect(page.getByText(/^VISIBILITY \d+ – /)).toBeVisible();
    await expect(page.getByText("Target: ≥ 12 departments by 31 July 2026")).toBeVisible();
    await expect(page.getByRole("listitem").filter({ hasText: "Every issue" })).toBeVisible();
  });
});

test("rate an action: a red rating without commentary is refused with the input kept, then recorded", async ({
  page,
  resumeSession,
}) => {
  const title = unique("Technician stories on the intranet");
  await resumeSession("editor@lstm.demo");
  await openAddAction(page);
  await page.getByLabel("Action", { exact: true }).fill(title);
  await page.getByRole("group", { name: "Pillars" }).getByLabel("Visibility").check();
  await page.getByRole("group", { name: "Main pillar" }).getByLabel("Visibility").check();
  await page.getByRole("button", { name: "Add action" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();

  await page.getByRole("link", { name: "Rate this action" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Rate the action" })).toBeVisible();
  const evidence = page.getByRole("group", { name: "Evidence link 2" });

  await test.step("No Progress without a commentary is refused", async () => {
    await page.getByRole("radio", { name: "No Progress (red)" }).check();
    await page.getByLabel("Qualifier (optional)").fill("; waiting for the intranet move");
    await evidence.getByLabel("Title").fill("Intranet project plan");
    await evidence.getByLabel("Web address").fill("https://example.org/lstm/intranet-plan");
    await page.getByRole("button", { name: "Record rating" }).click();
    const summary = page.getByRole("alert");
    await expect(summary.getByRole("link")).toHaveText([
      "Explain why the action is rated red: what is holding it up and what happens next.",
    ]);
    await expect(page.getByRole("radio", { name: "No Progress (red)" })).toBeChecked();
    await expect(page.getByLabel("Qualifier (optional)")).toHaveValue("; waiting for the intranet move");
    await expect(evidence.getByLabel("Web address")).toHaveValue("https://example.org/lstm/intranet-plan");
  });

  await test.step("with a commentary it is recorded and shown in the timeline", async () => {
    await page.getByLabel("Commentary").fill("The intranet moves in spring; stories are drafted.");
    await page.getByRole("button", { name: "Record rating" }).click();
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(page.getByRole("status")).toContainText("Rating recorded");
    const entry = page.getByRole("listitem").filter({ hasText: "The intranet moves in spring" });
    await expect(entry.getByRole("heading", { level: 3 })).toContainText("No Progress (red)");
    await expect(entry).toContainText("; waiting for the intranet move");
    await expect(entry.getByRole("link", { name: "Intranet project plan" })).toHaveAttribute(
      "href",
      "https://example.org/lstm/intranet-plan",
    );
    await expect(entry).toContainText("Recorded by Morgan Reyes");
  });
});

test("start a plan: show the previous plan's actions, tick one to carry forward, and start it", async ({
  page,
  resumeSession,
}) => {
  const title = unique("Technical Academy Action Plan (no-JS test)");
  await resumeSession("lead@birmingham.demo");
  await page.goto("/i/birmingham/plans");
  await page.getByRole("link", { name: "Start a plan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Start a plan" })).toBeVisible();

  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Our aim for Recognition").fill("Credit technicians in every paper.");
  await page
    .getByLabel("Previous plan")
    .selectOption({ label: "Technical Academy Action Plan 2024–2027 (Published, 1 October 2024)" });
  await page.getByRole("button", { name: "Show its actions" }).click();

  const carry = page.getByRole("group", {
    name: /^Actions to carry forward from Technical Academy Action Plan 2024–2027/,
  });
  await test.step("the actions are listed and nothing typed is lost", async () => {
    await expect(carry).toBeVisible();
    await expect(page.getByLabel("Title")).toHaveValue(title);
    await expect(page.getByLabel("Our aim for Recognition")).toHaveValue(
      "Credit technicians in every paper.",
    );
    await expect(page.getByRole("radio", { name: "Five-point RAG" })).toBeChecked();
  });

  // Labelled "V1 Increase internal communications …": the number, then the title.
  const chosenLabel = (await carry.locator("label").first().textContent()) ?? "";
  await carry.getByRole("checkbox").first().check();
  await page.getByRole("button", { name: "Start plan" }).click();

  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByText("Draft", { exact: true })).toBeVisible();
  // The ticked action is in the new plan, under its own number.
  const actionTitle = chosenLabel.replace(/^\S+\s/, "");
  expect(actionTitle).not.toBe("");
  await expect(page.getByRole("link", { name: actionTitle })).toBeVisible();
  await expect(page.getByText("Our aim").first()).toBeVisible();
  await expect(page.getByText("Credit technicians in every paper.")).toBeVisible();
});
