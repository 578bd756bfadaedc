import { indicatorWithFigure } from "./figure-helpers";
import { expect, test } from "./fixtures";

/** Changing and deleting a figure are plain links and forms: they work with JavaScript off. */
test("without JavaScript, an editor changes a figure and deletes it after confirming", async ({
  page,
  resumeSession,
}) => {
  await resumeSession("editor@birmingham.demo");
  await indicatorWithFigure(page, "7");
  await page.getByRole("link", { name: "Change the figure for 2023" }).click();
  await page.getByRole("textbox", { name: "Value", exact: true }).fill("8");
  await page.getByRole("button", { name: "Save figure" }).click();
  await expect(page.getByRole("status")).toContainText("Figure changed");
  await page.getByRole("link", { name: "Delete the figure for 2023" }).click();
  await page.getByRole("button", { name: "Delete figure" }).click();
  await expect(page.getByRole("status")).toContainText("Figure deleted");
  await expect(page.getByText("No figures yet.")).toBeVisible();
});
