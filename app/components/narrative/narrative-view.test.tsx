import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { NarrativeDoc } from "../../../src/core/narrative/doc";
import { docToHtml } from "../../../src/core/narrative/html";
import { markdownToDoc } from "../../../src/core/narrative/markdown";
import { NarrativeView } from "./narrative-view";

const ID = "0b6f1c8e-1111-4222-8333-444455556666";
const FIG = `indicator:${ID}`;
const GONE = "indicator:99999999-1111-4222-8333-444455556666";
const figures = { [FIG]: { label: "Technicians registered, 2024", text: "175 %" } };
const imageUrl = (id: string) => `/i/lstm/evidence/${id}/image`;
const view = (doc: NarrativeDoc) =>
  renderToStaticMarkup(<NarrativeView doc={doc} figures={figures} imageUrl={imageUrl} />);

const ALL = markdownToDoc(
  [
    "## Two",
    "#### Four",
    "**Bold** _em_ [link](https://example.org) line  \nbreak",
    "- a\n- b",
    "2. two",
    "> quoted",
    "---",
    "| Year | Count |\n|---|--:|\n| 2023 | 14 |",
    `Now {{figure:${FIG}}}, once {{figure:${GONE}}}.`,
    `![A bar chart of headcount by year](evidence:${ID})`,
  ].join("\n\n"),
);

describe("NarrativeView", () => {
  it.each<[string, string]>([
    ["headings at the depth given", '<h2 class="text-2xl font-bold mt-6 mb-3">Two</h2><h4'],
    ["strong, emphasis, link and break", '<strong>Bold</strong> <em>em</em> <a href="https://example.org"'],
    ["a line break", "line<br/>break"],
    ["lists, numbered from their start", '<ol class="mb-4 pl-6 list-decimal" start="2">'],
    ["a block quote", "<blockquote"],
    [
      "the first table row as column headers in a thead",
      '<thead><tr><th class="border border-slate-400 p-2 align-top text-left" scope="col">Year</th>',
    ],
    [
      "body cells with their alignment",
      '<tbody><tr><td class="border border-slate-400 p-2 align-top text-left">2023</td><td class="border border-slate-400 p-2 align-top text-right">14</td>',
    ],
    [
      "a bound figure with its label for screen readers",
      '175 %<span class="sr-only"> (Technicians registered, 2024)</span></data>',
    ],
    ["a figure that is gone, said plainly", ">Figure no longer available</mark>"],
    [
      "an image from the evidence library with its alt",
      `<img src="/i/lstm/evidence/${ID}/image" alt="A bar chart of headcount by year"`,
    ],
  ])("renders %s", (_, expected) => {
    expect(view(ALL)).toContain(expected);
  });

  it("shows the same layout as the HTML export", () => {
    const normalise = (html: string) =>
      html
        .replace(/<br\/>/g, "<br>")
        .replace(/<hr([^>]*)\/>/g, "<hr$1>")
        .replace(/<img([^>]*)\/>/g, "<img$1>");
    const exported = docToHtml(ALL, figures, imageUrl);
    // React 19 adds a preload hint for images when rendering a whole document; not part of the view.
    const shown = view(ALL).replace(/^<link rel="preload"[^>]*>/, "");
    expect(normalise(shown)).toBe(`<div class="narrative ">${normalise(exported)}</div>`);
  });

  it("shows typed markup as text", () => {
    const doc: NarrativeDoc = {
      type: "root",
      children: [{ type: "paragraph", children: [{ type: "text", value: "<script>alert(1)</script>" }] }],
    };
    expect(view(doc)).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(view(doc)).not.toContain("<script>");
  });
});
