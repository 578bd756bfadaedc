import type { Page } from "@playwright/test";
import { expect, unique } from "./fixtures";

/** A new Birmingham count indicator with one figure for 2023, made through the pages; its page stays open. */
export async function indicatorWithFigure(page: Page, value = "10") {
  const name = unique("e2e workforce");
  await page.goto("/i/birmingham/figures/new");
  await page.getByRole("textbox", { name: "Name" }).fill(name);
  await page.getByRole("textbox", { name: "Category" }).fill("workforce");
  await page.getByRole("button", { name: "Add indicator" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await page.getByRole("textbox", { name: "Period", exact: true }).fill("2023");
  await page.getByRole("textbox", { name: "Value", exact: true }).fill(value);
  await page.getByRole("button", { name: "Add figure" }).click();
  await expect(page.getByRole("status")).toContainText("Figure added");
  return name;
}
