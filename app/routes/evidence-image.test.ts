import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEvidence } from "../../src/core/evidence/create-evidence.server";
import { createToken } from "../../src/core/tokens/create-token.server";
import { useServices } from "../../src/server/services.server";
import { openTestServices, TEST_PUBLIC_URL, type TestServices } from "../../tests/setup/test-services";
import { loader } from "./evidence-image";

let s: TestServices;
const tokens = { lead: "", viewer: "", other: "" };
const items = { png: "", jpeg: "", pdf: "", caseStudy: "" };

const PNG = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
]);
const JPEG = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0]);
const PDF = new TextEncoder().encode("%PDF-1.7\n%%EOF");

beforeAll(async () => {
  s = await openTestServices();
  useServices(s);
  const lead = s.ctx(await s.actorFor("lead@lstm.demo"));
  const file = async (name: string, bytes: Uint8Array) =>
    (
      await createEvidence(
        lead,
        "lstm",
        { kind: "file", title: `Image test ${name}` },
        { file: { name, bytes } },
      )
    ).id;
  items.png = await file("chart.png", PNG);
  items.jpeg = await file("photo.jpg", JPEG);
  items.pdf = await file("report.pdf", PDF);
  items.caseStudy = (
    await createEvidence(lead, "lstm", {
      kind: "case-study",
      title: "Image test case study",
      person: "A fictional technician",
      roleThen: "Apprentice",
      roleNow: "Technician",
    })
  ).id;
  const token = async (email: string) =>
    (await createToken(s.ctx(await s.actorFor(email)), { name: "image test" })).token;
  tokens.lead = await token("lead@lstm.demo");
  tokens.viewer = await token("signatory@lstm.demo");
  tokens.other = await token("lead@birmingham.demo");
});
afterAll(() => s.close());

/** The loader's answer, or what it threw (a redirect or an error page's status). */
async function get(evidenceId: string, token?: string, slug = "lstm") {
  const request = new Request(`${TEST_PUBLIC_URL}/i/${slug}/evidence/${evidenceId}/image`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  try {
    return await loader({ request, params: { slug, evidenceId }, context: {} } as never);
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    const init = (thrown as { init?: ResponseInit }).init;
    if (init) return new Response(null, init);
    throw thrown;
  }
}

describe("an evidence item's image, inline", () => {
  it("serves a PNG and a JPEG inline to members, unsniffed, uncached and locked down", async () => {
    for (const [id, bytes, type] of [
      [items.png, PNG, "image/png"],
      [items.jpeg, JPEG, "image/jpeg"],
    ] as const) {
      const res = await get(id, tokens.viewer);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe(type);
      expect(res.headers.get("content-disposition")).toBe("inline");
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("cache-control")).toBe("private, no-store");
      expect(res.headers.get("content-security-policy")).toContain("default-src 'none'");
      expect(new Uint8Array(await res.arrayBuffer())).toEqual(bytes);
    }
  });

  it("answers 404 for a file that is not an image, and for an item without a file", async () => {
    expect((await get(items.pdf, tokens.lead)).status).toBe(404);
    expect((await get(items.caseStudy, tokens.lead)).status).toBe(404);
    expect((await get("00000000-0000-4000-8000-000000000000", tokens.lead)).status).toBe(404);
  });

  it("refuses another institution's member with 404, even through their own institution's address", async () => {
    expect((await get(items.png, tokens.other)).status).toBe(404);
    expect((await get(items.png, tokens.other, "birmingham")).status).toBe(404);
  });

  it("asks the anonymous to sign in", async () => {
    const res = await get(items.png);
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe(
      `/sign-in?redirectTo=${encodeURIComponent(`/i/lstm/evidence/${items.png}/image`)}`,
    );
  });
});
