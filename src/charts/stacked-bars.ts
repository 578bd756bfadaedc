/**
 * A horizontal stacked bar chart, laid out once and drawn twice: as JSX on the pages
 * (`app/components/charts/stacked-bar-chart.tsx`) and as a standalone SVG string for exports
 * (the Typst PDF). Pure: d3-scale's scales only, no DOM and no I/O, so both drawings share one
 * geometry and the rules are tested as tables.
 *
 * Accessibility (WCAG 2.2 AA): colour is never the only carrier of meaning (1.4.1): each colour
 * has its own fill pattern and the legend shows pattern and word; every colour has at least 3:1
 * against white (1.4.11) and white value labels at least 4.5:1 on it (1.4.3).
 */
import { scaleBand, scaleLinear } from "d3-scale";
import { attrs, escapeXml, svgOpening } from "./svg-string";

export const CHART_COLOURS = ["red", "amber", "green", "grey"] as const;
export type ChartColour = (typeof CHART_COLOURS)[number];

/** Contrast against white: red 6.5:1, amber 5.0:1, green 5.0:1, grey 4.8:1 (tested). */
export const CHART_COLOUR_HEX: Record<ChartColour, string> = {
  red: "#b91c1c",
  amber: "#b45309",
  green: "#15803d",
  grey: "#6b7280",
};

export type PatternKind = "hatch" | "dots" | "solid" | "lines";

/** The pattern that repeats each colour's meaning for people who cannot tell the colours apart. */
export const CHART_COLOUR_PATTERN: Record<ChartColour, PatternKind> = {
  red: "hatch",
  amber: "dots",
  green: "solid",
  grey: "lines",
};

export const CHART_FONT_FAMILY =
  "system-ui, -apple-system, Segoe UI, Roboto, Helvetica Neue, Helvetica, Arial, sans-serif";

export type StackedBarsCategory = {
  /** Key into `values` (e.g. a pillar). */
  key: string;
  /** Shown beside the bar, in the segment titles and in the table's row headers. */
  label: string;
};

export type StackedBarsSeries = {
  /** Key into each category's values (e.g. a RAG level id, or "not-rated"). */
  key: string;
  /** Shown in the legend, the segment titles and the table's column headers. */
  label: string;
  /** Decides both the colour and the pattern; two series with one colour look the same. */
  colour: ChartColour;
};

export type StackedBarsInput = {
  /** The chart's accessible name (`<title>`) and the table's caption. */
  title: string;
  /** The chart's accessible description (`<desc>`): say what it shows and what stands out. */
  description: string;
  /** One bar per category, top to bottom in this order. */
  categories: StackedBarsCategory[];
  /** One segment per series, left to right in this order; also the legend's order. */
  series: StackedBarsSeries[];
  /** `values[categoryKey][seriesKey]`: a count (≥ 0); a missing value counts as 0. */
  values: Record<string, Record<string, number>>;
  /** Width in CSS pixels (the SVG also has a viewBox, so it scales down); 640 unless told. */
  width?: number;
  /**
   * Prefix for the ids of the title, description and patterns: two charts on one page need two
   * prefixes, or the second chart's `url(#…)` paints with the first one's patterns.
   * Letters, digits, `-` and `_`, starting with a letter or `_`; "stacked-bars" unless told.
   */
  idPrefix?: string;
  /** Each segment's tooltip; `${category}: ${value} ${series}` ("Recognition: 3 In progress") unless told. */
  segmentTitle?: (segment: { category: string; series: string; value: string }) => string;
};

export type PatternMark =
  | { type: "line"; x1: number; y1: number; x2: number; y2: number }
  | { type: "circle"; cx: number; cy: number; r: number };

export type StackedBarsPattern = {
  id: string;
  colour: ChartColour;
  kind: PatternKind;
  /** Tile size; the pattern is in user space, so tiles line up across segments. */
  size: number;
  transform: string | null;
  background: string;
  marks: PatternMark[];
  markColour: string;
  markOpacity: number;
  markWidth: number;
};

export type StackedBarsSegment = {
  categoryKey: string;
  seriesKey: string;
  x: number;
  y: number;
  width: number;
  height: number;
  value: number;
  /** The paint: `url(#<patternId>)`. */
  fill: string;
  patternId: string;
  colour: ChartColour;
  /** The segment's `<title>`, e.g. "Recognition: 3 In progress". */
  label: string;
  /** The value written inside the segment, or null when the segment is too narrow for it. */
  valueLabel: { x: number; y: number; text: string } | null;
};

export type StackedBarsText = { x: number; y: number; text: string };

export type StackedBarsLayout = {
  width: number;
  height: number;
  title: string;
  description: string;
  ids: { title: string; desc: string };
  fontFamily: string;
  fontSize: number;
  colours: {
    text: string;
    mutedText: string;
    grid: string;
    axis: string;
    valueText: string;
    separator: string;
  };
  plot: { x: number; y: number; width: number; height: number };
  /** Category labels (wrapped to lines, right-aligned at `x`) and each bar's total after it. */
  categories: {
    key: string;
    label: string;
    x: number;
    lines: StackedBarsText[];
    total: number;
    totalLabel: StackedBarsText;
  }[];
  segments: StackedBarsSegment[];
  /** Integer ticks only: counts have no halves. */
  ticks: { value: number; x: number; label: string }[];
  tickLabelY: number;
  patterns: StackedBarsPattern[];
  legend: {
    seriesKey: string;
    label: string;
    colour: ChartColour;
    fill: string;
    patternId: string;
    swatch: { x: number; y: number; size: number };
    text: StackedBarsText;
  }[];
};

const DEFAULT_WIDTH = 640;
const MIN_WIDTH = 320;
const DEFAULT_ID_PREFIX = "stacked-bars";
const FONT_SIZE = 14;
const LINE_HEIGHT = 18;
/** Average advance of a sans-serif glyph as a share of the font size, rounded up so text fits. */
const CHAR_WIDTH = 0.6;
const BAR_HEIGHT = 28;
const MIN_ROW_STEP = 44;
const GAP = 8;
const LEGEND_SWATCH = 16;
const LEGEND_ROW = 24;
const LEGEND_ITEM_GAP = 20;
const ID_PATTERN = /^[A-Za-z_][\w-]*$/;
const NUMBER_FORMAT = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 });

/** How the chart and its table write a figure ("1,234"). */
export function formatChartNumber(n: number): string {
  return NUMBER_FORMAT.format(n);
}

/** Rounded to 1/100 px so both drawings print the same numbers. */
function px(n: number): number {
  return Math.round(n * 100) / 100;
}

function textWidth(text: string, fontSize = FONT_SIZE): number {
  return text.length * fontSize * CHAR_WIDTH;
}

/** Greedy word wrap by estimated width; a word longer than the width gets a line of its own. */
function wrap(text: string, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

function countAt(input: StackedBarsInput, categoryKey: string, seriesKey: string): number {
  const value = input.values[categoryKey]?.[seriesKey] ?? 0;
  if (!Number.isFinite(value) || value < 0) {
    throw new RangeError(`Chart value for ${categoryKey}/${seriesKey} must be a number ≥ 0, got ${value}.`);
  }
  return value;
}

function patternFor(id: string, colour: ChartColour): StackedBarsPattern {
  const kind = CHART_COLOUR_PATTERN[colour];
  // Dark marks (not white ones) keep every part of a segment at least as dark as its colour, so
  // white value labels keep their 4.5:1 wherever they fall on the pattern.
  const base = {
    id,
    colour,
    kind,
    background: CHART_COLOUR_HEX[colour],
    markColour: "#000000",
    markOpacity: 0.45,
    markWidth: 2,
  };
  switch (kind) {
    case "hatch":
      return {
        ...base,
        size: 8,
        transform: "rotate(45)",
        marks: [{ type: "line", x1: 0, y1: 0, x2: 0, y2: 8 }],
      };
    case "dots":
      return { ...base, size: 8, transform: null, marks: [{ type: "circle", cx: 4, cy: 4, r: 1.75 }] };
    case "lines":
      return { ...base, size: 8, transform: null, marks: [{ type: "line", x1: 0, y1: 4, x2: 8, y2: 4 }] };
    case "solid":
      return { ...base, size: 8, transform: null, marks: [] };
  }
}

export function layoutStackedBars(input: StackedBarsInput): StackedBarsLayout {
  const idPrefix = input.idPrefix ?? DEFAULT_ID_PREFIX;
  if (!ID_PATTERN.test(idPrefix)) {
    throw new RangeError(
      `Chart idPrefix "${idPrefix}" must be letters, digits, - and _, starting with a letter.`,
    );
  }
  const width = Math.max(MIN_WIDTH, input.width ?? DEFAULT_WIDTH);
  const format = formatChartNumber;
  const segmentTitle =
    input.segmentTitle ??
    ((s: { category: string; series: string; value: string }) => `${s.category}: ${s.value} ${s.series}`);

  const totals = input.categories.map((c) =>
    input.series.reduce((sum, s) => sum + countAt(input, c.key, s.key), 0),
  );
  const maxTotal = Math.max(0, ...totals);

  // Left margin: the longest category label, wrapped to at most 30 % of the width.
  const maxLabelWidth = Math.max(80, width * 0.3);
  const wrapped = input.categories.map((c) => wrap(c.label, maxLabelWidth));
  const labelWidth = Math.min(maxLabelWidth, Math.max(0, ...wrapped.flat().map((l) => textWidth(l))));
  const rightMargin = Math.max(textWidth(format(maxTotal)), textWidth("0")) + GAP * 2;
  const maxLines = Math.max(1, ...wrapped.map((lines) => lines.length));
  const rowStep = Math.max(MIN_ROW_STEP, maxLines * LINE_HEIGHT + 12);

  const plot = {
    x: px(labelWidth + GAP * 2),
    y: GAP,
    width: 0,
    height: input.categories.length * rowStep,
  };
  plot.width = px(width - plot.x - rightMargin);

  const y = scaleBand<string>()
    .domain(input.categories.map((c) => c.key))
    .range([plot.y, plot.y + plot.height])
    .paddingInner(1 - BAR_HEIGHT / rowStep)
    .paddingOuter((1 - BAR_HEIGHT / rowStep) / 2);
  const domainMax = Math.max(1, maxTotal);
  // No more ticks than whole numbers in the domain, so d3 never picks a step below 1.
  const tickCount = Math.max(1, Math.min(Math.ceil(domainMax), Math.floor(plot.width / 60)));
  const x = scaleLinear()
    .domain([0, domainMax])
    .range([plot.x, plot.x + plot.width])
    .nice(tickCount);
  const ticks = x
    .ticks(tickCount)
    .filter(Number.isInteger)
    .map((value) => ({ value, x: px(x(value)), label: format(value) }));

  const usedColours = [...new Set(input.series.map((s) => s.colour))];
  const patterns = usedColours.map((colour) => patternFor(`${idPrefix}-pattern-${colour}`, colour));
  const patternId = (colour: ChartColour) => `${idPrefix}-pattern-${colour}`;

  const segments: StackedBarsSegment[] = [];
  const categories = input.categories.map((category, index) => {
    const barY = px(y(category.key) ?? plot.y);
    const barHeight = px(y.bandwidth());
    let sum = 0;
    for (const series of input.series) {
      const value = countAt(input, category.key, series.key);
      if (value === 0) continue;
      const x0 = px(x(sum));
      sum += value;
      const x1 = px(x(sum));
      const segmentWidth = px(x1 - x0);
      const text = format(value);
      const fitsLabel = segmentWidth >= textWidth(text) + GAP;
      segments.push({
        categoryKey: category.key,
        seriesKey: series.key,
        x: x0,
        y: barY,
        width: segmentWidth,
        height: barHeight,
        value,
        fill: `url(#${patternId(series.colour)})`,
        patternId: patternId(series.colour),
        colour: series.colour,
        label: segmentTitle({ category: category.label, series: series.label, value: text }),
        valueLabel: fitsLabel
          ? { x: px(x0 + segmentWidth / 2), y: px(barY + barHeight / 2 + FONT_SIZE * 0.35), text }
          : null,
      });
    }
    const lines = wrapped[index] ?? [category.label];
    const firstBaseline = barY + barHeight / 2 - ((lines.length - 1) * LINE_HEIGHT) / 2 + FONT_SIZE * 0.35;
    const total = totals[index] ?? 0;
    return {
      key: category.key,
      label: category.label,
      x: px(plot.x - GAP),
      lines: lines.map((text, i) => ({ x: px(plot.x - GAP), y: px(firstBaseline + i * LINE_HEIGHT), text })),
      total,
      totalLabel: {
        x: px(x(total) + GAP),
        y: px(barY + barHeight / 2 + FONT_SIZE * 0.35),
        text: format(total),
      },
    };
  });

  const tickLabelY = px(plot.y + plot.height + FONT_SIZE + 6);

  // Legend: swatch and word per series, wrapping onto more rows when the width runs out.
  const legendTop = tickLabelY + GAP * 2;
  let cursorX = 0;
  let row = 0;
  const legend = input.series.map((series) => {
    const itemWidth = LEGEND_SWATCH + 6 + textWidth(series.label);
    if (cursorX > 0 && cursorX + itemWidth > width) {
      cursorX = 0;
      row += 1;
    }
    const top = legendTop + row * LEGEND_ROW;
    const item = {
      seriesKey: series.key,
      label: series.label,
      colour: series.colour,
      fill: `url(#${patternId(series.colour)})`,
      patternId: patternId(series.colour),
      swatch: { x: px(cursorX + 1), y: px(top + 1), size: LEGEND_SWATCH },
      text: {
        x: px(cursorX + LEGEND_SWATCH + 6),
        y: px(top + LEGEND_SWATCH / 2 + 1 + FONT_SIZE * 0.35),
        text: series.label,
      },
    };
    cursorX += itemWidth + LEGEND_ITEM_GAP;
    return item;
  });
  const legendRows = input.series.length ? row + 1 : 0;
  const height = Math.ceil(legendTop + legendRows * LEGEND_ROW + GAP);

  return {
    width,
    height,
    title: input.title,
    description: input.description,
    ids: { title: `${idPrefix}-title`, desc: `${idPrefix}-desc` },
    fontFamily: CHART_FONT_FAMILY,
    fontSize: FONT_SIZE,
    colours: {
      text: "#1f2937",
      mutedText: "#374151",
      grid: "#e5e7eb",
      axis: "#6b7280",
      valueText: "#ffffff",
      separator: "#ffffff",
    },
    plot,
    categories,
    segments,
    ticks,
    tickLabelY,
    patterns,
    legend,
  };
}

function patternSvg(p: StackedBarsPattern): string {
  const marks = p.marks
    .map((m) =>
      m.type === "line"
        ? `<line${attrs({ x1: m.x1, y1: m.y1, x2: m.x2, y2: m.y2, stroke: p.markColour, "stroke-opacity": p.markOpacity, "stroke-width": p.markWidth })}/>`
        : `<circle${attrs({ cx: m.cx, cy: m.cy, r: m.r, fill: p.markColour, "fill-opacity": p.markOpacity })}/>`,
    )
    .join("");
  return (
    `<pattern${attrs({ id: p.id, patternUnits: "userSpaceOnUse", width: p.size, height: p.size, patternTransform: p.transform })}>` +
    `<rect${attrs({ width: p.size, height: p.size, fill: p.background })}/>${marks}</pattern>`
  );
}

/**
 * The chart as a standalone SVG document (xmlns, viewBox, width and height), for exports and
 * for anything that embeds an SVG file. Pages use `<StackedBarChart>`, which draws the same layout.
 */
export function renderStackedBarsSvg(input: StackedBarsInput): string {
  const l = layoutStackedBars(input);
  const plotBottom = l.plot.y + l.plot.height;
  const parts: string[] = [];
  parts.push(...svgOpening(l), `<defs>${l.patterns.map(patternSvg).join("")}</defs>`);
  parts.push(
    `<g${attrs({ stroke: l.colours.grid, "stroke-width": 1 })}>`,
    ...l.ticks.map((t) => `<line${attrs({ x1: t.x, y1: l.plot.y, x2: t.x, y2: plotBottom })}/>`),
    "</g>",
    `<g${attrs({ fill: l.colours.mutedText, "text-anchor": "middle" })}>`,
    ...l.ticks.map((t) => `<text${attrs({ x: t.x, y: l.tickLabelY })}>${escapeXml(t.label)}</text>`),
    "</g>",
    `<g${attrs({ fill: l.colours.text, "text-anchor": "end" })}>`,
    ...l.categories.map(
      (c) =>
        `<text>${c.lines.map((line) => `<tspan${attrs({ x: line.x, y: line.y })}>${escapeXml(line.text)}</tspan>`).join("")}</text>`,
    ),
    "</g>",
    `<g${attrs({ stroke: l.colours.separator, "stroke-width": 1 })}>`,
    ...l.segments.map(
      (s) =>
        `<rect${attrs({ x: s.x, y: s.y, width: s.width, height: s.height, fill: s.fill })}><title>${escapeXml(s.label)}</title></rect>`,
    ),
    "</g>",
    `<g${attrs({ fill: l.colours.valueText, "text-anchor": "middle", "font-weight": "bold" })}>`,
    ...l.segments.flatMap((s) =>
      s.valueLabel
        ? [`<text${attrs({ x: s.valueLabel.x, y: s.valueLabel.y })}>${escapeXml(s.valueLabel.text)}</text>`]
        : [],
    ),
    "</g>",
    `<g${attrs({ fill: l.colours.text })}>`,
    ...l.categories.map(
      (c) => `<text${attrs({ x: c.totalLabel.x, y: c.totalLabel.y })}>${escapeXml(c.totalLabel.text)}</text>`,
    ),
    "</g>",
    `<line${attrs({ x1: l.plot.x, y1: l.plot.y, x2: l.plot.x, y2: plotBottom, stroke: l.colours.axis, "stroke-width": 1 })}/>`,
    `<g${attrs({ fill: l.colours.text })}>`,
    ...l.legend.map(
      (item) =>
        `<g><rect${attrs({ x: item.swatch.x, y: item.swatch.y, width: item.swatch.size, height: item.swatch.size, fill: item.fill, stroke: l.colours.text, "stroke-width": 1 })}/>` +
        `<text${attrs({ x: item.text.x, y: item.text.y })}>${escapeXml(item.text.text)}</text></g>`,
    ),
    "</g>",
    "</svg>",
  );
  return parts.join("");
}
