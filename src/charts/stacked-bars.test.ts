import { describe, expect, it } from "vitest";
import {
  CHART_COLOUR_HEX,
  CHART_COLOUR_PATTERN,
  CHART_COLOURS,
  type ChartColour,
  layoutStackedBars,
  renderStackedBarsSvg,
  type StackedBarsInput,
} from "./stacked-bars";
import { escapeXml } from "./svg-string";

const SERIES: StackedBarsInput["series"] = [
  { key: "red", label: "Not started", colour: "red" },
  { key: "amber", label: "In progress", colour: "amber" },
  { key: "green", label: "Completed", colour: "green" },
  { key: "not-rated", label: "Not rated", colour: "grey" },
];

function chart(
  values: StackedBarsInput["values"],
  overrides: Partial<StackedBarsInput> = {},
): StackedBarsInput {
  return {
    title: "Actions by pillar and rating",
    description: "Most actions are in progress.",
    categories: Object.keys(values).map((key) => ({ key, label: key })),
    series: SERIES,
    values,
    ...overrides,
  };
}

/** WCAG relative luminance contrast of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe("layoutStackedBars", () => {
  it.each<{ name: string; row: Record<string, number> }>([
    { name: "one of each", row: { red: 1, amber: 1, green: 1, "not-rated": 1 } },
    { name: "uneven", row: { red: 3, amber: 7, green: 2, "not-rated": 1 } },
    { name: "large", row: { red: 120, amber: 45, green: 300, "not-rated": 35 } },
    { name: "two series", row: { amber: 5, green: 15 } },
  ])("makes segment widths proportional to values ($name)", ({ row }) => {
    const layout = layoutStackedBars(chart({ a: row, b: { green: 1 } }));
    const segments = layout.segments.filter((s) => s.categoryKey === "a");
    const pxPerUnit = segments[0]!.width / segments[0]!.value;
    for (const s of segments) expect(s.width).toBeCloseTo(s.value * pxPerUnit, 1);
    // Segments abut, left to right in series order, starting at the axis.
    expect(segments[0]!.x).toBe(layout.plot.x);
    for (let i = 1; i < segments.length; i++) {
      expect(segments[i]!.x).toBeCloseTo(segments[i - 1]!.x + segments[i - 1]!.width, 1);
    }
    expect(segments.map((s) => s.seriesKey)).toEqual(SERIES.map((s) => s.key).filter((k) => k in row));
  });

  it("uses one scale for all bars", () => {
    const layout = layoutStackedBars(chart({ a: { green: 4 }, b: { green: 2 } }));
    const [a, b] = layout.segments;
    expect(a!.width).toBeCloseTo(2 * b!.width, 1);
    expect(a!.y).toBeLessThan(b!.y);
    expect(a!.height).toBe(b!.height);
  });

  it.each<{ values: StackedBarsInput["values"]; expected: number }>([
    { values: { a: { red: 0, amber: 0, green: 0, "not-rated": 0 } }, expected: 0 },
    { values: { a: {} }, expected: 0 },
    { values: { a: { red: 2, amber: 0, green: 3 } }, expected: 2 },
    { values: { a: { red: 0, "not-rated": 1 }, b: { amber: 0 } }, expected: 1 },
  ])("makes no segment for a zero or missing value ($values)", ({ values, expected }) => {
    const layout = layoutStackedBars(chart(values));
    expect(layout.segments).toHaveLength(expected);
    expect(layout.segments.every((s) => s.value > 0 && s.width > 0)).toBe(true);
    expect(
      renderStackedBarsSvg(chart(values)).match(/<rect[^>]*fill="url\(#[^"]*"[^>]*>\s*<title>/g) ?? [],
    ).toHaveLength(expected);
  });

  it.each([0, 1, 2, 3, 5, 7, 13, 99, 1234])(
    "has integer ticks only, from 0 past the largest total (%i)",
    (max) => {
      const layout = layoutStackedBars(chart({ a: { green: max }, b: { red: 1 } }));
      const values = layout.ticks.map((t) => t.value);
      expect(values.every(Number.isInteger)).toBe(true);
      expect(values[0]).toBe(0);
      expect(values.at(-1)).toBeGreaterThanOrEqual(Math.max(1, max));
      expect([...values].sort((x, y) => x - y)).toEqual(values);
      expect(new Set(values).size).toBe(values.length);
      expect(layout.ticks.at(-1)!.x).toBeCloseTo(layout.plot.x + layout.plot.width, 1);
    },
  );

  it.each<{ row: Record<string, number>; labelled: (string | null)[] }>([
    { row: { red: 500, green: 500 }, labelled: ["500", "500"] },
    { row: { red: 1, green: 999 }, labelled: [null, "999"] },
    { row: { red: 1000, green: 1 }, labelled: ["1,000", null] },
    { row: { red: 3, amber: 2, green: 4 }, labelled: ["3", "2", "4"] },
  ])("writes a value inside a segment only when it fits ($row)", ({ row, labelled }) => {
    const layout = layoutStackedBars(chart({ a: row }));
    expect(layout.segments.map((s) => s.valueLabel?.text ?? null)).toEqual(labelled);
    for (const s of layout.segments) {
      if (!s.valueLabel) continue;
      expect(s.valueLabel.x).toBeCloseTo(s.x + s.width / 2, 1);
      expect(s.valueLabel.y).toBeGreaterThan(s.y);
      expect(s.valueLabel.y).toBeLessThan(s.y + s.height);
    }
  });

  it("titles each segment with category, value and series", () => {
    const layout = layoutStackedBars({
      ...chart({ recognition: { amber: 3 } }),
      categories: [{ key: "recognition", label: "Recognition" }],
    });
    expect(layout.segments[0]!.label).toBe("Recognition: 3 In progress");
    const custom = layoutStackedBars({
      ...chart({ recognition: { amber: 3 } }),
      segmentTitle: ({ category, series, value }) => `${series} — ${category}: ${value}`,
    });
    expect(custom.segments[0]!.label).toBe("In progress — recognition: 3");
  });

  it.each([
    { values: { a: { red: -1 } } },
    { values: { a: { red: Number.NaN } } },
    { values: { a: { red: Number.POSITIVE_INFINITY } } },
  ])("refuses a value that is not a count ($values.a.red)", ({ values }) => {
    expect(() => layoutStackedBars(chart(values))).toThrow(RangeError);
  });

  it.each(["", "1chart", "a b", 'x"y', "a)b"])(
    "refuses an id prefix that would break url(#…) (%j)",
    (idPrefix) => {
      expect(() => layoutStackedBars(chart({ a: { red: 1 } }, { idPrefix }))).toThrow(RangeError);
    },
  );

  it("draws an empty chart without failing", () => {
    const layout = layoutStackedBars({ ...chart({}), series: [] });
    expect(layout.segments).toEqual([]);
    expect(layout.ticks.map((t) => t.value)).toEqual([0, 1]);
    expect(renderStackedBarsSvg({ ...chart({}), series: [] })).toMatch(/^<svg .*<\/svg>$/);
  });

  it("wraps a long category label within the left margin", () => {
    const label = "Career development and professional recognition of technical staff";
    const layout = layoutStackedBars({ ...chart({ a: { red: 1 } }), categories: [{ key: "a", label }] });
    const lines = layout.categories[0]!.lines;
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.map((l) => l.text).join(" ")).toBe(label);
    expect(layout.plot.x).toBeLessThanOrEqual(640 * 0.3 + 16);
    expect(layout.plot.width).toBeGreaterThan(0);
  });
});

describe("colours and patterns", () => {
  it.each(CHART_COLOURS)("%s has 3:1 against white and white text has 4.5:1 on it", (colour) => {
    expect(contrast(CHART_COLOUR_HEX[colour], "#ffffff")).toBeGreaterThanOrEqual(4.5);
  });

  it("gives every colour its own pattern", () => {
    expect(new Set(Object.values(CHART_COLOUR_PATTERN)).size).toBe(CHART_COLOURS.length);
  });

  it.each(CHART_COLOURS)(
    "defines the %s pattern in <defs> and paints its segments and legend swatch with it",
    (colour) => {
      const series = SERIES.filter((s) => s.colour === colour);
      const svg = renderStackedBarsSvg(chart({ a: { [series[0]!.key]: 2 } }, { idPrefix: "c1" }));
      const id = `c1-pattern-${colour}`;
      const defs = svg.slice(svg.indexOf("<defs>"), svg.indexOf("</defs>"));
      expect(defs).toContain(`<pattern id="${id}"`);
      expect(defs).toContain(CHART_COLOUR_HEX[colour]);
      // The segment and the legend swatch.
      expect(svg.split(`fill="url(#${id})"`)).toHaveLength(3);
    },
  );

  it("defines one pattern per colour in use, even when two series share a colour", () => {
    const layout = layoutStackedBars(
      chart(
        { a: { r1: 1, r2: 1, g: 1 } },
        {
          series: [
            { key: "r1", label: "Red", colour: "red" },
            { key: "r2", label: "Red-amber", colour: "red" },
            { key: "g", label: "Green", colour: "green" },
          ],
        },
      ),
    );
    expect(layout.patterns.map((p) => p.colour)).toEqual(["red", "green"] satisfies ChartColour[]);
    expect(layout.legend.map((l) => l.label)).toEqual(["Red", "Red-amber", "Green"]);
  });
});

describe("renderStackedBarsSvg", () => {
  const svg = renderStackedBarsSvg(
    chart({ a: { red: 1, amber: 2, green: 3, "not-rated": 4 } }, { idPrefix: "p" }),
  );

  it("is a standalone, labelled image", () => {
    expect(svg).toMatch(
      /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="640" height="\d+" viewBox="0 0 640 \d+"/,
    );
    expect(svg).toContain('role="img"');
    expect(svg).toContain('aria-labelledby="p-title p-desc"');
    expect(svg).toContain('<title id="p-title">Actions by pillar and rating</title>');
    expect(svg).toContain('<desc id="p-desc">Most actions are in progress.</desc>');
    expect(svg).toMatch(/font-family="system-ui,[^"]*sans-serif"/);
    expect(svg.endsWith("</svg>")).toBe(true);
  });

  it("separates segments with a white stroke", () => {
    expect(svg).toMatch(/<g stroke="#ffffff" stroke-width="1"><rect [^>]*fill="url\(#p-pattern-red\)"/);
  });

  it.each([
    { field: "title", text: "Q&A <script>alert(1)</script>" },
    { field: "description", text: 'He said "5 > 3" & it\'s <b>' },
    { field: "category", text: "R&D <pillar>" },
    { field: "series", text: "<Not> rated & 'other'" },
  ])("escapes & < > \" ' in the $field", ({ field, text }) => {
    const input = chart({ a: { red: 3 } });
    if (field === "title") input.title = text;
    if (field === "description") input.description = text;
    if (field === "category") input.categories = [{ key: "a", label: text }];
    if (field === "series") input.series = [{ key: "red", label: text, colour: "red" }];
    const out = renderStackedBarsSvg(input);
    expect(out).toContain(escapeXml(text));
    expect(out).not.toContain(text);
    // Every < starts one of the chart's own tags.
    const tags = new Set([...out.matchAll(/<\/?([a-zA-Z]+)/g)].map((m) => m[1]));
    expect([...tags].sort()).toEqual(
      ["circle", "defs", "desc", "g", "line", "pattern", "rect", "svg", "text", "title", "tspan"].filter(
        (t) => tags.has(t),
      ),
    );
    expect(out.split("<").length - 1).toBe([...out.matchAll(/<\/?(?:[a-zA-Z]+)[\s/>]/g)].length);
  });

  it("escapes every XML special character", () => {
    expect(escapeXml(`a & b < c > d " e ' f`)).toBe("a &amp; b &lt; c &gt; d &quot; e &#39; f");
  });

  it("prefixes every id and every reference, so two charts on a page never clash", () => {
    const input = chart({ a: { red: 1, amber: 1, green: 1, "not-rated": 1 } });
    const one = renderStackedBarsSvg({ ...input, idPrefix: "first" });
    const two = renderStackedBarsSvg({ ...input, idPrefix: "second" });
    const ids = (s: string) => [...s.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]!);
    const refs = (s: string) => [
      ...[...s.matchAll(/url\(#([^)]+)\)/g)].map((m) => m[1]!),
      ...(s.match(/aria-labelledby="([^"]+)"/)?.[1]?.split(" ") ?? []),
    ];
    expect(ids(one)).toHaveLength(6);
    expect(ids(one).every((id) => id.startsWith("first-"))).toBe(true);
    expect(ids(two).every((id) => id.startsWith("second-"))).toBe(true);
    expect(ids(one).filter((id) => ids(two).includes(id))).toEqual([]);
    for (const s of [one, two]) for (const ref of refs(s)) expect(ids(s)).toContain(ref);
    expect(renderStackedBarsSvg(input)).toContain('id="stacked-bars-title"');
  });
});
