import { axeViolations, expect, test } from "./fixtures";

/**
 * Issue 5's done-when, as one walk: LSTM's lead opens the draft renewal for the 31 July 2027 window,
 * writes an answer in the rich editor (autosaved, then saved), finds the RAG analysis filled from the
 * 2024–27 plan, answers TALENT (fixing the duplicate the readiness check flags), runs the readiness
 * check, freezes; the signatory and the lead sign with their own accounts; an edit then makes
 * version 2 and version 1 stays readable; the institution home shows the next window.
 * (The same walk without JavaScript is in submission.nojs.spec.ts, on Birmingham's draft.)
 */
test("the lead writes, checks, freezes; two people sign; an edit makes version 2", async ({
  page,
  signIn,
  newPage,
  sessionFor,
}) => {
  test.setTimeout(120_000);
  await signIn("lead@lstm.demo");
  await page.goto("/i/lstm");
  await expect(page.getByText("31 July 2027").first()).toBeVisible();
  await expect(page.getByText(/\d+ days remaining/i).first()).toBeVisible();
  await page.getByRole("link", { name: "Open the submission for 31 July 2027" }).click();

  // The task list.
  await expect(page.getByRole("heading", { level: 1, name: /for 31 July 2027/ })).toBeVisible();
  const q1 = page.getByRole("link", { name: /^1\. How technical staff/ });
  await expect(q1).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  // An answer in the rich editor: autosaved as a revision, then saved as complete.
  await q1.click();
  const editor = page.getByRole("textbox", { name: "Your answer" });
  await expect(editor).toBeVisible();
  await expect(page.getByRole("toolbar", { name: "Formatting" })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await editor.click();
  await page.keyboard.press("Control+End");
  await page.keyboard.press("Enter");
  await page.keyboard.type("Written in the browser during the done-when walk.");
  await expect(page.getByRole("status").filter({ hasText: "Draft saved." })).toBeVisible({ timeout: 15_000 });
  await page.getByLabel("Yes, I’ve completed this section").check();
  await page.getByRole("button", { name: "Save and return" }).click();
  const q1Row = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name: /^1\. How technical staff/ }) });
  await expect(q1Row.getByText("Completed")).toBeVisible();
  await expect(q1Row.getByText(/Last changed by Jordan Pike/)).toBeVisible();

  // The RAG analysis, filled from the 2024–27 plan's ratings.
  await page.getByRole("link", { name: /^3\. RAG analysis/ }).click();
  await expect(
    page.getByRole("heading", { name: /RAG analysis of LSTM Technician Commitment Action Plan 2024–2027/ }),
  ).toBeVisible();
  await expect(page.getByRole("table", { name: /\d+ actions and their ratings/ })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole("link", { name: "Back to the submission" }).click();

  // The readiness check flags the TALENT duplicate; the lead fixes it in question 5.
  await page.getByRole("link", { name: "Check readiness" }).click();
  await expect(page.getByText("Recommendation 1 is answered at points 1 and 6")).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole("link", { name: /Go to fix it\s?: Recommendation 1 is answered/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: /TALENT/ })).toBeVisible();
  await page
    .getByRole("group", { name: /^Point 6/ })
    .getByLabel("Recommendation (optional)")
    .selectOption({ index: 6 });
  await page.getByRole("button", { name: "Save and return" }).click();
  await page.getByRole("link", { name: "Check readiness" }).click();
  await expect(page.getByRole("heading", { name: /^Must be fixed/ })).toBeVisible();
  await expect(page.getByText("Recommendation 1 is answered at points 1 and 6")).toHaveCount(0);
  await page.getByRole("link", { name: "Back to the submission" }).click();

  // Freeze for sign-off: version 1.
  await page.getByRole("button", { name: "Freeze for sign-off" }).click();
  await expect(page.getByText("Version 1 is ready for sign-off")).toBeVisible();
  const submissionUrl = page.url().split("?")[0]!;

  // The leader of the institution signs with their own account.
  const leader = await newPage();
  await leader.context().addCookies((await sessionFor("signatory@lstm.demo")).cookies);
  await leader.goto(`${submissionUrl}/sign`);
  await expect(leader.getByLabel(/signatory – leader of the institution/i)).toBeChecked();
  await expect(leader.getByLabel(/nominated institutional lead/)).toHaveCount(0);
  await leader.getByLabel("Your role").fill("Director");
  await leader.getByRole("button", { name: "Sign", exact: true }).click();
  await expect(
    leader.getByText(/Signatory \(leader of the institution\): Professor Ruth Adeyemi, Director/),
  ).toBeVisible();

  // The lead signs the other block: the submission is signed.
  await page.goto(`${submissionUrl}/sign`);
  expect(await axeViolations(page)).toEqual([]);
  await page.getByLabel("Your role").fill("Technician Commitment lead");
  await page.getByRole("button", { name: "Sign", exact: true }).click();
  await expect(page.getByText("Signed", { exact: true }).first()).toBeVisible();
  await expect(page.getByText(/Nominated institutional lead: Jordan Pike/)).toBeVisible();

  // Any edit now clears the signatures and the next freeze is version 2.
  await page.getByRole("link", { name: /^1\. How technical staff/ }).click();
  await expect(page.getByText("This submission is frozen for sign-off")).toBeVisible();
  await page.getByRole("textbox", { name: "Your answer" }).click();
  await page.keyboard.press("Control+End");
  await page.keyboard.type(" One more sentence after signing.");
  await page.getByRole("button", { name: "Save and return" }).click();
  await expect(page.getByText("Draft", { exact: true }).first()).toBeVisible();
  await expect(page.getByText(/Reopened on/)).toBeVisible();
  await page.getByRole("button", { name: "Freeze for sign-off" }).click();
  await expect(page.getByText("Version 2 is ready for sign-off")).toBeVisible();
  await page.getByRole("link", { name: "Version 1", exact: true }).click();
  await expect(page.getByText("The content matches its fingerprint")).toBeVisible();
  await expect(page.getByText("Written in the browser during the done-when walk.")).toBeVisible();
  await expect(page.getByText("One more sentence after signing.")).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);

  // The institution home: the next window and the days remaining.
  await page.goto("/i/lstm");
  await expect(page.getByText(/\d+ days remaining/i).first()).toBeVisible();
});
