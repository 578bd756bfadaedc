import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestServices, type TestServices } from "../../../tests/setup/test-services";
import { ANONYMOUS } from "../actor";
import { institutionFor } from "../people/institution-for.server";
import { indicatorLabels } from "./known-indicators.server";
import { listIndicatorChoices } from "./list-indicator-choices.server";

let s: TestServices;
beforeAll(async () => {
  s = await openTestServices();
});
afterAll(() => s.close());

describe("listIndicatorChoices", () => {
  it("offers the institution's own indicators by name, with their units", async () => {
    const choices = await listIndicatorChoices(
      s.ctx(await s.actorFor("editor@birmingham.demo")),
      "birmingham",
    );
    expect(choices.map((c) => c.name)).toEqual(
      [...choices.map((c) => c.name)].sort((a, b) => a.localeCompare(b)),
    );
    expect(choices).toContainEqual({
      id: expect.any(String),
      name: "Training attendance (technical skills programme)",
      unit: "count",
    });
    // LSTM's indicators are not offered (both institutions have one called "Technical staff").
    const lstm = await listIndicatorChoices(s.ctx(await s.actorFor("editor@lstm.demo")), "lstm");
    const theirs = new Set(lstm.map((c) => c.id));
    expect(choices.some((c) => theirs.has(c.id))).toBe(false);
  });

  it("is for members only, like the indicators themselves", async () => {
    for (const actor of [ANONYMOUS, await s.actorFor("lead@lstm.demo")])
      await expect(listIndicatorChoices(s.ctx(actor), "birmingham")).rejects.toHaveProperty("code");
  });
});

describe("indicatorLabels", () => {
  it("names only the institution's own indicators", async () => {
    const editor = s.ctx(await s.actorFor("editor@birmingham.demo"));
    const [own] = await listIndicatorChoices(editor, "birmingham");
    const [theirs] = await listIndicatorChoices(s.ctx(await s.actorFor("editor@lstm.demo")), "lstm");
    const birmingham = await institutionFor(editor, "birmingham", "figure.read");
    const labels = await indicatorLabels(s.db, birmingham.id, [own!.id, theirs!.id]);
    expect([...labels.keys()]).toEqual([own!.id]);
  });
});
