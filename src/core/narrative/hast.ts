import type { ElementContent, Root } from "hast";
import { h } from "hastscript";
import type { Block, Inline, NarrativeDoc } from "./doc";

/*
 * One layout of an answer as HTML (a hast tree), drawn two ways: as React elements on pages
 * (NarrativeView) and as an HTML string for exports (docToHtml). Text only ever goes into text
 * nodes and attribute values, which both printers escape, so nothing typed can become markup.
 */

/** A bound figure's value as shown now: `text` is the figure ("175 %"), `label` what it is. */
export type FigureValue = { label: string; text: string };
export type FigureValues = Record<string, FigureValue>;

export type HastOptions = {
  figures: FigureValues;
  /** Where the page or export finds an evidence item's image. */
  imageUrl: (evidenceId: string) => string;
  /** What a figure whose indicator was deleted reads as. */
  missingFigureText: string;
};

const ALIGN = { left: "text-left", right: "text-right", center: "text-center" } as const;

function inline(n: Inline, o: HastOptions): ElementContent[] {
  switch (n.type) {
    case "text":
      return [{ type: "text", value: n.value }];
    case "break":
      return [h("br")];
    case "strong":
      return [
        h(
          "strong",
          n.children.flatMap((c) => inline(c, o)),
        ),
      ];
    case "emphasis":
      return [
        h(
          "em",
          n.children.flatMap((c) => inline(c, o)),
        ),
      ];
    case "link":
      return [
        h(
          "a",
          { href: n.url, title: n.title ?? undefined, className: "underline text-teal-800" },
          n.children.flatMap((c) => inline(c, o)),
        ),
      ];
    case "image":
      return [
        h("img", {
          src: o.imageUrl(n.url.slice("evidence:".length)),
          alt: n.alt,
          title: n.title ?? undefined,
          className: "inline-block max-w-full",
        }),
      ];
    case "boundFigure": {
      const figure = o.figures[n.ref];
      // A figure stays true to the data: when its indicator is gone, say so plainly instead of
      // showing a number that no longer has a source.
      if (!figure) {
        return [
          h(
            "mark",
            { className: "narrative-figure-missing bg-yellow-200 font-bold", dataRef: n.ref },
            o.missingFigureText,
          ),
        ];
      }
      return [
        h("data", { value: n.ref, title: figure.label, className: "narrative-figure font-bold" }, [
          figure.text,
          h("span", { className: "sr-only" }, ` (${figure.label})`),
        ]),
      ];
    }
  }
}

const HEADING = {
  2: "text-2xl font-bold mt-6 mb-3",
  3: "text-xl font-bold mt-5 mb-2",
  4: "text-lg font-bold mt-4 mb-2",
};

function block(b: Block, o: HastOptions): ElementContent {
  const inl = (nodes: Inline[]) => nodes.flatMap((c) => inline(c, o));
  switch (b.type) {
    case "paragraph":
      return h("p", { className: "mb-4" }, inl(b.children));
    case "heading":
      return h(`h${b.depth}`, { className: HEADING[b.depth] }, inl(b.children));
    case "thematicBreak":
      return h("hr", { className: "my-6 border-slate-400" });
    case "blockquote":
      return h("blockquote", { className: "mb-4 border-l-4 border-slate-400 pl-4" }, blocks(b.children, o));
    case "list":
      return h(
        b.ordered ? "ol" : "ul",
        {
          className: `mb-4 pl-6 ${b.ordered ? "list-decimal" : "list-disc"}`,
          start: b.ordered && b.start != null && b.start !== 1 ? b.start : undefined,
        },
        b.children.map((item) => h("li", { className: "mb-1" }, blocks(item.children, o))),
      );
    case "table": {
      const [head, ...body] = b.children;
      const cell = (tag: "th" | "td", i: number) => ({
        className: `border border-slate-400 p-2 align-top ${ALIGN[b.align?.[i] ?? "left"]}`,
        ...(tag === "th" ? { scope: "col" } : {}),
      });
      return h("table", { className: "mb-4 border-collapse" }, [
        h(
          "thead",
          h(
            "tr",
            head!.children.map((c, i) => h("th", cell("th", i), inl(c.children))),
          ),
        ),
        h(
          "tbody",
          body.map((row) =>
            h(
              "tr",
              row.children.map((c, i) => h("td", cell("td", i), inl(c.children))),
            ),
          ),
        ),
      ]);
    }
  }
}

function blocks(nodes: Block[], o: HastOptions): ElementContent[] {
  return nodes.map((b) => block(b, o));
}

/** An answer as a hast tree, ready for `hast-util-to-html` or `hast-util-to-jsx-runtime`. */
export function docToHast(doc: NarrativeDoc, options: HastOptions): Root {
  return { type: "root", children: blocks(doc.children, options) };
}
