import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { type Block, type Inline, type NarrativeDoc, ZNarrativeDoc } from "./doc";
import { docToMarkdown, MAX_MARKDOWN_CHARS, markdownToDoc } from "./markdown";
import { MAX_NESTING } from "./normalize";

const ID = "0b6f1c8e-1111-4222-8333-444455556666";
const FIG = `indicator:${ID}`;
const DERIVED = `derived:change:${ID}`;

const text = (value: string): Inline => ({ type: "text", value });
const p = (...children: Inline[]): Block => ({ type: "paragraph", children });
const blocksOf = (md: string) => markdownToDoc(md).children;
const only = (md: string) => {
  const [first, ...rest] = blocksOf(md);
  expect(rest).toEqual([]);
  return first;
};

/** The messages markdownToDoc refused with, or a failure if it accepted. */
function refusal(md: string): string[] {
  try {
    markdownToDoc(md);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("INVALID");
    return (error as AppError).details.fieldErrors?.doc ?? [];
  }
  throw new Error("accepted");
}

describe("markdownToDoc maps the subset as it is", () => {
  it.each<[string, string, Block]>([
    ["a paragraph", "Hello world", p(text("Hello world"))],
    ["heading 2", "## Aims", { type: "heading", depth: 2, children: [text("Aims")] }],
    ["heading 3", "### Aims", { type: "heading", depth: 3, children: [text("Aims")] }],
    ["heading 4", "#### Aims", { type: "heading", depth: 4, children: [text("Aims")] }],
    ["strong", "**a**", p({ type: "strong", children: [text("a")] })],
    ["emphasis", "_a_", p({ type: "emphasis", children: [text("a")] })],
    [
      "a link with a title",
      '[site](https://example.org/a "The site")',
      p({ type: "link", url: "https://example.org/a", title: "The site", children: [text("site")] }),
    ],
    [
      "a mail link",
      "[write](mailto:tc@example.org)",
      p({ type: "link", url: "mailto:tc@example.org", children: [text("write")] }),
    ],
    ["a hard break", "one  \ntwo", p(text("one"), { type: "break" }, text("two"))],
    ["a rule", "---", { type: "thematicBreak" }],
    ["a block quote", "> said", { type: "blockquote", children: [p(text("said"))] }],
    [
      "an evidence image",
      `![Bar chart of headcount](evidence:${ID})`,
      p({ type: "image", url: `evidence:${ID}`, alt: "Bar chart of headcount" }),
    ],
    [
      "a bound figure",
      `Up {{figure:${FIG}}} since`,
      p(text("Up "), { type: "boundFigure", ref: FIG }, text(" since")),
    ],
    ["a derived figure", `{{figure:${DERIVED}}}`, p({ type: "boundFigure", ref: DERIVED })],
  ])("%s", (_, md, expected) => {
    expect(only(md)).toEqual(expected);
  });

  it("keeps lists with their order, start and nesting", () => {
    expect(only("3. three\n4. four\n   - inner")).toEqual({
      type: "list",
      ordered: true,
      start: 3,
      spread: false,
      children: [
        { type: "listItem", spread: false, children: [p(text("three"))] },
        {
          type: "listItem",
          spread: false,
          children: [
            p(text("four")),
            {
              type: "list",
              ordered: false,
              spread: false,
              children: [{ type: "listItem", spread: false, children: [p(text("inner"))] }],
            },
          ],
        },
      ],
    });
  });

  it("keeps a table with its header row and alignment, padding short rows", () => {
    expect(only("| Year | Count |\n|:--|--:|\n| 2023 | 14 |\n| 2024 |")).toEqual({
      type: "table",
      align: ["left", "right"],
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
            { type: "tableCell", children: [text("2023")] },
            { type: "tableCell", children: [text("14")] },
          ],
        },
        {
          type: "tableRow",
          children: [
            { type: "tableCell", children: [text("2024")] },
            { type: "tableCell", children: [] },
          ],
        },
      ],
    });
  });

  it("is empty for empty or blank input", () => {
    expect(markdownToDoc("")).toEqual({ type: "root", children: [] });
    expect(markdownToDoc(" \n\n \t")).toEqual({ type: "root", children: [] });
  });
});

describe("markdownToDoc maps everything outside the subset to something allowed", () => {
  it.each<[string, string, Block[]]>([
    ["heading 1 becomes 2", "# Top", [{ type: "heading", depth: 2, children: [text("Top")] }]],
    ["heading 5 becomes 4", "##### Low", [{ type: "heading", depth: 4, children: [text("Low")] }]],
    ["heading 6 becomes 4", "###### Lower", [{ type: "heading", depth: 4, children: [text("Lower")] }]],
    ["a script block is text", "<script>alert(1)</script>", [p(text("<script>alert(1)</script>"))]],
    [
      "inline HTML is text, merged with its neighbours",
      "a <b onclick=x>bold</b> move",
      [p(text("a <b onclick=x>bold</b> move"))],
    ],
    ["an HTML comment is text", "<!-- hidden -->", [p(text("<!-- hidden -->"))]],
    ["inline code is text", "run `rm -rf`", [p(text("run rm -rf"))]],
    [
      "a code block is text with its lines",
      "```js\nlet a;\nlet b;\n```",
      [p(text("let a;"), { type: "break" }, text("let b;"))],
    ],
    ["a javascript: link is its text", "[click](javascript:alert(1))", [p(text("click"))]],
    ["a JavaScript: link in capitals is its text", "[click](JavaScript:alert(1))", [p(text("click"))]],
    ["a data: link is its text", "[x](data:text/html;base64,PHNjcmlwdD4=)", [p(text("x"))]],
    ["a relative link is its text", "[home](/i/lstm)", [p(text("home"))]],
    ["an image from the web is its alt", "![logo](https://evil.example/x.png)", [p(text("logo"))]],
    ["a data: image is its alt", "![pixel](data:image/png;base64,AAAA)", [p(text("pixel"))]],
    [
      "an image from the web without alt is nothing",
      "a ![](https://evil.example/x.png) b",
      [p(text("a  b"))],
    ],
    [
      "a definition is dropped, its reference kept as a link",
      "[site][s]\n\n[s]: https://example.org",
      [p({ type: "link", url: "https://example.org", children: [text("site")] })],
    ],
    ["an unsafe definition leaves the text", "[site][s]\n\n[s]: javascript:alert(1)", [p(text("site"))]],
    [
      "a footnote and its definition are dropped but for the marker",
      "See[^1]\n\n[^1]: note",
      [p(text("See^1"))],
    ],
    [
      "a bad figure reference stays text",
      "{{figure:indicator:nope}}",
      [p(text("{{figure:indicator:nope}}"))],
    ],
    ["strong in strong is flattened", "**a __b__ c**", [p({ type: "strong", children: [text("a b c")] })]],
    [
      "a link in a link is flattened",
      "[outer [inner](https://b.example)](https://a.example)",
      [
        p(
          text("[outer "),
          { type: "link", url: "https://b.example", children: [text("inner")] },
          text("](https://a.example)"),
        ),
      ],
    ],
  ])("%s", (_, md, expected) => {
    expect(blocksOf(md)).toEqual(expected);
  });

  it("keeps hostile text as text that the schema accepts, whatever is thrown at it", () => {
    const hostile = [
      '<img src=x onerror="alert(1)">',
      "<iframe src=https://evil.example></iframe>",
      "<style>body{display:none}</style>",
      "[a](vbscript:msgbox(1)) [b](  javascript:alert(1))",
      "<a href=javascript:alert(1)>x</a>",
      "\u0000\u202e evil",
    ].join("\n\n");
    const doc = markdownToDoc(hostile);
    expect(ZNarrativeDoc.parse(doc)).toEqual(doc);
    const links: string[] = [];
    const walk = (n: unknown) => {
      if (typeof n !== "object" || n === null) return;
      const node = n as { type?: string; url?: string; children?: unknown[] };
      if (node.type === "link" || node.type === "image") links.push(node.url!);
      node.children?.forEach(walk);
    };
    walk(doc);
    expect(links).toEqual([]);
  });

  it("flattens containers nested deeper than the limit, keeping their text", () => {
    const quotes = `${">".repeat(500)} deep`;
    const doc = markdownToDoc(quotes);
    let depth = 0;
    let node: Block | undefined = doc.children[0];
    while (node?.type === "blockquote") {
      depth++;
      node = node.children[0];
    }
    expect(depth).toBe(MAX_NESTING);
    expect(node).toEqual(p(text("deep")));

    const lists = Array.from({ length: 40 }, (_, i) => `${"  ".repeat(i)}- level ${i}`).join("\n");
    expect(JSON.stringify(markdownToDoc(lists))).toContain("level 39");
  });

  it("parses a large answer quickly, and refuses one beyond the limit", () => {
    const started = Date.now();
    const big = "A paragraph of words about technicians.\n\n".repeat(1500);
    expect(markdownToDoc(big).children).toHaveLength(1500);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(refusal("x".repeat(MAX_MARKDOWN_CHARS + 1))).toEqual([
      "The answer is too long: it can be at most 200,000 characters.",
    ]);
  });

  it("parses pathological inputs in bounded time", () => {
    const started = Date.now();
    markdownToDoc("*a ".repeat(6_000));
    markdownToDoc("[".repeat(19_000));
    markdownToDoc("[a](".repeat(4_000));
    markdownToDoc("- ".repeat(20_000));
    markdownToDoc(`${"|a".repeat(29)}|\n${"|-".repeat(29)}|\n`.concat(`${"|1".repeat(29)}|\n`.repeat(400)));
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it.each<[string, string, string]>([
    [
      "an evidence image without alt",
      `![](evidence:${ID})`,
      "Describe the image: alternative text is required.",
    ],
    [
      "an evidence image with blank alt",
      `![   ](evidence:${ID})`,
      "Describe the image: alternative text is required.",
    ],
    [
      "too many parts",
      "word\n\n".repeat(2001),
      "The answer has too many parts: at most 2,000 paragraphs, headings, lists and tables.",
    ],
    [
      "one huge paragraph",
      "w".repeat(20_001),
      "A paragraph is too long: break it up (at most 20,000 characters in one run of text).",
    ],
    [
      "too many columns",
      `${"|a".repeat(31)}|\n${"|-".repeat(31)}|`,
      "A table can have at most 30 columns and 500 rows.",
    ],
  ])("refuses %s with a sentence to act on", (_, md, message) => {
    expect(refusal(md)).toEqual([message]);
  });
});

describe("docToMarkdown prints the tree back so that the round trip is stable", () => {
  const SAMPLES: [string, string][] = [
    [
      "everything",
      [
        "# Our approach",
        'Some _emphasis_, **strong** and [a link](https://example.org "title"), then a line  \nbreak.',
        `We grew by {{figure:${DERIVED}}} to {{figure:${FIG}}} people.`,
        "- one\n- two\n  1. two a\n  2. two b",
        "5. five\n6. six",
        "| Year | Count |\n|:--|--:|\n| 2023 | 14 |\n| 2024 | 16 |",
        "> A quote\n>\n> - with a list",
        "---",
        `![A chart](evidence:${ID} "Chart")`,
        "###### small",
      ].join("\n\n"),
    ],
    [
      "markup typed as text",
      "<script>alert('x')</script> and *stars* \\* and _under_scores_ and | pipes | and {{figure:nope}}",
    ],
    [
      "text that looks like syntax",
      "1. not a list?\n\n\\# not a heading\n\n\\- not a bullet\n\n\\[not a link](https://x.example)",
    ],
    ["a loose list", "- a\n\n- b\n\n  more"],
    [
      "a table with pipes and markup in cells",
      "| a \\| b | `c` |\n|---|---|\n| **d** | [e](https://e.example) |",
    ],
    ["unsafe things", "[x](javascript:alert(1)) ![y](https://evil/y.png) <img src=x onerror=alert(1)>"],
  ];

  it.each(SAMPLES)("%s", (_, md) => {
    const first = markdownToDoc(md);
    const printed = docToMarkdown(first);
    const second = markdownToDoc(printed);
    expect(second).toEqual(first);
    expect(docToMarkdown(second)).toBe(printed);
  });

  it("prints bound figures as tokens and the subset as plain Markdown", () => {
    const doc: NarrativeDoc = {
      type: "root",
      children: [
        { type: "heading", depth: 3, children: [text("Figures")] },
        p(text("Now "), { type: "boundFigure", ref: FIG }, text(".")),
      ],
    };
    expect(docToMarkdown(doc)).toBe(`### Figures\n\nNow {{figure:${FIG}}}.\n`);
    expect(docToMarkdown({ type: "root", children: [] })).toBe("");
  });

  it("escapes text so that it is read back as text, not syntax", () => {
    const doc: NarrativeDoc = { type: "root", children: [p(text("# <b>[x](javascript:y)</b> *z*"))] };
    expect(markdownToDoc(docToMarkdown(doc))).toEqual(doc);
  });
});
