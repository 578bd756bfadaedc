import { z } from "zod";

/**
 * A narrative answer is a constrained document tree: a subset of mdast (the Markdown syntax tree),
 * so Markdown parsers and printers work on it directly, plus one node of our own, `boundFigure`,
 * which names an indicator or a derived figure and is rendered from the data at read time.
 * The server validates every tree against this schema: anything else (raw HTML, scripts, styles,
 * footnotes, code) cannot be stored. Images are evidence items (`evidence:<uuid>`) with alt text.
 */

const MAX_TEXT = 20_000;

export const ZText = z.object({ type: z.literal("text"), value: z.string().max(MAX_TEXT) });
export const ZBreak = z.object({ type: z.literal("break") });
/** `indicator:<uuid>` (its latest value) or `derived:<name>` (a figure worked out from indicators). */
export const ZFigureRef = z
  .string()
  .regex(
    /^(indicator:[0-9a-f-]{36}|derived:[a-z0-9-]{1,60}:[0-9a-f-]{36})$/,
    "Choose a figure from the list.",
  );
export const ZBoundFigure = z.object({ type: z.literal("boundFigure"), ref: ZFigureRef });
export const ZImage = z.object({
  type: z.literal("image"),
  url: z.string().regex(/^evidence:[0-9a-f-]{36}$/, "An image must be a file in the evidence library."),
  alt: z.string().trim().min(1, "Describe the image: alternative text is required.").max(1000),
  title: z.string().max(300).nullish(),
});

const safeUrl = z
  .string()
  .max(2000)
  .refine((u) => /^(https?:|mailto:)/i.test(u), "A link must start with https://, http:// or mailto:.");

export type Inline =
  | z.infer<typeof ZText>
  | z.infer<typeof ZBreak>
  | z.infer<typeof ZBoundFigure>
  | z.infer<typeof ZImage>
  | { type: "strong" | "emphasis"; children: Inline[] }
  | { type: "link"; url: string; title?: string | null; children: Inline[] };

export const ZInline: z.ZodType<Inline> = z.lazy(() =>
  z.discriminatedUnion("type", [
    ZText,
    ZBreak,
    ZBoundFigure,
    ZImage,
    z.object({ type: z.literal("strong"), children: z.array(ZInline) }),
    z.object({ type: z.literal("emphasis"), children: z.array(ZInline) }),
    z.object({
      type: z.literal("link"),
      url: safeUrl,
      title: z.string().max(300).nullish(),
      children: z.array(ZInline),
    }),
  ]),
);

export type TableCell = { type: "tableCell"; children: Inline[] };
export type TableRow = { type: "tableRow"; children: TableCell[] };
export type ListItem = { type: "listItem"; spread?: boolean | null; children: Block[] };
export type Block =
  | { type: "paragraph"; children: Inline[] }
  | { type: "heading"; depth: 2 | 3 | 4; children: Inline[] }
  | {
      type: "list";
      ordered?: boolean | null;
      start?: number | null;
      spread?: boolean | null;
      children: ListItem[];
    }
  | { type: "table"; align?: (null | "left" | "right" | "center")[] | null; children: TableRow[] }
  | { type: "blockquote"; children: Block[] }
  | { type: "thematicBreak" };

const ZTableCell = z.object({ type: z.literal("tableCell"), children: z.array(ZInline) });
const ZTableRow = z.object({ type: z.literal("tableRow"), children: z.array(ZTableCell).min(1).max(30) });

export const ZBlock: z.ZodType<Block> = z.lazy(() =>
  z.discriminatedUnion("type", [
    z.object({ type: z.literal("paragraph"), children: z.array(ZInline) }),
    z.object({
      type: z.literal("heading"),
      // The page and the PDF own level 1 (the question); answers start at level 2.
      depth: z.union([z.literal(2), z.literal(3), z.literal(4)]),
      children: z.array(ZInline),
    }),
    z.object({
      type: z.literal("list"),
      ordered: z.boolean().nullish(),
      start: z.number().int().min(0).max(10000).nullish(),
      spread: z.boolean().nullish(),
      children: z.array(
        z.object({ type: z.literal("listItem"), spread: z.boolean().nullish(), children: z.array(ZBlock) }),
      ),
    }),
    z.object({
      type: z.literal("table"),
      align: z.array(z.enum(["left", "right", "center"]).nullable()).nullish(),
      // The first row is the header row.
      children: z.array(ZTableRow).min(1).max(500),
    }),
    z.object({ type: z.literal("blockquote"), children: z.array(ZBlock) }),
    z.object({ type: z.literal("thematicBreak") }),
  ]),
);

export const ZNarrativeDoc = z.object({ type: z.literal("root"), children: z.array(ZBlock).max(2000) });
export type NarrativeDoc = z.infer<typeof ZNarrativeDoc>;

export const emptyDoc = (): NarrativeDoc => ({ type: "root", children: [] });

/** Plain text of a tree (for word counts, search and the readiness check); figures read as "[figure]". */
export function docText(doc: NarrativeDoc): string {
  const out: string[] = [];
  const inline = (n: Inline): string => {
    switch (n.type) {
      case "text":
        return n.value;
      case "break":
        return "\n";
      case "boundFigure":
        return "[figure]";
      case "image":
        return "";
      default:
        return n.children.map(inline).join("");
    }
  };
  const block = (b: Block) => {
    switch (b.type) {
      case "paragraph":
      case "heading":
        out.push(b.children.map(inline).join(""));
        break;
      case "list":
        for (const item of b.children) item.children.forEach(block);
        break;
      case "table":
        for (const row of b.children)
          out.push(row.children.map((c) => c.children.map(inline).join("")).join("\t"));
        break;
      case "blockquote":
        b.children.forEach(block);
        break;
      case "thematicBreak":
        break;
    }
  };
  doc.children.forEach(block);
  return out.join("\n");
}

export function wordCount(doc: NarrativeDoc): number {
  const words = docText(doc)
    .replace(/\[figure\]/g, " x ")
    .match(/\S+/g);
  return words ? words.length : 0;
}

export const isEmptyDoc = (doc: NarrativeDoc | null | undefined) => !doc || docText(doc).trim() === "";
