import { describe, expect, it } from "vitest";
import { blankGroup } from "../core/submissions/sections/governance";
import { reportingTree } from "../core/submissions/sections/governance-tree";
import {
  boxText,
  type GovernanceDiagramOptions,
  governanceDiagramSvg,
  layoutGovernanceDiagram,
  wrapText,
} from "./governance-diagram";

const OPTIONS: GovernanceDiagramOptions = {
  title: "Governance structure",
  description: "Who reports to whom <and how often they meet>.",
  labels: {
    chair: "Chair",
    coChairs: "Co-chairs",
    meets: "Meets",
    external: "Outside these groups",
    unnamed: "Unnamed group",
  },
  idPrefix: "gov",
};

const g = (key: string, name: string, reportsTo = "", reportsToOther = "", more = {}) => ({
  ...blankGroup(key),
  name,
  reportsTo,
  reportsToOther,
  ...more,
});

/** Birmingham (S1, figure 2): the board, the steering group, operations, two local groups. */
const BIRMINGHAM = reportingTree([
  g("steering", "Technical Academy Steering Group", "", "University Executive Board", {
    coChairs: ["PVC", "Director of Operations"],
  }),
  g("operations", "Technical Academy Operations Group", "steering", "", {
    chair: "Rachel",
    meets: "Monthly",
  }),
  g("local-1", "Local Management Group 1", "operations"),
  g("local-2", "Local Management Group 2", "operations"),
]);

/**
 * A small XML well-formedness check: tags balance, attributes are quoted, and text has no bare
 * "<" or "&". Enough to know an export will open; there is no XML parser among our dependencies.
 */
function assertWellFormed(xml: string) {
  const stack: string[] = [];
  const re = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|([^<]+)|(<)/g;
  for (const m of xml.matchAll(re)) {
    if (m[6]) throw new Error(`Stray "<" at ${m.index}`);
    if (m[5] !== undefined) {
      expect(m[5]).not.toMatch(/&(?!(amp|lt|gt|quot|#39);)/);
      continue;
    }
    const [, close, name, , selfClosing] = m;
    if (close) expect(stack.pop()).toBe(name);
    else if (!selfClosing) stack.push(name!);
  }
  expect(stack).toEqual([]);
}

describe("wrapText", () => {
  it.each([
    ["", 10, []],
    ["Technical Forum", 20, ["Technical Forum"]],
    ["Technical Academy Steering Group", 20, ["Technical Academy", "Steering Group"]],
    ["Supercalifragilistic group", 10, ["Supercalif", "ragilistic", "group"]],
    ["a  b\n c", 10, ["a b c"]],
  ])("%j at %i → %j", (text, max, expected) => {
    expect(wrapText(text, max)).toEqual(expected);
  });
});

describe("boxText", () => {
  it("writes the name, then chair, co-chairs and meetings; an outside body says so", () => {
    const [board] = BIRMINGHAM;
    expect(
      boxText(board!, OPTIONS.labels).map((l) => `${l.weight}${l.italic ? "/i" : ""}:${l.text}`),
    ).toEqual(["bold:University Executive", "bold:Board", "normal/i:Outside these groups"]);
    const operations = board!.children[0]!.children[0]!;
    expect(boxText(operations, OPTIONS.labels).map((l) => l.text)).toEqual([
      "Technical Academy",
      "Operations Group",
      "Chair: Rachel",
      "Meets: Monthly",
    ]);
    expect(boxText(reportingTree([g("x", " ")])[0]!, OPTIONS.labels)[0]!.text).toBe("Unnamed group");
  });
});

describe("layoutGovernanceDiagram", () => {
  const l = layoutGovernanceDiagram(BIRMINGHAM, OPTIONS);
  const box = (id: string) => l.boxes.find((b) => b.id === id)!;
  const centre = (id: string) => box(id).x + box(id).width / 2;

  it("puts each level below the one it reports to", () => {
    expect(box("external:1").y).toBeLessThan(box("steering").y);
    expect(box("steering").y + box("steering").height).toBeLessThan(box("operations").y);
    expect(box("local-1").y).toBe(box("local-2").y);
    expect(box("operations").y + box("operations").height).toBeLessThan(box("local-1").y);
  });

  it("sets leaves side by side without overlap and centres each parent over its children", () => {
    expect(box("local-1").x + box("local-1").width).toBeLessThan(box("local-2").x);
    expect(centre("operations")).toBeCloseTo((centre("local-1") + centre("local-2")) / 2);
    expect(centre("steering")).toBeCloseTo(centre("operations"));
    expect(centre("external:1")).toBeCloseTo(centre("steering"));
  });

  it("joins each parent to each child with one line, from bottom edge to top edge", () => {
    expect(l.edges.map((e) => `${e.from}→${e.to}`)).toEqual([
      "external:1→steering",
      "steering→operations",
      "operations→local-1",
      "operations→local-2",
    ]);
    const edge = l.edges.find((e) => e.to === "local-2")!;
    const ops = box("operations");
    expect(edge.d.startsWith(`M${ops.x + ops.width / 2} ${ops.y + ops.height}V`)).toBe(true);
    expect(edge.d.endsWith(`H${centre("local-2")}V${box("local-2").y}`)).toBe(true);
  });

  it("fits every box inside the picture", () => {
    for (const b of l.boxes) {
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.y).toBeGreaterThanOrEqual(0);
      expect(b.x + b.width).toBeLessThanOrEqual(l.width);
      expect(b.y + b.height).toBeLessThanOrEqual(l.height);
      for (const line of b.lines) expect(line.y).toBeLessThan(b.y + b.height);
    }
  });

  it("draws separate trees side by side", () => {
    const forest = layoutGovernanceDiagram(
      reportingTree([g("a", "A"), g("b", "B"), g("c", "C", "a")]),
      OPTIONS,
    );
    const [a, b, c] = ["a", "b", "c"].map((id) => forest.boxes.find((x) => x.id === id)!);
    expect(a!.y).toBe(b!.y);
    expect(c!.y).toBeGreaterThan(a!.y);
    expect(new Set(forest.boxes.map((x) => x.x)).size).toBe(2);
  });

  it("draws nothing for no groups, and refuses an id prefix that would break references", () => {
    const empty = layoutGovernanceDiagram([], OPTIONS);
    expect(empty.boxes).toEqual([]);
    expect(empty.edges).toEqual([]);
    expect(() => layoutGovernanceDiagram([], { ...OPTIONS, idPrefix: "1 bad" })).toThrow(RangeError);
  });
});

describe("governanceDiagramSvg", () => {
  const svg = governanceDiagramSvg(BIRMINGHAM, OPTIONS);

  it("is a well-formed standalone SVG document", () => {
    expect(svg).toMatch(
      /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="[\d.]+" height="[\d.]+" viewBox="0 0 [\d.]+ [\d.]+"/,
    );
    assertWellFormed(svg);
    assertWellFormed(governanceDiagramSvg([], OPTIONS));
  });

  it("is a labelled image with a title and a description", () => {
    expect(svg).toContain('role="img"');
    expect(svg).toContain('aria-labelledby="gov-title gov-desc"');
    expect(svg).toContain('<title id="gov-title">Governance structure</title>');
    expect(svg).toContain('<desc id="gov-desc">Who reports to whom &lt;and how often they meet&gt;.</desc>');
  });

  it("writes every group's name, and marks the outside body with a dashed border", () => {
    for (const name of ["University Executive", "Technical Academy", "Local Management"])
      expect(svg).toContain(name);
    expect(svg.match(/stroke-dasharray="6 4"/g)).toHaveLength(1);
    expect(svg.match(/<rect /g)).toHaveLength(5);
    expect(svg.match(/<path /g)).toHaveLength(4);
  });

  it("escapes what people typed", () => {
    const out = governanceDiagramSvg(
      reportingTree([g("a", `R&D <"Group">`, "", "", { chair: "O'Reilly" })]),
      OPTIONS,
    );
    expect(out).toContain("R&amp;D &lt;&quot;Group&quot;&gt;");
    expect(out).toContain("Chair: O&#39;Reilly");
    assertWellFormed(out);
  });
});
