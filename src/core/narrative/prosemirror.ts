import type { Block, Inline, ListItem, NarrativeDoc, TableCell, TableRow } from "./doc";
import { finishDoc, normalizeDoc } from "./normalize";

/*
 * The rich editor (TipTap, on ProseMirror) keeps its own JSON: flat text with marks where our tree
 * nests strong/emphasis/link, cells and list items holding paragraphs, node names of its own. These
 * two functions convert between the two without a DOM, so the server can check what a browser
 * sends and tests can run the conversion as tables. Node and mark names are TipTap's StarterKit and
 * table extensions', plus our two inline atoms below (the editor defines them with these names).
 */

/** The editor's node for a bound figure: an inline atom with `attrs.ref`. */
export const FIGURE_NODE = "boundFigure";
/** The editor's node for an evidence image: an inline atom with `attrs.url` (`evidence:<uuid>`), `alt`, `title`. */
export const IMAGE_NODE = "evidenceImage";

export type EditorMark = { type: string; attrs?: Record<string, unknown> };
export type EditorNode = {
  type: string;
  attrs?: Record<string, unknown>;
  content?: EditorNode[];
  marks?: EditorMark[];
  text?: string;
};

// ---------------------------------------------------------------- our tree → editor JSON

type MarkSet = EditorMark[];

function inlineToEditor(nodes: readonly Inline[], marks: MarkSet): EditorNode[] {
  const withMarks = (n: EditorNode): EditorNode => (marks.length ? { ...n, marks } : n);
  return nodes.flatMap((n): EditorNode[] => {
    switch (n.type) {
      case "text":
        return n.value ? [withMarks({ type: "text", text: n.value })] : [];
      case "break":
        return [withMarks({ type: "hardBreak" })];
      case "boundFigure":
        return [withMarks({ type: FIGURE_NODE, attrs: { ref: n.ref } })];
      case "image":
        return [withMarks({ type: IMAGE_NODE, attrs: { url: n.url, alt: n.alt, title: n.title ?? null } })];
      case "strong":
        return inlineToEditor(n.children, [...marks, { type: "bold" }]);
      case "emphasis":
        return inlineToEditor(n.children, [...marks, { type: "italic" }]);
      default:
        return inlineToEditor(n.children, [
          ...marks,
          { type: "link", attrs: { href: n.url, title: n.title ?? null } },
        ]);
    }
  });
}

const paragraph = (children: readonly Inline[]): EditorNode => {
  const content = inlineToEditor(children, []);
  return content.length ? { type: "paragraph", content } : { type: "paragraph" };
};

function blockToEditor(b: Block): EditorNode {
  switch (b.type) {
    case "paragraph":
      return paragraph(b.children);
    case "heading": {
      const content = inlineToEditor(b.children, []);
      return { type: "heading", attrs: { level: b.depth }, ...(content.length ? { content } : {}) };
    }
    case "thematicBreak":
      return { type: "horizontalRule" };
    case "blockquote":
      return { type: "blockquote", content: blocksToEditor(b.children) };
    case "list":
      return {
        type: b.ordered ? "orderedList" : "bulletList",
        ...(b.ordered ? { attrs: { start: b.start ?? 1 } } : {}),
        content: b.children.map(itemToEditor),
      };
    case "table":
      return {
        type: "table",
        content: b.children.map((row, r) => ({
          type: "tableRow",
          content: row.children.map((c) => ({
            // The first row is the header row, in our tree and in every renderer.
            type: r === 0 ? "tableHeader" : "tableCell",
            content: [paragraph(c.children)],
          })),
        })),
      };
  }
}

/** The editor needs a block in every container, and a paragraph first in a list item. */
function blocksToEditor(blocks: readonly Block[]): EditorNode[] {
  return blocks.length ? blocks.map(blockToEditor) : [{ type: "paragraph" }];
}

function itemToEditor(item: ListItem): EditorNode {
  const content = item.children.map(blockToEditor);
  if (content[0]?.type !== "paragraph") content.unshift({ type: "paragraph" });
  return { type: "listItem", content };
}

/** Our tree as the editor's JSON document. */
export function docToEditorJson(doc: NarrativeDoc): EditorNode {
  return { type: "doc", content: blocksToEditor(doc.children) };
}

// ---------------------------------------------------------------- editor JSON → our tree

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null;

/** What a browser sent, read defensively: anything that is not a node becomes nothing. */
function nodeOf(x: unknown): EditorNode | null {
  if (!isRecord(x) || typeof x.type !== "string") return null;
  return {
    type: x.type,
    attrs: isRecord(x.attrs) ? x.attrs : undefined,
    content: Array.isArray(x.content) ? (x.content.map(nodeOf).filter(Boolean) as EditorNode[]) : undefined,
    marks: Array.isArray(x.marks)
      ? x.marks.filter((m): m is EditorMark => isRecord(m) && typeof m.type === "string")
      : undefined,
    text: typeof x.text === "string" ? x.text : undefined,
  };
}

const str = (x: unknown) => (typeof x === "string" ? x : "");
const children = (n: EditorNode) => n.content ?? [];

/** Marks we keep, outermost first, so that runs group the same way every time. */
const MARK_ORDER = ["link", "bold", "italic"] as const;
type KeptMark = { type: (typeof MARK_ORDER)[number]; key: string; attrs: Record<string, unknown> };

function keptMarks(n: EditorNode): KeptMark[] {
  const kept: KeptMark[] = [];
  for (const type of MARK_ORDER) {
    const mark = n.marks?.find((m) => m.type === type);
    if (!mark) continue;
    const attrs = mark.attrs ?? {};
    kept.push({ type, attrs, key: type === "link" ? `link ${str(attrs.href)} ${str(attrs.title)}` : type });
  }
  return kept;
}

/** One inline node without its marks. */
function bareInline(n: EditorNode): Inline[] {
  switch (n.type) {
    case "text":
      return n.text ? [{ type: "text", value: n.text }] : [];
    case "hardBreak":
      return [{ type: "break" }];
    case FIGURE_NODE:
      return [{ type: "boundFigure", ref: str(n.attrs?.ref) }];
    case IMAGE_NODE:
      return [
        {
          type: "image",
          url: str(n.attrs?.url),
          alt: str(n.attrs?.alt),
          ...(str(n.attrs?.title) ? { title: str(n.attrs?.title) } : {}),
        },
      ];
    default:
      // An inline node we do not know reads as its text, if it has any.
      return n.text ? [{ type: "text", value: n.text }] : inlineFromEditor(children(n));
  }
}

/** Flat runs of marked nodes back into nested strong/emphasis/link, grouping the longest runs. */
function group(items: { node: EditorNode; marks: KeptMark[] }[]): Inline[] {
  const out: Inline[] = [];
  let i = 0;
  while (i < items.length) {
    const first = items[i]!;
    const mark = first.marks[0];
    if (!mark) {
      out.push(...bareInline(first.node));
      i++;
      continue;
    }
    let j = i;
    while (j < items.length && items[j]!.marks.some((m) => m.key === mark.key)) j++;
    const inner = group(
      items.slice(i, j).map((x) => ({ node: x.node, marks: x.marks.filter((m) => m.key !== mark.key) })),
    );
    if (mark.type === "link") {
      const title = str(mark.attrs.title);
      out.push({ type: "link", url: str(mark.attrs.href), ...(title ? { title } : {}), children: inner });
    } else {
      out.push({ type: mark.type === "bold" ? "strong" : "emphasis", children: inner });
    }
    i = j;
  }
  return out;
}

function inlineFromEditor(nodes: readonly EditorNode[]): Inline[] {
  return group(nodes.map((node) => ({ node, marks: keptMarks(node) })));
}

const SAFE_LINK = /^(https?:|mailto:)/i;

/** Links the schema would refuse (javascript:, relative) are unwrapped to their text, as in Markdown. */
function safeLinks(nodes: Inline[]): Inline[] {
  return nodes.flatMap((n): Inline[] => {
    if (n.type === "link") {
      const inner = safeLinks(n.children);
      return SAFE_LINK.test(n.url.trim()) ? [{ ...n, url: n.url.trim(), children: inner }] : inner;
    }
    if (n.type === "strong" || n.type === "emphasis") return [{ ...n, children: safeLinks(n.children) }];
    return [n];
  });
}

const inlineOf = (n: EditorNode) => safeLinks(inlineFromEditor(children(n)));

const INLINE_NODES = new Set(["text", "hardBreak", FIGURE_NODE, IMAGE_NODE]);

/** All of a container's text as inline content, for places that hold only one line (table cells). */
function flatInline(n: EditorNode): Inline[] {
  const kids = children(n);
  if (kids.every((c) => INLINE_NODES.has(c.type))) return inlineOf(n);
  return kids
    .map(flatInline)
    .flatMap((p, i): Inline[] => (i > 0 && p.length ? [{ type: "text", value: " " }, ...p] : p));
}

function blockFromEditor(n: EditorNode): Block[] {
  switch (n.type) {
    case "paragraph":
      return [{ type: "paragraph", children: inlineOf(n) }];
    case "heading": {
      const level = Number(n.attrs?.level) || 2;
      const depth = Math.min(4, Math.max(2, level)) as 2 | 3 | 4;
      return [{ type: "heading", depth, children: inlineOf(n) }];
    }
    case "horizontalRule":
      return [{ type: "thematicBreak" }];
    case "blockquote":
      return [{ type: "blockquote", children: blocksFromEditor(children(n)) }];
    case "bulletList":
    case "orderedList": {
      const ordered = n.type === "orderedList";
      const start = Number(n.attrs?.start);
      return [
        {
          type: "list",
          ordered,
          ...(ordered ? { start: Number.isInteger(start) && start >= 0 ? start : 1 } : {}),
          spread: false,
          children: children(n).map(
            (item): ListItem => ({
              type: "listItem",
              spread: false,
              children: blocksFromEditor(children(item)),
            }),
          ),
        },
      ];
    }
    case "table":
      return [
        {
          type: "table",
          align: null,
          children: children(n).map(
            (row): TableRow => ({
              type: "tableRow",
              children: children(row).map((c): TableCell => ({ type: "tableCell", children: flatInline(c) })),
            }),
          ),
        },
      ];
    case "codeBlock":
      return [
        {
          type: "paragraph",
          children: children(n)
            .map((c) => c.text ?? "")
            .join("")
            .split("\n")
            .flatMap((line, i): Inline[] => [
              ...(i ? [{ type: "break" } as const] : []),
              { type: "text", value: line },
            ]),
        },
      ];
    default:
      // A block we do not know: its blocks if it holds blocks, else its text as a paragraph.
      if (children(n).some((c) => c.content || c.type === "horizontalRule"))
        return blocksFromEditor(children(n));
      return [{ type: "paragraph", children: inlineOf(n) }];
  }
}

function blocksFromEditor(nodes: readonly EditorNode[]): Block[] {
  return nodes.flatMap(blockFromEditor);
}

/**
 * The editor's JSON as a validated tree. Unknown nodes are flattened to their text, unknown marks
 * dropped. Throws INVALID (field "doc") when the result breaks a rule, e.g. an image without alt text.
 */
export function editorJsonToDoc(json: unknown): NarrativeDoc {
  return finishDoc(editorJsonToTree(json));
}

/**
 * The same conversion, tidied but not validated: what the editor holds even when it breaks a rule
 * (a paragraph too long), so a page can post it and the server can say what to fix, rather than
 * quietly posting an older valid version.
 */
export function editorJsonToTree(json: unknown): NarrativeDoc {
  const root = nodeOf(json);
  return normalizeDoc({ children: root ? blocksFromEditor(children(root)) : [] });
}
