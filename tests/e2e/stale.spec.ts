import { axeViolations, expect, test } from "./fixtures";

/**
 * Two people edit the same institution's details at once. The second save does not silently
 * overwrite the first: it shows both versions, keeps what the second person typed, and saves it
 * only when they confirm.
 */
test("a stale save shows both versions, keeps the typed value, and saves on confirmation", async ({
  page: lead,
  newPage,
  resumeSession,
}, testInfo) => {
  const stamp = `${testInfo.workerIndex}-${Date.now()}`;
  const leadsValue = `Lead's contact ${stamp}`;
  const teamsValue = `Team's contact ${stamp}`;
  const central = await newPage();

  await resumeSession("lead@birmingham.demo", lead);
  await resumeSession("team@technician-commitment.demo", central);
  for (const p of [lead, central]) {
    await p.goto("/i/birmingham/settings");
    await expect(p.getByRole("heading", { level: 1, name: "Change details" })).toBeVisible();
  }

  await test.step("the lead saves first", async () => {
    await lead.getByLabel("Public contact name").fill(leadsValue);
    await lead.getByRole("button", { name: "Save changes" }).click();
    await expect(lead).toHaveURL(/\/i\/birmingham$/);
    await expect(lead.getByRole("main")).toContainText(leadsValue);
  });

  await test.step("the central team saves second and is told", async () => {
    await central.getByLabel("Public contact name").fill(teamsValue);
    await central.getByRole("button", { name: "Save changes" }).click();
    await expect(
      central.getByRole("heading", { level: 2, name: "Someone else changed these details" }),
    ).toBeVisible();
    await expect(central).toHaveURL(/\/i\/birmingham\/settings$/);

    const table = central.getByRole("table", { name: "Someone else changed these details" });
    await expect(table.getByRole("columnheader")).toHaveText([
      "Field",
      "Your version",
      "Their saved version",
    ]);
    // Only the field that differs, with both versions side by side.
    await expect(table.getByRole("row")).toHaveCount(2);
    const row = table.getByRole("row", { name: /Public contact name/ });
    await expect(row.getByRole("rowheader")).toHaveText("Public contact name");
    await expect(row.getByRole("cell")).toHaveText([teamsValue, leadsValue]);

    await expect(central.getByLabel("Public contact name")).toHaveValue(teamsValue);
    await expect(central.getByRole("button", { name: "Save my version" })).toBeVisible();
    expect(await axeViolations(central)).toEqual([]);
  });

  await test.step("'Save my version' succeeds", async () => {
    await central.getByRole("button", { name: "Save my version" }).click();
    // The central team is not a member: it goes to the public page, which shows its version.
    await expect(central).toHaveURL(/\/institutions\/birmingham$/);
    await expect(central.getByRole("main")).toContainText(teamsValue);
    await expect(central.getByRole("main")).not.toContainText(leadsValue);

    await lead.reload();
    await expect(lead.getByRole("main")).toContainText(teamsValue);
  });
});
