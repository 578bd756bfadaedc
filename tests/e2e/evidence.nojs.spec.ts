import { expect, expectScriptsOff, test, unique } from "./fixtures";

/**
 * The evidence forms with JavaScript switched off (project pglite-no-js): the kind question is a
 * GET form, "Add another session" posts the form back with one more row, a failed submit keeps
 * everything typed, and a successful one redirects to the new item.
 */

test.beforeEach(({ page }) => expectScriptsOff(page));

test("an event with four sessions, one added with 'Add another session'", async ({ page, resumeSession }) => {
  await resumeSession("editor@birmingham.demo");
  const title = unique("Technician appreciation day");
  await page.goto("/i/birmingham/evidence/new");
  await page.getByRole("radio", { name: "Event", exact: true }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Add an event" })).toBeVisible();

  await page.getByLabel("Title").fill(title);
  await page.getByRole("radio", { name: "Appreciation day" }).check();
  await page.getByLabel("First day").fill("2024-03-22");
  await page.getByLabel("Attendance (optional)").fill("180");
  await page.getByRole("checkbox", { name: "Recognition" }).check();
  const sessions = [
    ["Welcome", "The Vice-Chancellor"],
    ["Lab tours", "Technical Academy"],
    ["Awards", "Head of Technical Services"],
    ["Closing remarks", "Technician lead"],
  ];
  for (const [n, [name, by]] of sessions.slice(0, 3).entries()) {
    const group = page.getByRole("group", { name: `Session ${n + 1}` });
    await group.getByLabel("Session").fill(name!);
    await group.getByLabel("Run by (optional)").fill(by!);
  }
  await expect(page.getByRole("group", { name: "Session 4" })).toHaveCount(0);
  await page.getByRole("button", { name: "Add another session" }).click();

  // The same form back, unsaved, everything kept and a fourth row.
  await expect(page.getByLabel("Title")).toHaveValue(title);
  await expect(page.getByRole("radio", { name: "Appreciation day" })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "Recognition" })).toBeChecked();
  await expect(page.getByRole("group", { name: "Session 3" }).getByLabel("Session")).toHaveValue("Awards");
  const fourth = page.getByRole("group", { name: "Session 4" });
  await fourth.getByLabel("Session").fill(sessions[3]![0]!);
  await fourth.getByLabel("Run by (optional)").fill(sessions[3]![1]!);
  // Enter in a field saves, as in any form: not "Add another session", which comes first.
  await fourth.getByLabel("Run by (optional)").press("Enter");

  await expect(page.getByRole("status")).toContainText("Evidence added");
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  for (const [name, by] of sessions) await expect(page.getByText(`${name}, run by ${by}`)).toBeVisible();
  await expect(page.getByRole("main")).toContainText("Appreciation day");
});

test("a testimonial: a missing answer keeps what was typed, then it is added", async ({
  page,
  resumeSession,
}) => {
  await resumeSession("editor@birmingham.demo");
  const title = unique("What the showcase meant");
  await page.goto("/i/birmingham/evidence/new?kind=testimonial");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("What they said").fill("For the first time our work was on the big screen.");
  await page.getByLabel("Their role (optional)").fill("Research technician");
  await page.getByRole("checkbox", { name: "Visibility" }).check();
  await page.getByRole("button", { name: "Add evidence" }).click();

  await expect(page.getByRole("alert")).toContainText("There is a problem");
  const error = page.getByRole("link", { name: "Say who said it." });
  await expect(error).toHaveAttribute("href", "#field-who");
  await expect(page.getByLabel("Title")).toHaveValue(title);
  await expect(page.getByLabel("What they said")).toHaveValue(
    "For the first time our work was on the big screen.",
  );
  await expect(page.getByLabel("Their role (optional)")).toHaveValue("Research technician");
  await expect(page.getByRole("checkbox", { name: "Visibility" })).toBeChecked();

  await page.getByLabel("Who said it").fill("Sam Patel");
  await page.getByRole("button", { name: "Add evidence" }).click();
  await expect(page.getByRole("status")).toContainText("Evidence added");
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole("main")).toContainText("Sam Patel");
});
