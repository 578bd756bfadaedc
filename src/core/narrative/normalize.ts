import type { z } from "zod";
import { AppError } from "../errors";
import { type Block, type Inline, type NarrativeDoc, type TableCell, ZFigureRef, ZNarrativeDoc } from "./doc";

/*
 * One last step shared by every way a tree comes in (Markdown, the rich editor's JSON, a pasted
 * document): tidy it into the one shape the renderers and the round trips expect, then validate
 * it. Tidying never invents content; it only merges, drops what is empty and flattens what the
 * schema or Markdown cannot hold, so that md→doc→md→doc is stable.
 */

/** Containers (lists, block quotes) deeper than this are flattened into their parent: nothing reads past it. */
export const MAX_NESTING = 8;

/** `{{figure:<ref>}}` in text; only a well-formed reference becomes a bound figure, anything else stays text. */
const FIGURE_TOKEN = /\{\{figure:([^{}\s]{1,200})\}\}/g;

export const figureToken = (ref: string) => `{{figure:${ref}}}`;

function splitFigures(value: string): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  for (const match of value.matchAll(FIGURE_TOKEN)) {
    const ref = match[1]!;
    if (!ZFigureRef.safeParse(ref).success) continue;
    if (match.index > last) out.push({ type: "text", value: value.slice(last, match.index) });
    out.push({ type: "boundFigure", ref });
    last = match.index + match[0].length;
  }
  if (last < value.length) out.push({ type: "text", value: value.slice(last) });
  return out;
}

type Mark = "strong" | "emphasis" | "link";

function inlines(nodes: readonly Inline[], marks: ReadonlySet<Mark>, inCell: boolean): Inline[] {
  const out: Inline[] = [];
  const push = (n: Inline) => {
    const prev = out[out.length - 1];
    if (n.type === "text") {
      if (n.value === "") return;
      if (prev?.type === "text") {
        out[out.length - 1] = { type: "text", value: prev.value + n.value };
        return;
      }
    }
    out.push(n);
  };
  for (const n of nodes) {
    switch (n.type) {
      case "text":
        splitFigures(n.value).forEach(push);
        break;
      case "break":
        // A GFM table cell cannot hold a line break: it would end the row.
        push(inCell ? { type: "text", value: " " } : { type: "break" });
        break;
      case "boundFigure":
        push({ type: "boundFigure", ref: n.ref });
        break;
      case "image":
        push({ type: "image", url: n.url, alt: n.alt, ...(n.title ? { title: n.title } : {}) });
        break;
      default: {
        // The same mark inside itself means nothing (and a link in a link is not HTML): flatten it,
        // which also bounds how deep inline nesting can go.
        const inner = marks.has(n.type) ? null : new Set<Mark>([...marks, n.type]);
        const children = inlines(n.children, inner ?? marks, inCell);
        if (!inner) children.forEach(push);
        else if (children.length === 0) break;
        else if (n.type === "link")
          push({ type: "link", url: n.url, ...(n.title ? { title: n.title } : {}), children });
        else push({ type: n.type, children });
      }
    }
  }
  return out;
}

const NO_MARKS: ReadonlySet<Mark> = new Set();

function cell(c: TableCell): TableCell {
  return { type: "tableCell", children: inlines(c.children, NO_MARKS, true) };
}

function blocks(nodes: readonly Block[], depth: number): Block[] {
  const out: Block[] = [];
  for (const b of nodes) {
    switch (b.type) {
      case "paragraph": {
        const children = inlines(b.children, NO_MARKS, false);
        if (children.length) out.push({ type: "paragraph", children });
        break;
      }
      case "heading": {
        const children = inlines(b.children, NO_MARKS, false);
        if (children.length) out.push({ type: "heading", depth: b.depth, children });
        break;
      }
      case "thematicBreak":
        out.push({ type: "thematicBreak" });
        break;
      case "blockquote": {
        const children = blocks(b.children, depth + 1);
        if (depth >= MAX_NESTING) out.push(...children);
        else if (children.length) out.push({ type: "blockquote", children });
        break;
      }
      case "list": {
        const items = b.children.map((item) => ({
          type: "listItem" as const,
          ...(item.spread != null ? { spread: item.spread } : {}),
          children: blocks(item.children, depth + 1),
        }));
        if (depth >= MAX_NESTING) {
          for (const item of items) out.push(...item.children);
          break;
        }
        if (items.length === 0) break;
        out.push({
          type: "list",
          ordered: Boolean(b.ordered),
          ...(b.ordered && b.start != null ? { start: b.start } : {}),
          ...(b.spread != null ? { spread: b.spread } : {}),
          children: items,
        });
        break;
      }
      case "table": {
        const rows = b.children.map((r) => r.children.map(cell));
        if (rows.length === 0) break;
        // Rows of different lengths are padded, as Markdown and the editor both need a rectangle.
        const width = Math.max(1, ...rows.map((r) => r.length));
        const align = Array.from({ length: width }, (_, i) => b.align?.[i] ?? null);
        out.push({
          type: "table",
          align,
          children: rows.map((r) => ({
            type: "tableRow",
            children: Array.from(
              { length: width },
              (_, i) => r[i] ?? ({ type: "tableCell", children: [] } satisfies TableCell),
            ),
          })),
        });
        break;
      }
    }
  }
  return out;
}

/** Tidies a tree built by a converter (see the comment at the top); does not validate. */
export function normalizeDoc(doc: { children: readonly Block[] }): NarrativeDoc {
  return { type: "root", children: blocks(doc.children, 0) };
}

/** Which limit a "too big" issue hit, by where it is: zod's own wording names no place. */
const LIMITS: [RegExp, string][] = [
  [/(^|\.)value$/, "A paragraph is too long: break it up (at most 20,000 characters in one run of text)."],
  [/^children$/, "The answer has too many parts: at most 2,000 paragraphs, headings, lists and tables."],
  [/children$/, "A table can have at most 30 columns and 500 rows."],
  [/alt$/, "Alternative text can be at most 1,000 characters."],
  [/url$/, "A link can be at most 2,000 characters."],
  [/title$/, "A title can be at most 300 characters."],
];

/** Issues that mean the JSON is not an answer tree at all: zod's wording would mean nothing to a person. */
const SHAPE_ISSUES = new Set([
  "invalid_union",
  "invalid_type",
  "invalid_value",
  "unrecognized_keys",
  "invalid_key",
  "invalid_element",
]);

/** A sentence a person can act on for each problem zod found, without repeats. */
function messages(error: z.ZodError): string[] {
  const found = new Set<string>();
  for (const issue of error.issues) {
    const path = issue.path.join(".");
    if (issue.code === "too_big") {
      const limit = LIMITS.find(([pattern]) => pattern.test(path));
      found.add(limit ? limit[1] : "Part of the answer is too long or too large: shorten it.");
    } else if (SHAPE_ISSUES.has(issue.code)) {
      found.add("The answer could not be read: it holds something an answer cannot contain.");
    } else {
      found.add(issue.message);
    }
  }
  return [...found];
}

/** The key under which converters report problems; `narrativeFromForm` moves them to the field's name. */
export const DOC_FIELD = "doc";

export function invalidDoc(problems: string[]): AppError {
  return new AppError("INVALID", problems[0] ?? "The answer could not be read.", {
    fieldErrors: { [DOC_FIELD]: problems },
  });
}

/** Tidies and validates a converter's tree: the one way a NarrativeDoc is made from outside input. */
export function finishDoc(doc: { children: readonly Block[] }): NarrativeDoc {
  const result = ZNarrativeDoc.safeParse(normalizeDoc(doc));
  if (!result.success) throw invalidDoc(messages(result.error));
  return result.data;
}

/** Validates a stored or posted tree (JSON of unknown shape), tidied the same way. */
export function parseDoc(json: unknown): NarrativeDoc {
  const shape = ZNarrativeDoc.safeParse(json);
  if (!shape.success) throw invalidDoc(messages(shape.error));
  return finishDoc(shape.data);
}
