import { axeViolations, expect, test, unique } from "./fixtures";

/**
 * Issue 5's windows and deadlines: LSTM's lead sees the renewal window of 31 July 2027 (36 months
 * after the July 2024 renewal the demo records) and records an older past submission, which leaves
 * that window as it is; the central team sees an institution whose window has closed.
 */

const PDF = Buffer.from("%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF");

test("LSTM's lead sees the next window and days remaining, and records a past submission", async ({
  page,
  resumeSession,
}) => {
  await resumeSession("lead@lstm.demo");
  await page.goto("/i/lstm");
  const next = page.getByRole("region", { name: "Next submission" });
  await expect(next).toContainText("31 July 2027");
  await expect(next).toContainText(/\d+ days? remaining/);
  await expect(next).toContainText("Renewal: 36 months after the window of the submission of 26 July 2024");

  await next.getByRole("link", { name: "Past submissions" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Past submissions" })).toBeVisible();
  await expect(page.getByRole("table")).toContainText("Renewal");
  const note = unique("Stage 2 sent by email");
  await page.getByRole("radio", { name: "Stage 2" }).check();
  await page.getByLabel("Submitted on").fill("2021-07-20");
  await page
    .getByLabel("The submission as sent (optional)")
    .setInputFiles({ name: "stage-2-2021.pdf", mimeType: "application/pdf", buffer: PDF });
  await page.getByLabel("Note").fill(note);
  await page.getByRole("button", { name: "Record past submission" }).click();

  await expect(page.getByRole("status")).toContainText("The past submission was recorded.");
  const row = page.getByRole("row").filter({ hasText: note });
  await expect(row).toContainText("20 July 2021");
  await expect(row.getByRole("link", { name: "Download stage-2-2021.pdf" })).toBeVisible();
  // An older submission leaves the renewal counted from July 2024.
  await expect(page.getByRole("main")).toContainText("31 July 2027");
  expect(await axeViolations(page)).toEqual([]);
});

test("a missing date is refused with the rest kept", async ({ page, resumeSession }) => {
  await resumeSession("lead@lstm.demo");
  await page.goto("/i/lstm/submissions/history");
  await page.getByRole("radio", { name: "Stage 3" }).check();
  await page.getByRole("button", { name: "Record past submission" }).click();
  await expect(page.getByRole("alert")).toContainText("There is a problem");
  await expect(page.getByRole("link", { name: /Enter the date it was submitted/ })).toBeVisible();
  await expect(page.getByRole("radio", { name: "Stage 3" })).toBeChecked();
  expect(await axeViolations(page)).toEqual([]);
});

test("the central team sees overdue institutions first, with days overdue", async ({
  page,
  resumeSession,
}) => {
  await resumeSession("team@technician-commitment.demo");
  const name = unique("Overdue Institute");
  const slug = `overdue-${Date.now()}`;
  await page.goto("/central/institutions");
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Short name for web addresses").fill(slug);
  await page.getByLabel("Type", { exact: true }).selectOption("signatory");
  await page.getByLabel("Signed the Commitment").fill("2020-01-15");
  await page.getByRole("button", { name: "Add institution" }).click();
  await expect(page.getByText(`${name} added`)).toBeVisible();

  await page.getByRole("link", { name: "Deadlines" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Deadlines" })).toBeVisible();
  const overdue = page.getByRole("table", { name: /overdue/ });
  const row = overdue.getByRole("row").filter({ hasText: name });
  await expect(row).toContainText("31 January 2021");
  await expect(row).toContainText(/Overdue by \d+ days/);
  await expect(row).toContainText(
    "Initial submission: the first window ending at least 12 months after signing",
  );
  const upcoming = page.getByRole("table", { name: /to come/ });
  await expect(upcoming.getByRole("row").filter({ hasText: "Liverpool School" })).toContainText(
    "31 July 2027",
  );
  expect(await axeViolations(page)).toEqual([]);

  // On the older phase timetable (due in April), its first window moves to 30 April 2021.
  await row.getByRole("link", { name: `Change the months ${name}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Months the windows close in" })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole("checkbox", { name: "April" }).check();
  await page.getByRole("button", { name: "Save the months" }).click();
  await expect(page.getByRole("status")).toContainText(`The months for ${name} are saved`);
  await expect(
    page
      .getByRole("table", { name: /overdue/ })
      .getByRole("row")
      .filter({ hasText: name }),
  ).toContainText("30 April 2021");
});
