import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import type { Block, Inline, NarrativeDoc } from "./doc";
import { markdownToDoc } from "./markdown";
import { docToEditorJson, type EditorNode, editorJsonToDoc, FIGURE_NODE, IMAGE_NODE } from "./prosemirror";

const ID = "0b6f1c8e-1111-4222-8333-444455556666";
const FIG = `indicator:${ID}`;
const text = (value: string): Inline => ({ type: "text", value });
const p = (...children: Inline[]): Block => ({ type: "paragraph", children });
const t = (value: string, ...marks: EditorNode["marks"] & object): EditorNode =>
  marks.length ? { type: "text", text: value, marks } : { type: "text", text: value };
const bold = { type: "bold" };
const italic = { type: "italic" };
const link = (href: string) => ({
  type: "link",
  attrs: { href, target: "_blank", rel: "noopener", class: null },
});
const doc = (...content: EditorNode[]) => ({ type: "doc", content });
const para = (...content: EditorNode[]): EditorNode => ({ type: "paragraph", content });

describe("editorJsonToDoc", () => {
  it.each<[string, EditorNode, Block[]]>([
    ["plain text", para(t("Hello")), [p(text("Hello"))]],
    [
      "marks become nested strong, emphasis and link, grouping the longest runs",
      para(t("a ", bold), t("b", bold, italic), t(" c", italic), t(" d")),
      [
        p(
          { type: "strong", children: [text("a "), { type: "emphasis", children: [text("b")] }] },
          { type: "emphasis", children: [text(" c")] },
          text(" d"),
        ),
      ],
    ],
    [
      "a link spanning marked text stays one link, outermost",
      para(t("go ", link("https://a.example")), t("now", bold, link("https://a.example"))),
      [
        p({
          type: "link",
          url: "https://a.example",
          children: [text("go "), { type: "strong", children: [text("now")] }],
        }),
      ],
    ],
    [
      "two different links next to each other stay two",
      para(t("a", link("https://a.example")), t("b", link("https://b.example"))),
      [
        p(
          { type: "link", url: "https://a.example", children: [text("a")] },
          { type: "link", url: "https://b.example", children: [text("b")] },
        ),
      ],
    ],
    ["a javascript: link is its text", para(t("x", link("javascript:alert(1)"))), [p(text("x"))]],
    [
      "unknown marks are dropped",
      para(t("a", { type: "strike" }), t("b", { type: "code" })),
      [p(text("ab"))],
    ],
    [
      "headings keep 2 to 4, others are brought into range",
      { type: "heading", attrs: { level: 1 }, content: [t("H")] },
      [{ type: "heading", depth: 2, children: [text("H")] }],
    ],
    [
      "heading 6 becomes 4",
      { type: "heading", attrs: { level: 6 }, content: [t("H")] },
      [{ type: "heading", depth: 4, children: [text("H")] }],
    ],
    ["empty paragraphs are dropped", { type: "paragraph" }, []],
    [
      "a bound figure and a line break",
      para(t("now "), { type: FIGURE_NODE, attrs: { ref: FIG } }, { type: "hardBreak" }, t("then")),
      [p(text("now "), { type: "boundFigure", ref: FIG }, { type: "break" }, text("then"))],
    ],
    [
      "an evidence image",
      para({ type: IMAGE_NODE, attrs: { url: `evidence:${ID}`, alt: "A chart", title: null } }),
      [p({ type: "image", url: `evidence:${ID}`, alt: "A chart" })],
    ],
    [
      "a code block is text with its lines",
      { type: "codeBlock", content: [t("a\nb")] },
      [p(text("a"), { type: "break" }, text("b"))],
    ],
    [
      "an unknown block holding blocks is flattened",
      { type: "details", content: [para(t("inside"))] },
      [p(text("inside"))],
    ],
    ["an unknown inline node reads as its text", para({ type: "mention", text: "@kim" }), [p(text("@kim"))]],
    [
      "a table: cells' paragraphs joined, header cells or not, colspans ignored",
      {
        type: "table",
        content: [
          {
            type: "tableRow",
            content: [
              { type: "tableHeader", attrs: { colspan: 2 }, content: [para(t("Year"))] },
              { type: "tableHeader", content: [para(t("Count"))] },
            ],
          },
          {
            type: "tableRow",
            content: [
              { type: "tableCell", content: [para(t("2023")), para(t("(draft)"))] },
              {
                type: "tableCell",
                content: [
                  {
                    type: "bulletList",
                    content: [{ type: "listItem", content: [para(t("14"), { type: "hardBreak" }, t("x"))] }],
                  },
                ],
              },
            ],
          },
        ],
      },
      [
        {
          type: "table",
          align: [null, null],
          children: [
            {
              type: "tableRow",
              children: [
                { type: "tableCell", children: [text("Year")] },
                { type: "tableCell", children: [text("Count")] },
              ],
            },
            {
              type: "tableRow",
              children: [
                { type: "tableCell", children: [text("2023 (draft)")] },
                { type: "tableCell", children: [text("14 x")] },
              ],
            },
          ],
        },
      ],
    ],
  ])("%s", (_, node, expected) => {
    expect(editorJsonToDoc(doc(node)).children).toEqual(expected);
  });

  it.each<[string, unknown]>([
    ["null", null],
    ["a string", "<p>hi</p>"],
    ["an array", [1, 2]],
    ["a node without a type", { content: [{ type: "paragraph", content: [{ type: "text", text: "x" }] }] }],
  ])("reads %s as an empty answer", (_, json) => {
    expect(editorJsonToDoc(json)).toEqual({ type: "root", children: [] });
  });

  it("ignores junk inside a document", () => {
    const json = {
      type: "doc",
      content: [5, "x", { type: "paragraph", content: [null, { type: "text", text: "ok", marks: [7] }] }],
    };
    expect(editorJsonToDoc(json).children).toEqual([p(text("ok"))]);
  });

  it.each<[string, EditorNode, string]>([
    [
      "an image without alt",
      para({ type: IMAGE_NODE, attrs: { url: `evidence:${ID}`, alt: " " } }),
      "Describe the image: alternative text is required.",
    ],
    [
      "an image from elsewhere",
      para({ type: IMAGE_NODE, attrs: { url: "https://evil.example/x.png", alt: "x" } }),
      "An image must be a file in the evidence library.",
    ],
    [
      "a figure with a bad reference",
      para({ type: FIGURE_NODE, attrs: { ref: "indicator:1" } }),
      "Choose a figure from the list.",
    ],
  ])("refuses %s", (_, node, message) => {
    try {
      editorJsonToDoc(doc(node));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).details.fieldErrors?.doc).toEqual([message]);
    }
  });
});

describe("docToEditorJson", () => {
  it("writes the editor's node names, header cells in the first row, a paragraph first in each item", () => {
    const tree = markdownToDoc(
      `## H\n\n**b** [l](https://x.example)\n\n- - nested\n\n| a |\n|---|\n| 1 |\n\n---\n\n{{figure:${FIG}}}`,
    );
    expect(docToEditorJson(tree)).toEqual(
      doc(
        { type: "heading", attrs: { level: 2 }, content: [t("H")] },
        para(
          t("b", bold),
          t(" "),
          t("l", { type: "link", attrs: { href: "https://x.example", title: null } }),
        ),
        {
          type: "bulletList",
          content: [
            {
              type: "listItem",
              content: [
                { type: "paragraph" },
                { type: "bulletList", content: [{ type: "listItem", content: [para(t("nested"))] }] },
              ],
            },
          ],
        },
        {
          type: "table",
          content: [
            { type: "tableRow", content: [{ type: "tableHeader", content: [para(t("a"))] }] },
            { type: "tableRow", content: [{ type: "tableCell", content: [para(t("1"))] }] },
          ],
        },
        { type: "horizontalRule" },
        para({ type: FIGURE_NODE, attrs: { ref: FIG } }),
      ),
    );
  });

  it("gives an empty answer one empty paragraph, as the editor needs", () => {
    expect(docToEditorJson({ type: "root", children: [] })).toEqual(doc({ type: "paragraph" }));
  });
});

describe("round trips through the editor's JSON", () => {
  const SAMPLES = [
    ["marks", 'Some _em_, **strong _both_**, [a **bold** link](https://example.org "t") and plain.'],
    ["headings and breaks", "## Two\n\n### Three\n\n#### Four\n\nline  \nbreak"],
    ["lists", "1. one\n2. two\n   - a\n   - b\n\n7. seven"],
    ["a table", `| Year | Count |\n|---|---|\n| 2023 | **14** |\n| 2024 | {{figure:${FIG}}} |`],
    ["quotes and rules", "> said\n>\n> > inner\n\n---\n\nafter"],
    ["an image", `![A chart](evidence:${ID} "T") and text`],
  ];
  it.each(SAMPLES)("%s", (_, md) => {
    const tree: NarrativeDoc = markdownToDoc(md);
    const back = editorJsonToDoc(docToEditorJson(tree));
    // Editor lists are always tight and tables carry no alignment: compare without them.
    const plain = (d: NarrativeDoc) =>
      JSON.parse(JSON.stringify(d, (k, v) => (k === "spread" || k === "align" ? undefined : v)));
    expect(plain(back)).toEqual(plain(tree));
    expect(editorJsonToDoc(docToEditorJson(back))).toEqual(back);
  });
});
