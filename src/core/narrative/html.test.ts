import { describe, expect, it } from "vitest";
import type { NarrativeDoc } from "./doc";
import { docToHtml } from "./html";
import { markdownToDoc } from "./markdown";

const ID = "0b6f1c8e-1111-4222-8333-444455556666";
const FIG = `indicator:${ID}`;
const GONE = "indicator:99999999-1111-4222-8333-444455556666";
const figures = { [FIG]: { label: "Technicians registered, 2024", text: "175 %" } };
const imageUrl = (id: string) => `/i/lstm/evidence/${id}/image`;
const html = (md: string) => docToHtml(markdownToDoc(md), figures, imageUrl);

describe("docToHtml", () => {
  it.each<[string, string, string]>([
    ["a heading keeps its depth", "### Three", "<h3"],
    ["strong and emphasis", "**a** _b_", "<strong>a</strong> <em>b</em>"],
    ["a link", "[site](https://example.org)", '<a href="https://example.org"'],
    ["a line break", "a  \nb", "a<br>b"],
    ["a numbered list starting at 3", "3. c", '<ol class="mb-4 pl-6 list-decimal" start="3"><li'],
    ["a block quote", "> q", "<blockquote"],
    ["a rule", "---", "<hr"],
    [
      "a bound figure, with its label for screen readers",
      `{{figure:${FIG}}}`,
      `<data value="${FIG}" title="Technicians registered, 2024" class="narrative-figure font-bold">175 %<span class="sr-only"> (Technicians registered, 2024)</span></data>`,
    ],
    ["a figure whose data is gone, said plainly", `{{figure:${GONE}}}`, ">Figure no longer available</mark>"],
    [
      "an image from its evidence item, with alt",
      `![A chart](evidence:${ID})`,
      `<img src="/i/lstm/evidence/${ID}/image" alt="A chart"`,
    ],
  ])("%s", (_, md, expected) => {
    expect(html(md)).toContain(expected);
  });

  it("puts the first row in a header with column header cells, the rest in the body", () => {
    const out = html("| Year | Count |\n|---|--:|\n| 2023 | 14 |");
    expect(out).toMatch(
      /^<table[^>]*><thead><tr><th [^>]*scope="col">Year<\/th><th [^>]*scope="col">Count<\/th><\/tr><\/thead><tbody><tr><td[^>]*>2023<\/td><td class="[^"]*text-right">14<\/td><\/tr><\/tbody><\/table>$/,
    );
  });

  it("escapes everything typed, in text and attributes", () => {
    const doc: NarrativeDoc = {
      type: "root",
      children: [
        { type: "paragraph", children: [{ type: "text", value: '<script>alert("x")</script> & "quotes"' }] },
        {
          type: "paragraph",
          children: [
            {
              type: "link",
              url: 'https://e.example/"><script>',
              title: '"><img src=x onerror=alert(1)>',
              children: [{ type: "text", value: "l" }],
            },
            { type: "image", url: `evidence:${ID}`, alt: '"><script>alert(1)</script>' },
          ],
        },
      ],
    };
    const out = docToHtml(doc, { [FIG]: { label: "<b>x</b>", text: "<i>y</i>" } }, imageUrl);
    // Outside attribute values (whose quotes are escaped) there is no markup but ours.
    expect(out.replace(/"[^"]*"/g, '""')).not.toMatch(/<script|<img src=x|<b>|<i>/);
    expect(out).toContain('alt="&#x22;><script>alert(1)</script>"');
    expect(out).toContain('&#x3C;script>alert("x")&#x3C;/script> &#x26; "quotes"');
    expect(out).toContain('href="https://e.example/&#x22;><script>"');
  });

  it("renders an empty answer as nothing, and takes another wording for a missing figure", () => {
    expect(docToHtml({ type: "root", children: [] }, {}, imageUrl)).toBe("");
    expect(docToHtml(markdownToDoc(`{{figure:${GONE}}}`), {}, imageUrl, "Ffigur ddim ar gael")).toContain(
      "Ffigur ddim ar gael",
    );
  });
});
