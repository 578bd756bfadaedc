import { expect, expectScriptsOff, test, unique } from "./fixtures";

/** The past-submission form with JavaScript off: multipart, a failed submit keeps what was typed. */

test.beforeEach(({ page }) => expectScriptsOff(page));

test("recording a past submission without JavaScript", async ({ page, resumeSession }) => {
  await resumeSession("lead@birmingham.demo");
  await page.goto("/i/birmingham/submissions/history");
  const note = unique("Stage 2 recorded without scripts");
  await page.getByLabel("Note").fill(note);
  await page.getByLabel("Submitted on").fill("2020-12-10");
  await page.getByRole("button", { name: "Record past submission" }).click();
  await expect(page.getByRole("alert")).toContainText("There is a problem");
  await expect(page.getByLabel("Note")).toHaveValue(note);
  await expect(page.getByLabel("Submitted on")).toHaveValue("2020-12-10");

  await page.getByRole("radio", { name: "Stage 2" }).check();
  await page.getByLabel("The submission as sent (optional)").setInputFiles({
    name: "stage-2.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("%PDF-1.7\n%%EOF"),
  });
  await page.getByRole("button", { name: "Record past submission" }).click();
  await expect(page.getByRole("status")).toContainText("The past submission was recorded.");
  await expect(page.getByRole("row").filter({ hasText: note })).toContainText("10 December 2020");
  // Birmingham's renewal still counts from its August 2024 Stage 3.
  await expect(page.getByRole("main")).toContainText("31 January 2028");
});
