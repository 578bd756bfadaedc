import type { Page } from "@playwright/test";
import { axeViolations, expect, test, unique } from "./fixtures";

/**
 * Issue 4's evidence pages as editor@birmingham.demo. Every test makes its own items with unique
 * titles (other tests share the demo database), and finds them again by those titles.
 */

test.describe.configure({ timeout: 90_000 });

const KINDS = {
  link: "Link",
  document: "Document",
  file: "File",
  testimonial: "Testimonial",
  event: "Event",
  "case-study": "Case study",
} as const;

/** Opens the add form for one kind, through the library and the kind question. */
async function startAdding(page: Page, kind: keyof typeof KINDS) {
  await page.goto("/i/birmingham/evidence");
  await page.getByRole("link", { name: "Add evidence" }).click();
  await page.getByRole("radio", { name: KINDS[kind], exact: true }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(new RegExp(`kind=${kind}`));
}

async function addLink(page: Page, title: string) {
  await startAdding(page, "link");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Web address").fill("https://www.birmingham.ac.uk/news/technicians");
  await page.getByLabel("Date (optional)").fill("2024-06-14");
  await page.getByRole("checkbox", { name: "Visibility" }).check();
  await page.getByRole("button", { name: "Add evidence" }).click();
  await expect(page.getByRole("status")).toContainText("Evidence added");
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
}

async function addCaseStudy(page: Page, title: string) {
  await startAdding(page, "case-study");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Whose journey it is").fill("A technician in chemistry");
  await page.getByLabel("Their role at the start").fill("Apprentice technician");
  await page.getByLabel("Their role now").fill("Senior technician");
  await page.getByRole("checkbox", { name: "They have given consent for their story to be shared" }).check();
  await page.getByLabel("Date consent was given").fill("2024-05-01");
  await page.getByLabel("What they agreed to (optional)").fill("The annual report");
  await page.getByRole("button", { name: "Add evidence" }).click();
  await expect(page.getByRole("status")).toContainText("Evidence added");
  await expect(page.getByRole("main").getByText("Consent given", { exact: true }).first()).toBeVisible();
}

/** Birmingham's current plan's first action, read from the pages. */
async function firstAction(page: Page) {
  await page.goto("/i/birmingham/plans");
  await page.getByRole("row").filter({ hasText: "Current" }).getByRole("link").click();
  await expect(page).toHaveURL(/\/plans\/[0-9a-f-]{36}$/);
  // An action's own link (a cell may also link to a figure or an earlier plan's action).
  const link = page.getByRole("main").getByRole("cell").locator('a[href*="/actions/"]').first();
  const href = (await link.getAttribute("href")) ?? "";
  return { path: href, id: href.split("/").pop()!, title: ((await link.textContent()) ?? "").trim() };
}

test("an editor adds a news story and a case study, links both to an action and sees the links both ways", async ({
  page,
  resumeSession,
}) => {
  await resumeSession("editor@birmingham.demo");
  const story = unique("Technicians in the news");
  const caseStudy = unique("From apprentice to senior technician");
  const action = await firstAction(page);

  await test.step("the news story, linked from its own page", async () => {
    await addLink(page, story);
    await page.getByLabel("Link to").selectOption({ value: `action:${action.id}` });
    await page.getByRole("button", { name: "Add link" }).click();
    await expect(page.getByRole("status")).toContainText("Link added");
    const links = page.getByRole("region", { name: "Linked to" });
    await expect(links.getByRole("link", { name: action.title })).toHaveAttribute("href", action.path);
    expect(await axeViolations(page)).toEqual([]);
  });

  await test.step("the case study, linked from the action page", async () => {
    await addCaseStudy(page, caseStudy);
    await page.goto(action.path);
    const section = page.getByRole("region", { name: "Evidence" });
    await section
      .getByLabel("Evidence from the library")
      .selectOption({ label: `${caseStudy} (Case study)` });
    await section.getByRole("button", { name: "Link evidence" }).click();
    await expect(page).toHaveURL(new RegExp(`${action.path}\\?evidence=linked`));
    await expect(section.getByRole("status")).toContainText("Evidence linked");
    await expect(section.getByRole("link", { name: story })).toBeVisible();
    await expect(section.getByRole("link", { name: caseStudy })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });

  await test.step("the case study's page links back to the action", async () => {
    await page.getByRole("region", { name: "Evidence" }).getByRole("link", { name: caseStudy }).click();
    await expect(page.getByRole("heading", { level: 1, name: caseStudy })).toBeVisible();
    await expect(
      page.getByRole("region", { name: "Linked to" }).getByRole("link", { name: action.title }),
    ).toBeVisible();
  });
});

const PDF = Buffer.from(
  "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n",
);

test("a PDF is uploaded and downloads as an attachment that cannot be sniffed", async ({
  page,
  resumeSession,
}) => {
  await resumeSession("editor@birmingham.demo");
  const title = unique("Technician survey results");
  await startAdding(page, "file");
  await page.getByLabel("Title").fill(title);
  await page
    .getByLabel("File", { exact: true })
    .setInputFiles({ name: "Survey résumé.pdf", mimeType: "application/pdf", buffer: PDF });
  await page.getByRole("button", { name: "Add evidence" }).click();
  await expect(page.getByRole("status")).toContainText("Evidence added");

  const download = page.getByRole("link", { name: "Download Survey résumé.pdf" });
  const response = await page.request.get((await download.getAttribute("href")) ?? "");
  expect(response.status()).toBe(200);
  const headers = response.headers();
  expect(headers["content-type"]).toBe("application/pdf");
  expect(headers["content-disposition"]).toMatch(/^attachment;/);
  expect(headers["content-disposition"]).toContain("filename*=UTF-8''Survey%20r%C3%A9sum%C3%A9.pdf");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["content-security-policy"]).toBe("sandbox; default-src 'none'");
  expect(headers["cache-control"]).toBe("private, no-store");
  expect(Buffer.from(await response.body()).equals(PDF)).toBe(true);

  // Someone outside the institution is told it does not exist.
  const outsider = await page.context().browser()!.newContext({ baseURL: test.info().project.use.baseURL });
  const anonymous = await outsider.request.get((await download.getAttribute("href")) ?? "", {
    maxRedirects: 0,
  });
  expect(anonymous.status()).toBe(302);
  expect(anonymous.headers().location).toMatch(/^\/sign-in/);
  await outsider.close();
});

test("an oversized file and a web page named .pdf are refused, keep the title and add nothing", async ({
  page,
  resumeSession,
}) => {
  await resumeSession("editor@birmingham.demo");
  const title = unique("Refused upload");
  await startAdding(page, "file");
  await page.getByLabel("Title").fill(title);

  await test.step("more than 10 MB", async () => {
    const big = Buffer.alloc(11 * 1024 * 1024, 0x20);
    PDF.copy(big);
    await page
      .getByLabel("File", { exact: true })
      .setInputFiles({ name: "big.pdf", mimeType: "application/pdf", buffer: big });
    await page.getByRole("button", { name: "Add evidence" }).click();
    await expect(page.getByRole("alert")).toContainText("There is a problem");
    await expect(page.getByRole("link", { name: /larger than 10 MB/ })).toBeVisible();
    await expect(page.getByRole("alert")).toContainText("choose the file again");
    await expect(page.getByLabel("Title")).toHaveValue(title);
    expect(await axeViolations(page)).toEqual([]);
  });

  await test.step("HTML named .pdf", async () => {
    await page.getByLabel("File", { exact: true }).setInputFiles({
      name: "report.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from("<!doctype html><html><script>alert(1)</script></html>"),
    });
    await page.getByRole("button", { name: "Add evidence" }).click();
    await expect(page.getByRole("link", { name: /Web pages and other markup/ })).toBeVisible();
    await expect(page.getByLabel("Title")).toHaveValue(title);
  });

  await page.goto(`/i/birmingham/evidence?q=${encodeURIComponent(title)}`);
  await expect(page.getByText("No evidence matches these filters.")).toBeVisible();
});

test("the library filters by kind and by pillar, and keeps the filters", async ({ page, resumeSession }) => {
  await resumeSession("editor@birmingham.demo");
  const word = unique("Filterable").replace(/ /g, "-");
  const testimonial = `${word} testimonial`;
  const document = `${word} document`;

  await startAdding(page, "testimonial");
  await page.getByLabel("Title").fill(testimonial);
  await page.getByLabel("What they said").fill("The showcase made our work visible.");
  await page.getByLabel("Who said it").fill("A lab manager");
  await page.getByRole("checkbox", { name: "Recognition" }).check();
  await page.getByRole("button", { name: "Add evidence" }).click();
  await expect(page.getByRole("status")).toContainText("Evidence added");

  await startAdding(page, "document");
  await page.getByLabel("Title").fill(document);
  await page.getByLabel("Where the document is held").fill("HR, on request");
  await page.getByRole("button", { name: "Add evidence" }).click();
  await expect(page.getByRole("status")).toContainText("Evidence added");

  await page.goto("/i/birmingham/evidence");
  const results = page.getByRole("list", { name: /evidence/i });
  await page.getByLabel("Words in the title or description").fill(word);
  await page.getByLabel("Kind").selectOption({ label: "Testimonial" });
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(results.getByRole("link", { name: testimonial })).toBeVisible();
  await expect(results.getByRole("link", { name: document })).toHaveCount(0);
  await expect(page.getByLabel("Kind")).toHaveValue("testimonial");
  await expect(page.getByLabel("Words in the title or description")).toHaveValue(word);

  await page.getByLabel("Kind").selectOption({ label: "All kinds" });
  await page.getByLabel("Pillar").selectOption({ label: "Recognition" });
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(results.getByRole("link", { name: testimonial })).toBeVisible();
  await expect(results.getByRole("link", { name: document })).toHaveCount(0);
  await expect(page.getByLabel("Pillar")).toHaveValue("recognition");

  await page.getByLabel("Pillar").selectOption({ label: "All pillars" });
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(results.getByRole("link", { name: testimonial })).toBeVisible();
  await expect(results.getByRole("link", { name: document })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test("withdrawing a case study's consent makes it not shareable", async ({ page, resumeSession }) => {
  await resumeSession("editor@birmingham.demo");
  const title = unique("Case study to withdraw");
  await addCaseStudy(page, title);
  const main = page.getByRole("main");
  await expect(main.getByText("Not shareable", { exact: true })).toHaveCount(0);

  await page.getByRole("radio", { name: "Consent withdrawn" }).check();
  await page.getByLabel("Date", { exact: true }).fill("2024-07-01");
  await page.getByLabel("Note (optional)").fill("By email to the technician lead");
  await page.getByRole("button", { name: "Record consent" }).click();
  await expect(page.getByRole("status")).toContainText("Consent recorded");
  await expect(main.getByText("Not shareable", { exact: true })).toBeVisible();
  const record = page.getByRole("table", { name: "Consent record" });
  await expect(record.getByRole("row")).toHaveCount(3);
  await expect(record).toContainText("By email to the technician lead");
  expect(await axeViolations(page)).toEqual([]);

  await page.goto(`/i/birmingham/evidence?q=${encodeURIComponent(title)}`);
  const item = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: title }) });
  await expect(item).toContainText("Consent withdrawn");
  await expect(item).toContainText("Not shareable");
});

test("a stale edit shows both versions and saves on confirmation; deleting asks first", async ({
  page: editor,
  newPage,
  resumeSession,
}) => {
  const lead = await newPage();
  await resumeSession("editor@birmingham.demo", editor);
  await resumeSession("lead@birmingham.demo", lead);
  const title = unique("Publication policy");
  await startAdding(editor, "document");
  await editor.getByLabel("Title").fill(title);
  await editor.getByLabel("Where the document is held").fill("Library services");
  await editor.getByRole("button", { name: "Add evidence" }).click();
  await expect(editor.getByRole("status")).toContainText("Evidence added");
  const itemUrl = editor.url().split("?")[0]!;

  for (const p of [editor, lead]) {
    await p.goto(itemUrl);
    await p.getByRole("link", { name: "Change evidence" }).click();
    await expect(p.getByRole("heading", { level: 1, name: "Change evidence" })).toBeVisible();
  }
  await lead.getByLabel("Where the document is held").fill("The research office");
  await lead.getByRole("button", { name: "Save changes" }).click();
  await expect(lead.getByRole("status")).toContainText("Evidence changed");

  await editor.getByLabel("Where the document is held").fill("The HR office");
  await editor.getByRole("button", { name: "Save changes" }).click();
  const table = editor.getByRole("table", { name: "Someone else changed this evidence" });
  await expect(table.getByRole("row", { name: /Where the document is held/ }).getByRole("cell")).toHaveText([
    "The HR office",
    "The research office",
  ]);
  await expect(editor.getByLabel("Where the document is held")).toHaveValue("The HR office");
  expect(await axeViolations(editor)).toEqual([]);
  await editor.getByRole("button", { name: "Save my version" }).click();
  await expect(editor.getByRole("status")).toContainText("Evidence changed");
  await expect(editor.getByRole("main")).toContainText("The HR office");

  await editor.getByRole("link", { name: "Delete evidence" }).click();
  await expect(editor.getByRole("heading", { level: 1, name: `Delete ${title}?` })).toBeVisible();
  await editor.getByRole("button", { name: "Delete evidence" }).click();
  await expect(editor.getByRole("status")).toContainText("Evidence deleted");
  expect((await editor.goto(itemUrl))?.status()).toBe(404);
});

test("a filter that makes no sense in the address is shown on the form, with the library below", async ({
  page,
  resumeSession,
}) => {
  await resumeSession("editor@birmingham.demo");
  const response = await page.goto("/i/birmingham/evidence?kind=poster&year=soon");
  expect(response?.status()).toBe(200);
  const summary = page.getByRole("alert");
  await expect(summary).toContainText("Choose a kind from the list.");
  await expect(summary).toContainText("Enter a year such as 2024.");
  await expect(page.getByRole("link", { name: "Technical Academy annual report 2023" })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});
