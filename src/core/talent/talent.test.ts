import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestServices, type TestServices } from "../../../tests/setup/test-services";
import { type Actor, ANONYMOUS } from "../actor";
import { listTalentRecommendations } from "./list-talent-recommendations.server";
import { TALENT_RECOMMENDATIONS } from "./talent-data";
import { updateTalentRecommendation } from "./update-talent-recommendation.server";

let s: TestServices;
let central: Actor;
let lead: Actor;
beforeAll(async () => {
  s = await openTestServices();
  central = await s.actorFor("team@technician-commitment.demo");
  lead = await s.actorFor("lead@lstm.demo");
});
afterAll(() => s.close());

describe("TALENT recommendations", () => {
  it("are 16 with stable ids, in number order, unverified, readable by anyone", async () => {
    const list = await listTalentRecommendations(s.ctx(ANONYMOUS));
    expect(list.map((r) => r.id)).toEqual(TALENT_RECOMMENDATIONS.map((r) => r.id));
    expect(list.map((r) => r.number)).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
    expect(list[0]).toMatchObject({ id: "talent-01", verified: false, version: 1 });
    expect(list.every((r) => r.source.includes("TALENT Commission"))).toBe(true);
  });

  it("the central team changes the wording; a stale save is refused with the current one", async () => {
    const changed = await updateTalentRecommendation(s.ctx(central), "talent-06", {
      summary: "Wording checked against the report.",
      addressedTo: "Employers",
      verified: "yes",
      expectedVersion: 1,
    });
    expect(changed).toMatchObject({ id: "talent-06", number: 6, verified: true, version: 2 });
    await expect(
      updateTalentRecommendation(s.ctx(central), "talent-06", { summary: "Late", expectedVersion: 1 }),
    ).rejects.toMatchObject({
      code: "STALE",
      details: { currentVersion: 2, current: { summary: "Wording checked against the report." } },
    });
  });

  it("refuses institutions' people, empty wording and unknown ids", async () => {
    await expect(
      updateTalentRecommendation(s.ctx(lead), "talent-01", { summary: "x", expectedVersion: 1 }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      updateTalentRecommendation(s.ctx(central), "talent-01", { summary: " ", expectedVersion: 1 }),
    ).rejects.toMatchObject({
      details: { fieldErrors: { summary: ["Enter the recommendation's wording."] } },
    });
    await expect(
      updateTalentRecommendation(s.ctx(central), "talent-99", { summary: "x", expectedVersion: 1 }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
