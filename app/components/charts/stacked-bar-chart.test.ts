// A .ts file (createElement, no JSX): vitest.config.ts includes `*.test.ts` only.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import {
  layoutStackedBars,
  renderStackedBarsSvg,
  type StackedBarsInput,
} from "../../../src/charts/stacked-bars";
import { ChartWithTable, StackedBarChart } from "./stacked-bar-chart";

const INPUT: StackedBarsInput = {
  title: "Actions by pillar & rating",
  description: "Recognition has the most actions <not started>.",
  categories: [
    { key: "visibility", label: "Visibility" },
    { key: "recognition", label: "Recognition" },
    { key: "career-development", label: "Career development" },
    { key: "sustainability", label: "Sustainability" },
  ],
  series: [
    { key: "no-progress", label: "No progress", colour: "red" },
    { key: "in-progress", label: "In progress", colour: "amber" },
    { key: "completed", label: "Completed", colour: "green" },
    { key: "not-rated", label: "Not rated", colour: "grey" },
  ],
  values: {
    visibility: { "no-progress": 1, "in-progress": 4, completed: 2, "not-rated": 0 },
    recognition: { "no-progress": 5, "in-progress": 3, completed: 0, "not-rated": 1 },
    "career-development": { "in-progress": 6, completed: 7 },
    sustainability: {},
  },
  idPrefix: "pillars",
};

type Token = { tag: string; attrs: Record<string, string> } | { close: string } | { text: string };

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", "#x27": "'" };
const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, e: string) => ENTITIES[e]!);

/** Elements, attributes (sorted, without class) and text, so two serialisations compare as drawings. */
function tokens(markup: string): Token[] {
  const out: Token[] = [];
  for (const m of markup.matchAll(/<(\/?)([a-zA-Z]+)((?:\s+[\w:-]+="[^"]*")*)\s*(\/?)>|([^<]+)/g)) {
    if (m[5] !== undefined) {
      out.push({ text: decode(m[5]) });
    } else if (m[1]) {
      out.push({ close: m[2]! });
    } else {
      const attrs = Object.fromEntries(
        [...(m[3] ?? "").matchAll(/([\w:-]+)="([^"]*)"/g)]
          .filter(([, name]) => name !== "class")
          .map(([, name, value]) => [name!, decode(value!)])
          .sort(([a], [b]) => a!.localeCompare(b!)),
      );
      out.push({ tag: m[2]!, attrs });
      if (m[4]) out.push({ close: m[2]! });
    }
  }
  return out;
}

function segmentRects(markup: string) {
  return tokens(markup).flatMap((t) =>
    "tag" in t && t.tag === "rect" && t.attrs.fill?.startsWith("url(") && !t.attrs.stroke
      ? [{ x: t.attrs.x, y: t.attrs.y, width: t.attrs.width, height: t.attrs.height, fill: t.attrs.fill }]
      : [],
  );
}

describe("StackedBarChart", () => {
  const react = renderToStaticMarkup(createElement(StackedBarChart, INPUT));
  const string = renderStackedBarsSvg(INPUT);

  it("draws the same segment geometry as the standalone SVG string", () => {
    const fromLayout = layoutStackedBars(INPUT).segments.map((s) => ({
      x: String(s.x),
      y: String(s.y),
      width: String(s.width),
      height: String(s.height),
      fill: s.fill,
    }));
    expect(fromLayout).toHaveLength(8);
    expect(segmentRects(react)).toEqual(fromLayout);
    expect(segmentRects(string)).toEqual(fromLayout);
  });

  it("draws the same picture as the standalone SVG string, element for element", () => {
    expect(tokens(react)).toEqual(tokens(string));
  });

  it("is a labelled image with its title and description", () => {
    expect(react).toMatch(/^<svg [^>]*role="img"/);
    expect(react).toContain('aria-labelledby="pillars-title pillars-desc"');
    expect(react).toContain('<title id="pillars-title">Actions by pillar &amp; rating</title>');
    expect(react).toContain(
      '<desc id="pillars-desc">Recognition has the most actions &lt;not started&gt;.</desc>',
    );
    expect(react).toContain("<title>Recognition: 5 No progress</title>");
  });

  it("gives two charts without an idPrefix different ids", () => {
    const { idPrefix: _, ...withoutPrefix } = INPUT;
    const page = renderToStaticMarkup(
      createElement(
        "div",
        null,
        createElement(StackedBarChart, withoutPrefix),
        createElement(StackedBarChart, withoutPrefix),
      ),
    );
    const ids = [...page.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]!);
    expect(ids).toHaveLength(2 * 6);
    expect(new Set(ids).size).toBe(ids.length);
    for (const ref of page.matchAll(/url\(#([^)]+)\)/g)) expect(ids).toContain(ref[1]);
  });
});

describe("ChartWithTable", () => {
  const html = renderToStaticMarkup(
    createElement(ChartWithTable, { ...INPUT, labels: { category: "Pillar", total: "Total" } }),
  );
  const table = html.slice(html.indexOf("<table"), html.indexOf("</table>") + "</table>".length);
  const cells = (row: string) =>
    [...row.matchAll(/<(th|td)[^>]*>([^<]*)<\/\1>/g)].map((m) => `${m[1]}:${decode(m[2]!)}`);
  const rows = [...table.matchAll(/<tr>(.*?)<\/tr>/g)].map((m) => cells(m[1]!));

  it("puts the chart beside the table on large screens and above it on small ones", () => {
    expect(html).toMatch(/^<div class="[^"]*flex flex-col[^"]*lg:flex-row/);
    expect(html.indexOf("<svg")).toBeLessThan(html.indexOf("<table"));
  });

  it("captions the table with the chart's title", () => {
    expect(table).toMatch(/<caption[^>]*>Actions by pillar &amp; rating<\/caption>/);
  });

  it("has column headers, row headers and totals both ways", () => {
    expect(table.match(/<th scope="col"/g)).toHaveLength(6);
    expect(table.match(/<th scope="row"/g)).toHaveLength(5);
    expect(rows).toEqual([
      ["th:Pillar", "th:No progress", "th:In progress", "th:Completed", "th:Not rated", "th:Total"],
      ["th:Visibility", "td:1", "td:4", "td:2", "td:0", "td:7"],
      ["th:Recognition", "td:5", "td:3", "td:0", "td:1", "td:9"],
      ["th:Career development", "td:0", "td:6", "td:7", "td:0", "td:13"],
      ["th:Sustainability", "td:0", "td:0", "td:0", "td:0", "td:0"],
      ["th:Total", "td:6", "td:13", "td:9", "td:1", "td:29"],
    ]);
    expect(table).toMatch(/<tfoot><tr><th scope="row"[^>]*>Total<\/th>/);
  });
});
