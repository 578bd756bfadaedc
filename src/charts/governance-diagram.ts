/**
 * The governance structure as a top-down tree of boxes joined by reporting lines, laid out once and
 * drawn twice: as JSX on the pages (`app/components/sections/governance-diagram.tsx`) and as a
 * standalone SVG string for exports. Pure: no DOM and no I/O.
 *
 * The layout is the simple one a reader expects of an organisation chart: each level one row, leaves
 * side by side in the answer's order, each parent centred over its children. Boxes have one width;
 * names wrap, so a box grows downwards, never sideways.
 *
 * Accessibility: the picture is an image with a title and a description; the page puts the same
 * information below it as a nested list. Nothing relies on colour: a body outside the groups has a
 * dashed border and says so in words.
 */
import type { GovernanceTree, GovernanceTreeNode } from "../core/submissions/sections/governance-tree";
import { CHART_FONT_FAMILY } from "./stacked-bars";
import { attrs, escapeXml, svgOpening } from "./svg-string";

export type GovernanceDiagramText = {
  /** The image's accessible name and the figure's caption ("Governance structure"). */
  title: string;
  /** What the image shows, for people who cannot see it. */
  description: string;
  /** Words inside the boxes ("Chair", "Co-chairs", "Meets", "Outside these groups", "Unnamed group"). */
  labels: { chair: string; coChairs: string; meets: string; external: string; unnamed: string };
};

export type GovernanceDiagramOptions = GovernanceDiagramText & {
  /** Prefix for the title and description ids; "governance" unless told. */
  idPrefix?: string;
};

export type DiagramLine = { x: number; y: number; text: string; weight: "bold" | "normal"; italic: boolean };

export type DiagramBox = {
  id: string;
  kind: GovernanceTreeNode["kind"];
  x: number;
  y: number;
  width: number;
  height: number;
  lines: DiagramLine[];
};

export type GovernanceDiagramLayout = {
  width: number;
  height: number;
  title: string;
  description: string;
  ids: { title: string; desc: string };
  fontFamily: string;
  fontSize: number;
  colours: { text: string; stroke: string; fill: string; externalFill: string; line: string };
  boxes: DiagramBox[];
  /** Elbow lines from a parent's bottom edge to a child's top edge, as SVG path data. */
  edges: { from: string; to: string; d: string }[];
};

const FONT_SIZE = 13;
const LINE_HEIGHT = 17;
const CHAR_WIDTH = 0.6;
const BOX_WIDTH = 208;
const PADDING = 10;
const H_GAP = 24;
const V_GAP = 40;
const MARGIN = 2;
const ID_PATTERN = /^[A-Za-z_][\w-]*$/;

const px = (n: number) => Math.round(n * 100) / 100;

/** Greedy wrap to `max` characters a line; a word longer than a line is cut into pieces. */
export function wrapText(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    let rest = word;
    while (rest.length > max) {
      if (line) {
        lines.push(line);
        line = "";
      }
      lines.push(rest.slice(0, max));
      rest = rest.slice(max);
    }
    if (!rest) continue;
    const candidate = line ? `${line} ${rest}` : rest;
    if (line && candidate.length > max) {
      lines.push(line);
      line = rest;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/** The text of a box, line by line: the name in bold, then who chairs it and how often it meets. */
export function boxText(
  node: GovernanceTreeNode,
  labels: GovernanceDiagramText["labels"],
): { text: string; weight: "bold" | "normal"; italic: boolean }[] {
  const inner = BOX_WIDTH - 2 * PADDING;
  const out: { text: string; weight: "bold" | "normal"; italic: boolean }[] = [];
  const add = (text: string, weight: "bold" | "normal", italic = false) => {
    // Bold glyphs run about a tenth wider, so a bold line holds fewer of them.
    const max = Math.floor(inner / (FONT_SIZE * CHAR_WIDTH * (weight === "bold" ? 1.1 : 1)));
    for (const line of wrapText(text, max)) out.push({ text: line, weight, italic });
  };
  add(node.name.trim() || labels.unnamed, "bold");
  if (node.kind === "external") add(labels.external, "normal", true);
  if (node.chair) add(`${labels.chair}: ${node.chair}`, "normal");
  if (node.coChairs.length) add(`${labels.coChairs}: ${node.coChairs.join(", ")}`, "normal");
  if (node.meets) add(`${labels.meets}: ${node.meets}`, "normal");
  return out;
}

export function layoutGovernanceDiagram(
  tree: GovernanceTree,
  options: GovernanceDiagramOptions,
): GovernanceDiagramLayout {
  const idPrefix = options.idPrefix ?? "governance";
  if (!ID_PATTERN.test(idPrefix))
    throw new RangeError(
      `Diagram idPrefix "${idPrefix}" must be letters, digits, - and _, starting with a letter.`,
    );

  // First pass: each box's text, its depth, and the tallest box of each level.
  type Placed = { node: GovernanceTreeNode; depth: number; text: ReturnType<typeof boxText>; cx: number };
  const placed = new Map<GovernanceTreeNode, Placed>();
  const rowHeight: number[] = [];
  const measure = (node: GovernanceTreeNode, depth: number) => {
    const text = boxText(node, options.labels);
    placed.set(node, { node, depth, text, cx: 0 });
    rowHeight[depth] = Math.max(rowHeight[depth] ?? 0, text.length * LINE_HEIGHT + 2 * PADDING);
    for (const child of node.children) measure(child, depth + 1);
  };
  for (const root of tree) measure(root, 0);
  const rowTop: number[] = [];
  rowHeight.forEach((_, d) => {
    rowTop[d] = d === 0 ? MARGIN : rowTop[d - 1]! + rowHeight[d - 1]! + V_GAP;
  });

  // Second pass: leaves take the next slot left to right; a parent sits over the middle of its children.
  let slot = 0;
  const place = (node: GovernanceTreeNode): number => {
    const p = placed.get(node)!;
    if (node.children.length === 0) p.cx = MARGIN + slot++ * (BOX_WIDTH + H_GAP) + BOX_WIDTH / 2;
    else {
      const xs = node.children.map(place);
      p.cx = (xs[0]! + xs[xs.length - 1]!) / 2;
    }
    return p.cx;
  };
  for (const root of tree) place(root);

  const boxes: DiagramBox[] = [];
  const edges: GovernanceDiagramLayout["edges"] = [];
  const boxOf = new Map<GovernanceTreeNode, DiagramBox>();
  for (const p of placed.values()) {
    const x = px(p.cx - BOX_WIDTH / 2);
    const y = rowTop[p.depth]!;
    const height = p.text.length * LINE_HEIGHT + 2 * PADDING;
    const box: DiagramBox = {
      id: p.node.id,
      kind: p.node.kind,
      x,
      y,
      width: BOX_WIDTH,
      height,
      lines: p.text.map((l, i) => ({
        x: px(x + PADDING),
        // The baseline of line i: padding, then a line's height less the descent.
        y: px(y + PADDING + (i + 1) * LINE_HEIGHT - 4),
        ...l,
      })),
    };
    boxes.push(box);
    boxOf.set(p.node, box);
  }
  for (const p of placed.values()) {
    const parent = boxOf.get(p.node)!;
    for (const child of p.node.children) {
      const c = boxOf.get(child)!;
      const fromX = px(parent.x + parent.width / 2);
      const fromY = px(parent.y + parent.height);
      const toX = px(c.x + c.width / 2);
      const midY = px(c.y - V_GAP / 2);
      edges.push({ from: parent.id, to: c.id, d: `M${fromX} ${fromY}V${midY}H${toX}V${c.y}` });
    }
  }

  const depth = rowHeight.length;
  return {
    width: px(Math.max(BOX_WIDTH, slot * (BOX_WIDTH + H_GAP) - H_GAP) + 2 * MARGIN),
    height: depth ? px(rowTop[depth - 1]! + rowHeight[depth - 1]! + MARGIN) : 2 * MARGIN,
    title: options.title,
    description: options.description,
    ids: { title: `${idPrefix}-title`, desc: `${idPrefix}-desc` },
    fontFamily: CHART_FONT_FAMILY,
    fontSize: FONT_SIZE,
    colours: {
      text: "#0b0c0c",
      stroke: "#0b0c0c",
      fill: "#ffffff",
      externalFill: "#f3f2f1",
      line: "#505a5f",
    },
    boxes,
    edges,
  };
}

/** How each box is drawn; a body outside the groups is dashed (its text says so too). */
export function boxStyle(l: GovernanceDiagramLayout, box: DiagramBox) {
  return {
    fill: box.kind === "external" ? l.colours.externalFill : l.colours.fill,
    stroke: l.colours.stroke,
    strokeWidth: 2,
    strokeDasharray: box.kind === "external" ? "6 4" : undefined,
  };
}

/** The diagram as a standalone SVG document, for exports. Pages draw `<GovernanceDiagram>` from the same layout. */
export function governanceDiagramSvg(tree: GovernanceTree, options: GovernanceDiagramOptions): string {
  const l = layoutGovernanceDiagram(tree, options);
  const parts = [
    ...svgOpening(l),
    `<g${attrs({ fill: "none", stroke: l.colours.line, "stroke-width": 2 })}>`,
    ...l.edges.map((e) => `<path${attrs({ d: e.d })}/>`),
    "</g>",
    ...l.boxes.map((b) => {
      const s = boxStyle(l, b);
      return (
        `<g><rect${attrs({ x: b.x, y: b.y, width: b.width, height: b.height, fill: s.fill, stroke: s.stroke, "stroke-width": s.strokeWidth, "stroke-dasharray": s.strokeDasharray })}/>` +
        `<text${attrs({ fill: l.colours.text })}>${b.lines
          .map(
            (line) =>
              `<tspan${attrs({ x: line.x, y: line.y, "font-weight": line.weight === "bold" ? "bold" : undefined, "font-style": line.italic ? "italic" : undefined })}>${escapeXml(line.text)}</tspan>`,
          )
          .join("")}</text></g>`
      );
    }),
    "</svg>",
  ];
  return parts.join("");
}
