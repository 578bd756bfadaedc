import { describe, expect, it } from "vitest";
import { DEFAULT_CHARTER, findScale, pillarName, pillarShortName, ZCharterData } from "./charter-data";
import { PILLARS, type Pillar, RAG_SCALE_IDS } from "./plan-types";

const clone = () => structuredClone(DEFAULT_CHARTER);

describe("the default charter", () => {
  it("passes its own schema", () => {
    expect(ZCharterData.safeParse(DEFAULT_CHARTER).success).toBe(true);
  });

  it("lists the pillars in the charter's order", () => {
    expect(DEFAULT_CHARTER.pillars.map((p) => p.key)).toEqual([...PILLARS]);
  });

  it.each(RAG_SCALE_IDS.map((id) => [id]))("has the %s scale", (id) => {
    expect(findScale(DEFAULT_CHARTER, id)?.id).toBe(id);
  });

  it.each([
    ["red-amber-green", "red:Red:red amber:Amber:amber green:Green:green"],
    [
      "five-point",
      "red:Red:red red-amber:Red/Amber:red amber-red:Amber/Red:amber amber:Amber:amber green:Green:green",
    ],
    ["progress", "no-progress:No Progress:red in-progress:In Progress:amber completed:Completed:green"],
  ])("%s has levels id:label:colour %s", (id, levels) => {
    const scale = findScale(DEFAULT_CHARTER, id)!;
    expect(scale.levels.map((l) => `${l.id}:${l.label}:${l.colour}`).join(" ")).toBe(levels);
  });

  it.each([["unknown"], [""], ["RED-AMBER-GREEN"]])("findScale(%j) → null", (id) => {
    expect(findScale(DEFAULT_CHARTER, id)).toBeNull();
  });

  it.each<[Pillar, string, string]>([
    ["visibility", "Visibility", "V"],
    ["recognition", "Recognition", "R"],
    ["career-development", "Career Development", "CD"],
    ["sustainability", "Sustainability", "S"],
  ])("%s is named %s (%s)", (pillar, name, short) => {
    expect(pillarName(pillar)).toBe(name);
    expect(pillarShortName(pillar)).toBe(short);
  });
});

describe("ZCharterData rejects bad edits", () => {
  type Charter = ReturnType<typeof clone>;
  it.each<[string, (c: Charter) => void, string]>([
    ["a missing pillar", (c) => c.pillars.pop(), "pillars"],
    [
      "a pillar twice",
      (c) => {
        c.pillars[3] = { ...c.pillars[0]! };
      },
      "pillars",
    ],
    [
      "an unknown pillar key",
      (c) => {
        (c.pillars[0] as { key: string }).key = "evaluating-impact";
      },
      "pillars.0.key",
    ],
    [
      "a fifth pillar",
      (c) => {
        c.pillars.push({ ...c.pillars[0]! });
      },
      "pillars",
    ],
    [
      "an empty aim",
      (c) => {
        c.pillars[1]!.aim = "  ";
      },
      "pillars.1.aim",
    ],
    [
      "duplicate level ids",
      (c) => {
        c.ragScales[0]!.levels[1]!.id = "red";
      },
      "ragScales.0.levels",
    ],
    [
      "a level without a colour",
      (c) => {
        delete (c.ragScales[2]!.levels[0] as { colour?: string }).colour;
      },
      "ragScales.2.levels.0.colour",
    ],
    [
      "a colour outside red/amber/green",
      (c) => {
        (c.ragScales[1]!.levels[0] as { colour: string }).colour = "purple";
      },
      "ragScales.1.levels.0.colour",
    ],
    [
      "the reserved level id",
      (c) => {
        c.ragScales[0]!.levels[0]!.id = "unrated";
      },
      "ragScales.0.levels.0.id",
    ],
    [
      "a scale with no levels",
      (c) => {
        c.ragScales[0]!.levels = [];
      },
      "ragScales.0.levels",
    ],
    [
      "duplicate scale ids",
      (c) => {
        c.ragScales[1]!.id = "progress";
      },
      "ragScales",
    ],
    [
      "no scales",
      (c) => {
        c.ragScales = [];
      },
      "ragScales",
    ],
    [
      "an empty source",
      (c) => {
        c.source = "";
      },
      "source",
    ],
  ])("%s", (_, edit, path) => {
    const charter = clone();
    edit(charter);
    const result = ZCharterData.safeParse(charter);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join("."))).toContain(path);
  });
});
