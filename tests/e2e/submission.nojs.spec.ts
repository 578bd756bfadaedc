import { expect, expectScriptsOff, test } from "./fixtures";

/**
 * A submission without JavaScript (project pglite-no-js), on Birmingham's unfinished draft for the
 * 31 January 2028 window: the answer is a Markdown textarea, "Add another group" posts the form
 * back with one more row and saves nothing, and two people saving one answer get the merge view.
 */

test.beforeEach(({ page }) => expectScriptsOff(page));

test("an answer written in the Markdown textarea; a second saver gets the merge view", async ({
  page,
  newPage,
  sessionFor,
  resumeSession,
}) => {
  await resumeSession("lead@birmingham.demo");
  // Through the list: other tests may start Birmingham submissions for later windows.
  await page.goto("/i/birmingham/submissions");
  await page.getByRole("link", { name: "Window closing 31 January 2028" }).click();
  await page.getByRole("link", { name: /^1\. / }).click();
  const answer = page.getByRole("textbox", { name: "Your answer" });
  await expect(answer).toBeVisible();

  // The editor (Priya) opens the same answer before the lead saves.
  const editor = await newPage({ javaScriptEnabled: false });
  await editor.context().addCookies((await sessionFor("editor@birmingham.demo")).cookies);
  await editor.goto(page.url());
  const theirs = editor.getByRole("textbox", { name: "Your answer" });
  await expect(theirs).toBeVisible();

  await answer.fill(
    "## Our technical staff\n\n- 400 technicians in 2024\n- Written without JavaScript by the lead.",
  );
  await page.getByLabel("No, I’ll come back to it later").check();
  await page.getByRole("button", { name: "Save and return" }).click();
  const row = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: /^1\. / }) });
  await expect(row.getByText("In progress")).toBeVisible();
  await expect(row.getByText(/Last changed by Dr Sam Okafor/)).toBeVisible();

  // The editor saves from the older version: nothing is overwritten, both texts are shown.
  await theirs.fill("Priya's own paragraph about the technical staff.");
  await editor.getByRole("button", { name: "Save and return" }).click();
  await expect(
    editor.getByRole("heading", { name: "Someone else saved this answer while you were editing it" }),
  ).toBeVisible();
  await expect(editor.getByText("Dr Sam Okafor saved this answer")).toBeVisible();
  await expect(editor.getByText("Written without JavaScript by the lead.").first()).toBeVisible();
  await expect(theirs).toHaveValue("Priya's own paragraph about the technical staff.");

  // Saving again after reading both is deliberate: it goes through.
  await theirs.fill("Priya's own paragraph, merged with the lead's list.\n\n- 400 technicians in 2024");
  await editor.getByRole("button", { name: "Save and return" }).click();
  await expect(editor.getByRole("heading", { level: 2, name: "Sections" })).toBeVisible();
  await expect(
    editor
      .getByRole("listitem")
      .filter({ has: editor.getByRole("link", { name: /^1\. / }) })
      .getByText(/Last changed by Priya Lal/),
  ).toBeVisible();
});

test("'Add another group' adds a row without saving; a reporting loop is refused with the input kept", async ({
  page,
  resumeSession,
}) => {
  await resumeSession("editor@birmingham.demo");
  // Through the list: other tests may start Birmingham submissions for later windows.
  await page.goto("/i/birmingham/submissions");
  await page.getByRole("link", { name: "Window closing 31 January 2028" }).click();
  const q2Row = () => page.getByRole("listitem").filter({ has: page.getByRole("link", { name: /^2\. / }) });
  await expect(q2Row().getByText("Not started")).toBeVisible();
  await page.getByRole("link", { name: /^2\. / }).click();
  // A group's legend carries its name once it has one ("Group 1: Steering group").
  const group = (n: number) => page.getByRole("group", { name: new RegExp(`^Group ${n}(:|$)`) });
  await group(1).getByLabel("Name of the group").fill("Steering group");
  await page.getByRole("button", { name: "Add another group" }).click();
  // The form comes back with a second row and what was typed; nothing was saved.
  await expect(group(1).getByLabel("Name of the group")).toHaveValue("Steering group");
  await group(2).getByLabel("Name of the group").fill("Operations group");
  await page.getByRole("button", { name: "Add another group" }).click();
  await group(1).getByLabel("Reports to (optional)").selectOption({ label: "Group 2: Operations group" });
  await group(2).getByLabel("Reports to (optional)").selectOption({ label: "Group 1: Steering group" });
  await page.getByRole("button", { name: "Save and return" }).click();
  await expect(page.getByRole("heading", { name: "There is a problem" })).toBeVisible();
  await expect(group(2).getByLabel("Name of the group")).toHaveValue("Operations group");

  // Break the loop: the operations group reports to the steering group only.
  await group(1).getByLabel("Reports to (optional)").selectOption({ index: 0 });
  await page.getByLabel("No, I’ll come back to it later").check();
  await page.getByRole("button", { name: "Save and return" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Sections" })).toBeVisible();
  await expect(q2Row().getByText("In progress")).toBeVisible();
});
