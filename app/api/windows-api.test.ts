import { describe, expect, it } from "vitest";
import { deadlineStatus } from "../../src/core/windows/windows";
import { TEST_PUBLIC_URL } from "../../tests/setup/test-services";
import { apiTestBed, call, etagOf, LSTM, problemOf } from "./api-test-bed";
import { dispatch } from "./call-route";
import { ZDeadlineJson, ZDeadlineListJson, ZPastSubmissionJson, ZPastSubmissionsJson } from "./schemas";

const { tokens } = apiTestBed("windows api test");

const PDF = new TextEncoder().encode("%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF");

describe("GET /institutions/:slug/deadline", () => {
  it("gives LSTM's renewal window of 31 July 2027 with days remaining, to members and the central team", async () => {
    for (const token of [tokens.signatory, tokens.central]) {
      const res = await call("GET", `${LSTM}/deadline`, { token });
      expect(res.status).toBe(200);
      const body = ZDeadlineJson.parse(await res.json());
      expect(body.next).toMatchObject({
        rule: "renewal",
        submittedOn: "2024-07-26",
        madeInWindow: "2024-07-31",
        closesOn: "2027-07-31",
        label: "31 July 2027",
      });
      const expected = deadlineStatus("2027-07-31", new Date());
      expect(body.next?.daysRemaining).toBeGreaterThanOrEqual(expected.daysRemaining - 1);
      expect(body.next?.isOverdue).toBe(expected.isOverdue);
    }
  });

  it("refuses the anonymous (401) and another institution (403), and knows no such institution (404)", async () => {
    expect((await problemOf(await call("GET", `${LSTM}/deadline`), 401)).code).toBe("UNAUTHENTICATED");
    expect((await problemOf(await call("GET", `${LSTM}/deadline`, { token: tokens.other }), 403)).code).toBe(
      "FORBIDDEN",
    );
    const missing = await call("GET", "/api/v1/institutions/nowhere/deadline", { token: tokens.central });
    expect((await problemOf(missing, 404)).code).toBe("NOT_FOUND");
  });

  it("lets the central team set the due months (422 for a month that does not exist, 403 for a lead)", async () => {
    const bad = await call("PATCH", "/api/v1/institutions/birmingham/deadline", {
      token: tokens.central,
      body: { dueMonths: [13] },
    });
    expect((await problemOf(bad, 422)).errors).toEqual({
      "dueMonths.0": ["Choose months from 1 (January) to 12 (December)."],
    });
    const lead = await call("PATCH", `${LSTM}/deadline`, { token: tokens.lead, body: { dueMonths: [4] } });
    expect((await problemOf(lead, 403)).code).toBe("FORBIDDEN");
    const april = await call("PATCH", "/api/v1/institutions/birmingham/deadline", {
      token: tokens.central,
      body: { dueMonths: [4] },
    });
    expect(await april.json()).toEqual({ dueMonths: [4], hasOwnSchedule: true });
    const moved = ZDeadlineJson.parse(
      await (await call("GET", "/api/v1/institutions/birmingham/deadline", { token: tokens.other })).json(),
    );
    expect(moved.next).toMatchObject({ madeInWindow: "2025-04-30", closesOn: "2028-04-30" });
    await call("PATCH", "/api/v1/institutions/birmingham/deadline", {
      token: tokens.central,
      body: { dueMonths: [] },
    });
  });
});

describe("/institutions/:slug/submission-history", () => {
  it("records a past submission with a file (201), lists it to members and deletes it with If-Match", async () => {
    const res = await call("POST", `${LSTM}/submission-history`, {
      token: tokens.lead,
      body: {
        stage: "stage-2",
        submittedOn: "2021-07-20",
        note: "Sent by email",
        file: { name: "stage-2.pdf", contentBase64: Buffer.from(PDF).toString("base64") },
      },
    });
    expect(res.status, JSON.stringify(await res.clone().json())).toBe(201);
    const created = ZPastSubmissionJson.parse(await res.json());
    expect(res.headers.get("location")).toBe(`${TEST_PUBLIC_URL}${LSTM}/submission-history/${created.id}`);
    expect(etagOf(res)).toBe(1);
    expect(created.evidenceId).not.toBeNull();
    const list = ZPastSubmissionsJson.parse(
      await (await call("GET", `${LSTM}/submission-history`, { token: tokens.signatory })).json(),
    );
    expect(list.allowed.manage).toBe(false);
    expect(list.items.find((i) => i.id === created.id)?.file?.fileName).toBe("stage-2.pdf");
    const noMatch = await call("DELETE", `${LSTM}/submission-history/${created.id}`, { token: tokens.lead });
    expect(noMatch.status).toBe(428);
    const stale = await call("DELETE", `${LSTM}/submission-history/${created.id}`, {
      token: tokens.lead,
      headers: { "if-match": '"4"' },
    });
    expect((await problemOf(stale, 412)).code).toBe("STALE");
    const gone = await call("DELETE", `${LSTM}/submission-history/${created.id}`, {
      token: tokens.lead,
      headers: { "if-match": '"1"' },
    });
    expect(gone.status).toBe(204);
    const again = await call("DELETE", `${LSTM}/submission-history/${created.id}`, {
      token: tokens.lead,
      headers: { "if-match": '"2"' },
    });
    expect((await problemOf(again, 404)).code).toBe("NOT_FOUND");
  });

  it("takes multipart/form-data with a file part", async () => {
    const form = new FormData();
    form.set("stage", "renewal");
    form.set("submittedOn", "2021-01-29");
    form.set("file", new Blob([PDF], { type: "application/pdf" }), "renewal.pdf");
    const res = await dispatch(
      new Request(`${TEST_PUBLIC_URL}${LSTM}/submission-history`, {
        method: "POST",
        headers: { authorization: `Bearer ${tokens.lead}` },
        body: form,
      }),
    );
    expect(res.status).toBe(201);
    const created = ZPastSubmissionJson.parse(await res.json());
    await call("DELETE", `${LSTM}/submission-history/${created.id}`, {
      token: tokens.lead,
      headers: { "if-match": '"1"' },
    });
  });

  it("answers bad input with a message per field (422)", async () => {
    const res = await call("POST", `${LSTM}/submission-history`, {
      token: tokens.lead,
      body: { stage: "phase-one", submittedOn: "July 2024" },
    });
    expect((await problemOf(res, 422)).errors).toEqual({
      stage: ["Choose which submission this was."],
      submittedOn: ["Enter the date it was submitted, for example 2024-07-26."],
    });
    const file = await call("POST", `${LSTM}/submission-history`, {
      token: tokens.lead,
      body: {
        stage: "renewal",
        submittedOn: "2024-07-26",
        file: { name: "x.html", contentBase64: Buffer.from("<html></html>").toString("base64") },
      },
    });
    expect(Object.keys((await problemOf(file, 422)).errors ?? {})).toEqual(["file"]);
  });

  it("refuses the anonymous (401), a signatory recording (403), another institution (403) and the central team reading (403)", async () => {
    const body = { stage: "renewal", submittedOn: "2024-07-26" };
    expect((await problemOf(await call("GET", `${LSTM}/submission-history`), 401)).code).toBe(
      "UNAUTHENTICATED",
    );
    const signatory = await call("POST", `${LSTM}/submission-history`, { token: tokens.signatory, body });
    expect((await problemOf(signatory, 403)).code).toBe("FORBIDDEN");
    const other = await call("GET", `${LSTM}/submission-history`, { token: tokens.other });
    expect((await problemOf(other, 403)).code).toBe("FORBIDDEN");
    const central = await call("GET", `${LSTM}/submission-history`, { token: tokens.central });
    expect((await problemOf(central, 403)).code).toBe("FORBIDDEN");
    const missing = await call("GET", "/api/v1/institutions/nowhere/submission-history", {
      token: tokens.lead,
    });
    expect((await problemOf(missing, 404)).code).toBe("NOT_FOUND");
  });
});

describe("GET /central/overdue", () => {
  it("lists every signatory's next window for the central team, and no one else", async () => {
    const res = await call("GET", "/api/v1/central/overdue", { token: tokens.central });
    expect(res.status).toBe(200);
    const body = ZDeadlineListJson.parse(await res.json());
    const all = [...body.overdue, ...body.upcoming];
    expect(all.find((d) => d.institution.slug === "lstm")?.next?.closesOn).toBe("2027-07-31");
    expect(all.find((d) => d.institution.slug === "birmingham")?.next?.closesOn).toBe("2028-01-31");
    expect(body.overdue.every((d) => d.next?.isOverdue)).toBe(true);
    expect(
      (await problemOf(await call("GET", "/api/v1/central/overdue", { token: tokens.lead }), 403)).code,
    ).toBe("FORBIDDEN");
    expect((await problemOf(await call("GET", "/api/v1/central/overdue"), 401)).code).toBe("UNAUTHENTICATED");
  });
});
