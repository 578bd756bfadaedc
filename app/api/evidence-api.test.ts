import { beforeAll, describe, expect, it } from "vitest";
import { MAX_FILE_BYTES } from "../../src/core/evidence/file-types";
import { TEST_PUBLIC_URL } from "../../tests/setup/test-services";
import { apiTestBed, call, etagOf, LSTM, problemOf } from "./api-test-bed";
import { dispatch } from "./call-route";
import {
  list,
  ZConsentRecordedJson,
  ZEvidenceDetailJson,
  ZEvidenceJson,
  ZEvidenceLibraryJson,
  ZEvidenceLinkJson,
  ZIndicatorFiguresJson,
  ZTalentRecommendationJson,
} from "./schemas";

const { tokens } = apiTestBed("evidence api test");

const PDF = new TextEncoder().encode("%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF");
const HTML = new TextEncoder().encode("<!doctype html><html><script>alert(1)</script></html>");
const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64");

let counter = 0;
const unique = (what: string) => `${what} ${++counter} ${Date.now()}`;

/** A new item of LSTM's, added through the API by its lead. */
async function add(body: Record<string, unknown>, token = tokens.lead) {
  const res = await call("POST", `${LSTM}/evidence`, { token, body });
  expect(res.status, JSON.stringify(await res.clone().json())).toBe(201);
  const item = ZEvidenceJson.parse(await res.json());
  expect(res.headers.get("location")).toBe(`${TEST_PUBLIC_URL}${LSTM}/evidence/${item.id}`);
  expect(etagOf(res)).toBe(item.version);
  return item;
}

const addLink = (fields: Record<string, unknown> = {}) =>
  add({ kind: "link", title: unique("News story"), url: "https://news.example.org/story", ...fields });

/** A multipart POST, as a browser form or `curl -F` sends it. */
function postForm(form: FormData, token = tokens.lead) {
  return dispatch(
    new Request(`${TEST_PUBLIC_URL}${LSTM}/evidence`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}` },
      body: form,
    }),
  );
}

async function library(query: string, token = tokens.lead) {
  const res = await call("GET", `${LSTM}/evidence${query}`, { token });
  expect(res.status).toBe(200);
  return ZEvidenceLibraryJson.parse(await res.json());
}

async function detail(id: string, token = tokens.lead) {
  const res = await call("GET", `${LSTM}/evidence/${id}`, { token });
  expect(res.status).toBe(200);
  return { res, body: ZEvidenceDetailJson.parse(await res.json()) };
}

/** An action of LSTM's current plan, to link evidence to. */
let actionId: string;
beforeAll(async () => {
  const plans = await (await call("GET", `${LSTM}/plans`, { token: tokens.lead })).json();
  const current = plans.items.find((p: { isCurrent: boolean }) => p.isCurrent);
  const actions = await (
    await call("GET", `${LSTM}/plans/${current.id}/actions`, { token: tokens.lead })
  ).json();
  actionId = actions.items[0].id;
});

describe("the evidence library", () => {
  it("adds an item (201) and lists it to members, filtered by kind, year and words, paged by cursor", async () => {
    const word = unique("Showcase").replaceAll(" ", "-");
    const a = await addLink({ title: `${word} first`, occurredOn: "2021-06-14", pillars: ["visibility"] });
    const b = await add({ kind: "document", title: `${word} policy`, heldBy: "Research office" });
    const both = await library(`?q=${word}`, tokens.signatory);
    expect(both.items.map((i) => i.id).sort()).toEqual([a.id, b.id].sort());
    expect(both.allowed).toEqual({ add: false, manage: false });
    expect(both.years).toContain(2021);
    expect((await library(`?q=${word}&kind=document`)).items.map((i) => i.id)).toEqual([b.id]);
    expect((await library(`?q=${word}&year=2021&pillar=visibility`)).items.map((i) => i.id)).toEqual([a.id]);
    const first = await library(`?q=${word}&limit=1`);
    expect(first.items).toHaveLength(1);
    const second = await library(`?q=${word}&limit=1&cursor=${first.nextCursor}`);
    expect(second.items.map((i) => i.id)).not.toEqual(first.items.map((i) => i.id));
    expect(second.nextCursor).toBeNull();
  });

  it("answers bad input with a message per field, and bad filters too", async () => {
    const res = await call("POST", `${LSTM}/evidence`, {
      token: tokens.lead,
      body: { kind: "link", title: " ", url: "javascript:alert(1)" },
    });
    expect(await problemOf(res, 422)).toMatchObject({
      code: "INVALID",
      errors: {
        title: ["Give the evidence a title."],
        url: ["Enter a web address that starts with https:// or http://."],
      },
    });
    const testimonial = await call("POST", `${LSTM}/evidence`, {
      token: tokens.lead,
      body: { kind: "testimonial", title: "A quote" },
    });
    expect((await problemOf(testimonial, 422)).errors).toEqual({
      quote: ["Enter what they said."],
      who: ["Say who said it."],
    });
    const filter = await call("GET", `${LSTM}/evidence?kind=poster`, { token: tokens.lead });
    expect((await problemOf(filter, 422)).errors).toEqual({ kind: ["Choose a kind from the list."] });
    const text = await call("POST", `${LSTM}/evidence`, { token: tokens.lead, body: "title=Not JSON" });
    expect((await problemOf(text, 422)).code).toBe("INVALID");
  });

  it("keeps evidence to members: 401 anonymous, 404 for another institution and the central team, 403 for a signatory adding", async () => {
    const item = await addLink();
    const anonymous = await call("GET", `${LSTM}/evidence`);
    expect((await problemOf(anonymous, 401)).code).toBe("UNAUTHENTICATED");
    expect((await call("GET", `${LSTM}/evidence/${item.id}`)).status).toBe(401);
    // An anonymous upload is refused before its body is read.
    const upload = await call("POST", `${LSTM}/evidence`, {
      body: "x",
      headers: { "content-type": "text/plain" },
    });
    expect((await problemOf(upload, 401)).code).toBe("UNAUTHENTICATED");
    for (const token of [tokens.other, tokens.central]) {
      expect((await problemOf(await call("GET", `${LSTM}/evidence`, { token }), 404)).code).toBe("NOT_FOUND");
      expect((await call("GET", `${LSTM}/evidence/${item.id}`, { token })).status).toBe(404);
      expect((await call("GET", `${LSTM}/evidence/${item.id}/file`, { token })).status).toBe(404);
    }
    // Another institution's slug in the address finds nothing either.
    const elsewhere = await call("GET", `/api/v1/institutions/birmingham/evidence/${item.id}`, {
      token: tokens.other,
    });
    expect(elsewhere.status).toBe(404);
    const refused = await call("POST", `${LSTM}/evidence`, {
      token: tokens.signatory,
      body: { kind: "link", title: "Not mine to add", url: "https://example.org" },
    });
    expect((await problemOf(refused, 403)).code).toBe("FORBIDDEN");
  });
});

describe("files", () => {
  it("takes a file as base64 in JSON, shows its details, and serves it as a download", async () => {
    const item = await add({
      kind: "file",
      title: unique("Annual report"),
      file: { name: "Report ‘2024’.pdf", contentBase64: base64(PDF) },
    });
    const { body } = await detail(item.id);
    expect(body.file).toMatchObject({
      fileName: "Report ‘2024’.pdf",
      mediaType: "application/pdf",
      sizeBytes: PDF.length,
    });
    expect(JSON.stringify(body)).not.toContain(base64(PDF));
    const res = await call("GET", `${LSTM}/evidence/${item.id}/file`, { token: tokens.signatory });
    expect(res.status).toBe(200);
    expect(Object.fromEntries(res.headers)).toMatchObject({
      "content-type": "application/pdf",
      "content-disposition": `attachment; filename="Report _2024_.pdf"; filename*=UTF-8''Report%20%E2%80%982024%E2%80%99.pdf`,
      "x-content-type-options": "nosniff",
      "content-security-policy": "sandbox; default-src 'none'",
      "cache-control": "private, no-store",
    });
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(PDF);
    // An item without a file has nothing to download.
    expect(
      (await call("GET", `${LSTM}/evidence/${(await addLink()).id}/file`, { token: tokens.lead })).status,
    ).toBe(404);
  });

  it("takes a file as multipart/form-data, with the other fields as form fields", async () => {
    const form = new FormData();
    form.set("kind", "file");
    form.set("title", unique("Poster"));
    form.append("pillars", "visibility");
    form.append("pillars", "recognition");
    form.set("file", new Blob([PDF], { type: "application/pdf" }), "poster.pdf");
    const res = await postForm(form);
    expect(res.status).toBe(201);
    const item = ZEvidenceJson.parse(await res.json());
    expect(item.pillars).toEqual(["visibility", "recognition"]);
    expect((await detail(item.id)).body.file).toMatchObject({
      fileName: "poster.pdf",
      sizeBytes: PDF.length,
    });
  });

  it("refuses a file over 10 MB and HTML named .pdf, in JSON and in a form, writing nothing", async () => {
    const title = unique("Refused upload");
    const big = new Uint8Array(MAX_FILE_BYTES + 1);
    big.set(PDF);
    const attempts: [string, () => Promise<Response>, RegExp][] = [
      [
        "JSON, too big",
        () =>
          call("POST", `${LSTM}/evidence`, {
            token: tokens.lead,
            body: { kind: "file", title, file: { name: "big.pdf", contentBase64: base64(big) } },
          }),
        /larger than 10 MB/,
      ],
      [
        "JSON, HTML as PDF",
        () =>
          call("POST", `${LSTM}/evidence`, {
            token: tokens.lead,
            body: { kind: "file", title, file: { name: "report.pdf", contentBase64: base64(HTML) } },
          }),
        /Web pages .* are not accepted/,
      ],
      [
        "JSON, not base64",
        () =>
          call("POST", `${LSTM}/evidence`, {
            token: tokens.lead,
            body: { kind: "file", title, file: { name: "report.pdf", contentBase64: "not base64!" } },
          }),
        /contentBase64/,
      ],
      [
        "JSON, no file",
        () => call("POST", `${LSTM}/evidence`, { token: tokens.lead, body: { kind: "file", title } }),
        /Choose a file/,
      ],
    ];
    for (const [name, bytes, fileName] of [
      ["form, too big", big, "big.pdf"],
      ["form, HTML as PDF", HTML, "report.pdf"],
    ] as const) {
      const form = new FormData();
      form.set("kind", "file");
      form.set("title", title);
      form.set("file", new Blob([bytes], { type: "application/pdf" }), fileName);
      attempts.push([name, () => postForm(form), name.endsWith("big") ? /larger than 10 MB/ : /Web pages/]);
    }
    for (const [name, attempt, message] of attempts) {
      const problem = await problemOf(await attempt(), 422);
      expect(problem.errors?.file, name).toEqual([expect.stringMatching(message)]);
    }
    expect((await library(`?q=${encodeURIComponent(title)}`)).items).toEqual([]);
  });
});

describe("one item", () => {
  it("replaces a file item's file with PATCH, checked like a new one", async () => {
    const item = await add({
      kind: "file",
      title: unique("Poster"),
      file: { name: "poster.pdf", contentBase64: base64(PDF) },
    });
    const path = `${LSTM}/evidence/${item.id}`;
    const headers = { "if-match": `"${item.version}"` };
    const refused = await call("PATCH", path, {
      token: tokens.lead,
      body: { file: { name: "poster.pdf", contentBase64: base64(HTML) } },
      headers,
    });
    expect((await problemOf(refused, 422)).errors?.file).toEqual([expect.stringMatching(/Web pages/)]);
    const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
    const ok = await call("PATCH", path, {
      token: tokens.lead,
      body: { file: { name: "poster.png", contentBase64: base64(PNG) } },
      headers,
    });
    expect(ok.status).toBe(200);
    expect((await detail(item.id)).body.file).toMatchObject({
      fileName: "poster.png",
      mediaType: "image/png",
    });
    const download = await call("GET", `${path}/file`, { token: tokens.lead });
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(PNG);
  });

  it("changes only the fields sent with If-Match: 428 without, 412 stale with the current item, 403 for a signatory", async () => {
    const item = await addLink({ description: "First words", pillars: ["career-development"] });
    const path = `${LSTM}/evidence/${item.id}`;
    const { res } = await detail(item.id, tokens.signatory);
    expect(etagOf(res)).toBe(item.version);
    const noVersion = await call("PATCH", path, { token: tokens.lead, body: { title: "Renamed" } });
    expect((await problemOf(noVersion, 428)).code).toBe("PRECONDITION_REQUIRED");
    const ifMatch = { "if-match": `"${item.version}"` };
    const signatory = await call("PATCH", path, {
      token: tokens.signatory,
      body: { title: "No" },
      headers: ifMatch,
    });
    expect((await problemOf(signatory, 403)).code).toBe("FORBIDDEN");
    const ok = await call("PATCH", path, {
      token: tokens.lead,
      body: { title: "Renamed" },
      headers: ifMatch,
    });
    expect(ok.status).toBe(200);
    expect(ZEvidenceJson.parse(await ok.json())).toMatchObject({
      title: "Renamed",
      description: "First words",
      url: item.url,
      pillars: ["career-development"],
      version: item.version + 1,
    });
    expect(etagOf(ok)).toBe(item.version + 1);
    const stale = await call("PATCH", path, {
      token: tokens.lead,
      body: { title: "Old tab" },
      headers: ifMatch,
    });
    expect(await problemOf(stale, 412)).toMatchObject({
      code: "STALE",
      current: { id: item.id, title: "Renamed" },
      currentVersion: item.version + 1,
    });
    const badField = await call("PATCH", path, {
      token: tokens.lead,
      body: { url: "ftp://example.org", kind: "document" },
      headers: { "if-match": `"${item.version + 1}"` },
    });
    expect(Object.keys((await problemOf(badField, 422)).errors ?? {})).toEqual(["kind"]);
  });

  it("deletes with If-Match (412 when stale), after which it is gone", async () => {
    const item = await addLink();
    const path = `${LSTM}/evidence/${item.id}`;
    const stale = await call("DELETE", path, {
      token: tokens.lead,
      headers: { "if-match": `"${item.version + 3}"` },
    });
    expect(await problemOf(stale, 412)).toMatchObject({
      current: { id: item.id },
      currentVersion: item.version,
    });
    const signatory = await call("DELETE", path, {
      token: tokens.signatory,
      headers: { "if-match": `"${item.version}"` },
    });
    expect(signatory.status).toBe(403);
    const gone = await call("DELETE", path, {
      token: tokens.lead,
      headers: { "if-match": `"${item.version}"` },
    });
    expect(gone.status).toBe(204);
    expect((await call("GET", path, { token: tokens.lead })).status).toBe(404);
  });
});

describe("links", () => {
  it("links to an action and a TALENT recommendation (201, named in words), refuses a duplicate with 409, and unlinks", async () => {
    const item = await addLink();
    const path = `${LSTM}/evidence/${item.id}/links`;
    const res = await call("POST", path, { token: tokens.lead, body: { target: "action", actionId } });
    expect(res.status).toBe(201);
    const link = ZEvidenceLinkJson.parse(await res.json());
    expect(link).toMatchObject({ evidenceId: item.id, target: "action", actionId });
    expect(link.label).toMatch(/^[A-Z]+ \d+ · /);
    const again = await call("POST", path, { token: tokens.lead, body: { target: "action", actionId } });
    expect(await problemOf(again, 409)).toMatchObject({
      code: "CONFLICT",
      errors: { to: ["It is already linked to that."] },
    });
    const talent = list(ZTalentRecommendationJson).parse(
      await (await call("GET", "/api/v1/talent-recommendations")).json(),
    ).items;
    expect(talent.map((t) => t.number)).toEqual(talent.map((_, i) => i + 1));
    const toTalent = await call("POST", path, {
      token: tokens.lead,
      body: { target: "talent", talentId: talent[13]!.id },
    });
    expect(ZEvidenceLinkJson.parse(await toTalent.json()).label).toBe("TALENT 14");
    const unknown = await call("POST", path, {
      token: tokens.lead,
      body: { target: "talent", talentId: "nope" },
    });
    expect((await problemOf(unknown, 422)).errors).toEqual({
      to: ["Choose one of the TALENT recommendations."],
    });
    const bad = await call("POST", path, { token: tokens.lead, body: { target: "poster" } });
    expect((await problemOf(bad, 422)).errors?.target).toEqual(["Choose what to link the evidence to."]);
    const refused = await call("POST", path, {
      token: tokens.signatory,
      body: { target: "action", actionId },
    });
    expect(refused.status).toBe(403);
    expect((await detail(item.id)).body.links.map((l) => l.label)).toEqual([link.label, "TALENT 14"]);
    const unlink = `${path}/${link.id}`;
    expect((await call("DELETE", unlink, { token: tokens.signatory })).status).toBe(403);
    expect((await call("DELETE", unlink, { token: tokens.lead })).status).toBe(204);
    expect((await call("DELETE", unlink, { token: tokens.lead })).status).toBe(404);
    expect((await detail(item.id)).body.links.map((l) => l.label)).toEqual(["TALENT 14"]);
  });
});

describe("case studies", () => {
  it("records consent with the case study and later, and shares it only while consent is given", async () => {
    const item = await add({
      kind: "case-study",
      title: unique("From apprentice to manager"),
      person: "A technician who agreed to be named",
      roleThen: "Apprentice",
      roleNow: "Laboratory manager",
      consent: { status: "given", on: "2024-01-10", scope: "Submission and public page" },
    });
    const before = (await detail(item.id)).body;
    expect(before).toMatchObject({ shareable: true, consent: { current: "given" } });
    const path = `${LSTM}/evidence/${item.id}/consent`;
    const withdrawn = await call("POST", path, {
      token: tokens.lead,
      body: { status: "withdrawn", on: "2024-03-01", note: "Asked by email" },
    });
    expect(withdrawn.status).toBe(201);
    expect(ZConsentRecordedJson.parse(await withdrawn.json())).toMatchObject({
      current: "withdrawn",
      shareable: false,
      entries: [{ status: "given" }, { status: "withdrawn", note: "Asked by email" }],
    });
    const noDate = await call("POST", path, { token: tokens.lead, body: { status: "given" } });
    expect((await problemOf(noDate, 422)).errors).toEqual({ on: [expect.stringMatching(/Enter the date/)] });
    const signatory = await call("POST", path, {
      token: tokens.signatory,
      body: { status: "given", on: "2024-04-01" },
    });
    expect(signatory.status).toBe(403);
    const notACaseStudy = await call("POST", `${LSTM}/evidence/${(await addLink()).id}/consent`, {
      token: tokens.lead,
      body: { status: "given", on: "2024-04-01" },
    });
    expect((await problemOf(notACaseStudy, 422)).errors).toHaveProperty("status");
  });
});

it("documents both ways of sending a file in the OpenAPI document", async () => {
  const doc = await (await call("GET", "/api/v1/openapi.json")).json();
  const post = doc.paths["/api/v1/institutions/{slug}/evidence"].post;
  expect(Object.keys(post.requestBody.content)).toEqual(["application/json", "multipart/form-data"]);
  expect(post.requestBody.content["application/json"].schema.properties.file.required).toEqual([
    "name",
    "contentBase64",
  ]);
  expect(post.requestBody.content["multipart/form-data"].schema.properties.file.format).toBe("binary");
  expect(post.summary).toMatch(/contentBase64.*multipart\/form-data.*10 MB/);
  const download = doc.paths["/api/v1/institutions/{slug}/evidence/{evidenceId}/file"].get;
  expect(download.responses["200"].content).toHaveProperty("application/octet-stream");
});

describe("figures in the API", () => {
  it("lists each indicator with its observations and derived figures: Birmingham's training attendance 26 → 73 is ×2.81", async () => {
    const res = await call("GET", "/api/v1/institutions/birmingham/indicators", { token: tokens.other });
    expect(res.status).toBe(200);
    const { items } = list(ZIndicatorFiguresJson).parse(await res.json());
    const training = items.find((i) => i.indicator.name.startsWith("Training attendance"))!;
    expect(training.observations.map((o) => o.observed.value)).toEqual([26, 62, 73, 51]);
    expect(training.observations.map((o) => o.isProvisional)).toEqual([false, false, false, true]);
    const [y1to2, y2to3, y3to4] = training.derived.yearOnYear;
    expect(y1to2).toMatchObject({ fromValue: 26, toValue: 62, absolute: 36, flags: [] });
    expect(y1to2!.ratio! * y2to3!.ratio!).toBeCloseTo(2.81, 2);
    expect(y3to4!.flags).toContain("provisional");
    expect(training.derived.latestChange).toEqual(y3to4);
    const one = await call("GET", `/api/v1/institutions/birmingham/indicators/${training.indicator.id}`, {
      token: tokens.other,
    });
    expect(ZIndicatorFiguresJson.parse(await one.json()).derived).toEqual(training.derived);
  });
});
