import { axeViolations, expect, test } from "./fixtures";

/** A short check that runs on both engines: PGlite (project pglite) and PostgreSQL (postgresql-smoke). */

const expectedDatabase = (projectName: string) =>
  projectName.startsWith("postgresql") ? "postgresql" : "pglite";

test("/healthz answers ok on the expected database", async ({ request }, testInfo) => {
  const response = await request.get("/healthz");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toMatch(/^application\/json/);
  const body = await response.json();
  expect(body).toMatchObject({ status: "ok", database: expectedDatabase(testInfo.project.name) });
});

test("sign in, create a token and use it on the API", async ({ page, signIn, request }, testInfo) => {
  await signIn("lead@lstm.demo");
  await expect(page.getByRole("heading", { level: 1, name: "Your institutions" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Liverpool School of Tropical Medicine" })).toBeVisible();

  await page.getByRole("link", { name: "Your account" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
  await page.getByLabel("Token name").fill(`smoke ${testInfo.project.name} ${Date.now()}`);
  await page.getByRole("button", { name: "Create token" }).click();
  const token = (await page.getByTestId("new-token").textContent())?.trim() ?? "";
  expect(token).toMatch(/^chub_/);

  const response = await request.get("/api/v1/institutions", {
    headers: { Authorization: `Bearer ${token}` },
  });
  expect(response.status()).toBe(200);
  const { items } = (await response.json()) as { items: { slug: string }[] };
  expect(items.map((i) => i.slug)).toContain("lstm");

  const me = await request.get("/api/v1/me", { headers: { Authorization: `Bearer ${token}` } });
  expect(me.status()).toBe(200);
  expect(await me.json()).toMatchObject({
    email: "lead@lstm.demo",
    memberships: [{ slug: "lstm", role: "lead" }],
  });
});

test("/api/v1/openapi.json is OpenAPI 3.1.0", async ({ request }) => {
  const response = await request.get("/api/v1/openapi.json");
  expect(response.status()).toBe(200);
  const document = JSON.parse(await response.text());
  expect(document.openapi).toBe("3.1.0");
  expect(document.paths).toHaveProperty(["/api/v1/institutions"]);
});

test("the evidence library and an item pass axe, and a demo file downloads as an attachment", async ({
  page,
  resumeSession,
}) => {
  await resumeSession("editor@lstm.demo");
  await page.goto("/i/lstm/evidence");
  await expect(page.getByRole("heading", { level: 1, name: "Evidence" })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole("link", { name: "Discovery sessions poster 2022" }).click();
  expect(await axeViolations(page)).toEqual([]);
  const href = await page.getByRole("link", { name: /Download/ }).getAttribute("href");
  const response = await page.request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-disposition"]).toMatch(/^attachment;/);
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  expect((await response.body()).subarray(0, 5).toString()).toBe("%PDF-");
});

test("a submission: start, answer, check, freeze, and the signed 2024 version reads intact", async ({
  page,
  resumeSession,
}) => {
  test.setTimeout(60_000);
  await resumeSession("lead@birmingham.demo");
  await page.goto("/i/birmingham/submissions");
  await page.getByRole("link", { name: "Window closing 31 January 2025" }).click();
  await page.getByRole("link", { name: "Version 1", exact: true }).click();
  await expect(page.getByText("The content matches its fingerprint")).toBeVisible();
  await expect(
    page.getByText(/Signatory \(leader of the institution\): Professor Martin Hale/),
  ).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  await page.goto("/i/birmingham/submissions");
  await page.getByLabel("Window closing date").fill("2031-01-31");
  await page.getByRole("radio", { name: "Renewal self-assessment" }).check();
  await page.getByRole("button", { name: "Start the submission" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /for 31 January 2031/ })).toBeVisible();
  await page.getByRole("link", { name: /^1\. / }).click();
  const answer = page.getByRole("textbox", { name: "Your answer" });
  await answer.click();
  await page.keyboard.type("About 400 technicians work across the University.");
  await page.getByRole("button", { name: "Save and return" }).click();
  const row = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: /^1\. / }) });
  await expect(row.getByText("In progress")).toBeVisible();
  await page.getByRole("link", { name: "Check readiness" }).click();
  await expect(page.getByRole("heading", { name: /^Must be fixed/ })).toBeVisible();
  await page.getByRole("link", { name: "Back to the submission" }).click();
  await page.getByRole("button", { name: "Freeze for sign-off" }).click();
  await expect(page.getByText("Version 1 is ready for sign-off")).toBeVisible();
});
