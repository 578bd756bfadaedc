import type { Nodes as MdNodes, Parents as MdParents, Root as MdRoot, RootContent } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmTableFromMarkdown, gfmTableToMarkdown } from "mdast-util-gfm-table";
import { type Handle, toMarkdown } from "mdast-util-to-markdown";
import { gfmTable } from "micromark-extension-gfm-table";
import type { Block, Inline, ListItem, NarrativeDoc, TableRow } from "./doc";
import { figureToken, finishDoc, invalidDoc } from "./normalize";

/*
 * Markdown is how an answer is typed without JavaScript (a plain textarea) and how a saved rich
 * answer is shown back in one. CommonMark plus GFM tables is parsed to mdast, then mapped onto our
 * subset: whatever the subset has no place for becomes plain text or is dropped, never kept as
 * markup, so nothing a person types can reach a page as HTML.
 */

/** Far beyond any answer (5,000 words is about 35,000 characters); keeps parsing time bounded. */
export const MAX_MARKDOWN_CHARS = 200_000;

const EVIDENCE_URL = /^evidence:[0-9a-f-]{36}$/;
const SAFE_LINK = /^(https?:|mailto:)/i;

type Definitions = Map<string, { url: string; title?: string | null }>;

/** The plain text of any mdast node, for the nodes the subset turns into text. */
function plain(node: MdNodes): string {
  if ("value" in node && typeof node.value === "string") return node.value;
  if (node.type === "image" || node.type === "imageReference") return node.alt ?? "";
  if ("children" in node) return (node.children as MdNodes[]).map(plain).join("");
  return "";
}

/** Multi-line text (code, raw HTML) as text with line breaks kept. */
function linesOf(value: string): Inline[] {
  return value
    .split("\n")
    .flatMap((line, i): Inline[] => [
      ...(i > 0 ? [{ type: "break" } as const] : []),
      { type: "text", value: line },
    ]);
}

function link(url: string, title: string | null | undefined, children: Inline[]): Inline[] {
  // Only web and mail links survive: javascript:, data: and relative addresses read as their text.
  if (!SAFE_LINK.test(url.trim())) return children;
  return [{ type: "link", url: url.trim(), ...(title ? { title } : {}), children }];
}

function image(url: string, alt: string | null | undefined, title: string | null | undefined): Inline[] {
  // An image must be a file in the evidence library; any other picture (a web address, a data: URL)
  // is read as its description, so nothing is fetched from elsewhere when an answer is shown.
  if (!EVIDENCE_URL.test(url)) return alt ? [{ type: "text", value: alt }] : [];
  return [{ type: "image", url, alt: alt ?? "", ...(title ? { title } : {}) }];
}

function inline(node: MdNodes, defs: Definitions): Inline[] {
  const kids = () => ("children" in node ? (node.children as MdNodes[]).flatMap((c) => inline(c, defs)) : []);
  switch (node.type) {
    case "text":
      return [{ type: "text", value: node.value }];
    case "break":
      return [{ type: "break" }];
    case "strong":
    case "emphasis":
      return [{ type: node.type, children: kids() }];
    case "link":
      return link(node.url, node.title, kids());
    case "linkReference": {
      const def = defs.get(node.identifier);
      return def ? link(def.url, def.title, kids()) : [{ type: "text", value: plain(node) }];
    }
    case "image":
      return image(node.url, node.alt, node.title);
    case "imageReference": {
      const def = defs.get(node.identifier);
      return def ? image(def.url, node.alt, def.title) : node.alt ? [{ type: "text", value: node.alt }] : [];
    }
    case "html":
    case "inlineCode":
      return linesOf(node.value);
    case "footnoteReference":
    case "definition":
    case "footnoteDefinition":
      return [];
    default:
      return "children" in node ? kids() : [{ type: "text", value: plain(node) }];
  }
}

function block(node: RootContent, defs: Definitions): Block[] {
  const inl = (n: MdParents) => n.children.flatMap((c) => inline(c as MdNodes, defs));
  const blocks = (n: MdParents) => n.children.flatMap((c) => block(c as RootContent, defs));
  switch (node.type) {
    case "paragraph":
      return [{ type: "paragraph", children: inl(node) }];
    case "heading": {
      // Level 1 is the question's own heading; the subset has levels 2 to 4.
      const depth = Math.min(4, Math.max(2, node.depth)) as 2 | 3 | 4;
      return [{ type: "heading", depth, children: inl(node) }];
    }
    case "thematicBreak":
      return [{ type: "thematicBreak" }];
    case "blockquote":
      return [{ type: "blockquote", children: blocks(node) }];
    case "list":
      return [
        {
          type: "list",
          ordered: Boolean(node.ordered),
          start: node.ordered ? (node.start ?? 1) : null,
          spread: Boolean(node.spread),
          children: node.children.map(
            (item): ListItem => ({ type: "listItem", spread: Boolean(item.spread), children: blocks(item) }),
          ),
        },
      ];
    case "table":
      return [
        {
          type: "table",
          align: node.align ?? null,
          children: node.children.map(
            (row): TableRow => ({
              type: "tableRow",
              children: row.children.map((c) => ({ type: "tableCell", children: inl(c) })),
            }),
          ),
        },
      ];
    case "code":
    case "html":
      return [{ type: "paragraph", children: linesOf(node.value) }];
    case "definition":
    case "footnoteDefinition":
    case "yaml":
      return [];
    default:
      return "children" in node
        ? [{ type: "paragraph", children: inl(node as MdParents) }]
        : [{ type: "paragraph", children: [{ type: "text", value: plain(node) }] }];
  }
}

function definitions(tree: MdRoot): Definitions {
  const defs: Definitions = new Map();
  const visit = (n: MdNodes) => {
    if (n.type === "definition" && !defs.has(n.identifier)) defs.set(n.identifier, n);
    if ("children" in n) (n.children as MdNodes[]).forEach(visit);
  };
  visit(tree);
  return defs;
}

/**
 * An answer typed as Markdown, as a validated tree. Throws INVALID (field "doc") when what is left
 * breaks a rule a person must fix, such as an image without its description.
 */
export function markdownToDoc(md: string): NarrativeDoc {
  if (md.length > MAX_MARKDOWN_CHARS) {
    throw invalidDoc([
      `The answer is too long: it can be at most ${MAX_MARKDOWN_CHARS.toLocaleString("en-GB")} characters.`,
    ]);
  }
  const tree = fromMarkdown(md, { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] });
  const defs = definitions(tree);
  return finishDoc({ children: tree.children.flatMap((n) => block(n, defs)) });
}

const boundFigure: Handle = (node) => figureToken((node as unknown as { ref: string }).ref);

/** A tree printed as Markdown (CommonMark plus GFM tables), bound figures as `{{figure:<ref>}}`. */
export function docToMarkdown(doc: NarrativeDoc): string {
  if (doc.children.length === 0) return "";
  return toMarkdown(doc as unknown as MdRoot, {
    extensions: [gfmTableToMarkdown()],
    handlers: { boundFigure } as never,
    bullet: "-",
    emphasis: "_",
    strong: "*",
    rule: "-",
    listItemIndent: "one",
    fences: true,
  });
}
