import { type AnyExtension, mergeAttributes, Node } from "@tiptap/core";
import Heading from "@tiptap/extension-heading";
import { Table, TableCell, TableHeader, TableRow } from "@tiptap/extension-table";
import StarterKit from "@tiptap/starter-kit";
import { FIGURE_NODE, IMAGE_NODE } from "../../../src/core/narrative/prosemirror";
import { wordListsToHtml } from "./word-paste";

/*
 * The rich editor's schema: exactly what the narrative tree can hold, so what a person sees while
 * writing is what is saved. Anything pasted that the schema has no rule for (styles, fonts, Word's
 * mso- markup, pictures that are not evidence) is dropped by ProseMirror's parser.
 */

export type EditorFigure = { ref: string; label: string; text: string };

/** Headings 2–4 as the tree has them; a pasted h1 (Word's "Heading 1") becomes 2, h5 and h6 become 4. */
const NarrativeHeading = Heading.extend({
  parseHTML() {
    return ([1, 2, 3, 4, 5, 6] as const).map((level) => ({
      tag: `h${level}`,
      attrs: { level: Math.min(4, Math.max(2, level)) },
    }));
  },
}).configure({ levels: [2, 3, 4] });

/** A bound figure: an inline atom showing the figure's value now and what it is. */
const BoundFigure = Node.create<{ figures: EditorFigure[] }>({
  name: FIGURE_NODE,
  group: "inline",
  inline: true,
  atom: true,
  selectable: true,
  addOptions: () => ({ figures: [] }),
  addAttributes: () => ({
    ref: { default: null, parseHTML: (el) => el.getAttribute("data-figure-ref") },
  }),
  parseHTML: () => [{ tag: "data[data-figure-ref]" }],
  renderHTML({ node }) {
    const ref = String(node.attrs.ref ?? "");
    const figure = this.options.figures.find((f) => f.ref === ref);
    return [
      "data",
      {
        "data-figure-ref": ref,
        value: ref,
        class: "narrative-figure rounded bg-teal-50 px-1 font-bold outline outline-1 outline-teal-800",
      },
      figure ? `${figure.text} (${figure.label})` : `{{figure:${ref}}}`,
    ];
  },
});

/** An evidence item's image with its alt text; pictures from anywhere else never match this rule. */
const EvidenceImage = Node.create<{ imageUrl: (evidenceId: string) => string }>({
  name: IMAGE_NODE,
  group: "inline",
  inline: true,
  atom: true,
  draggable: true,
  addOptions: () => ({ imageUrl: () => "" }),
  addAttributes: () => ({
    url: { default: null, parseHTML: (el) => el.getAttribute("data-evidence-url") },
    alt: { default: "", parseHTML: (el) => el.getAttribute("alt") ?? "" },
    title: { default: null, parseHTML: (el) => el.getAttribute("title") },
  }),
  parseHTML: () => [{ tag: "img[data-evidence-url]" }],
  renderHTML({ node, HTMLAttributes }) {
    const url = String(node.attrs.url ?? "");
    return [
      "img",
      mergeAttributes(HTMLAttributes, {
        "data-evidence-url": url,
        src: this.options.imageUrl(url.replace(/^evidence:/, "")),
        class: "inline-block max-w-full",
      }),
    ];
  },
});

export function narrativeExtensions(options: {
  figures: EditorFigure[];
  imageUrl: (evidenceId: string) => string;
}): AnyExtension[] {
  return [
    StarterKit.configure({
      heading: false,
      code: false,
      codeBlock: false,
      strike: false,
      underline: false,
      link: {
        openOnClick: false,
        autolink: true,
        defaultProtocol: "https",
        protocols: ["mailto"],
        // The tree keeps only web and mail links; anything else would be dropped on save anyway.
        isAllowedUri: (url) => /^(https?:|mailto:)/i.test(url),
        HTMLAttributes: { rel: null, target: null, class: "underline text-teal-800" },
      },
    }),
    NarrativeHeading,
    Table.configure({ resizable: false }),
    TableRow,
    // A cell of the tree holds one line of text: paragraphs only here, so a list or a table pasted
    // into a cell becomes its text in the editor too, as it will when saved.
    TableHeader.extend({ content: "paragraph+" }),
    TableCell.extend({ content: "paragraph+" }),
    BoundFigure.configure({ figures: options.figures }),
    EvidenceImage.configure({ imageUrl: options.imageUrl }),
  ];
}

/** Word's own list paragraphs become real lists before ProseMirror reads a paste. */
export function transformPastedHTML(html: string): string {
  return typeof DOMParser === "undefined" ? html : wordListsToHtml(html, new DOMParser());
}
