import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { narrativeFromForm } from "./form";
import { markdownToDoc } from "./markdown";
import { docToEditorJson } from "./prosemirror";

const ID = "0b6f1c8e-1111-4222-8333-444455556666";

function form(fields: Record<string, string>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
}

function refusal(input: FormData | Record<string, unknown>, name = "answer"): Record<string, string[]> {
  try {
    narrativeFromForm(input, name);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("INVALID");
    return (error as AppError).details.fieldErrors ?? {};
  }
  throw new Error("accepted");
}

describe("narrativeFromForm", () => {
  const tree = markdownToDoc("## Aims\n\n- one\n- **two**");

  it("reads the rich editor's tree when it is sent", () => {
    expect(narrativeFromForm(form({ "answer.doc": JSON.stringify(tree) }), "answer")).toEqual({ doc: tree });
  });

  it("reads the textarea's Markdown without JavaScript", () => {
    expect(narrativeFromForm(form({ "answer.markdown": "## Aims\n\n- one\n- **two**" }), "answer")).toEqual({
      doc: tree,
    });
  });

  it("prefers the tree when both arrive, and takes a plain object (a JSON body) too", () => {
    expect(narrativeFromForm({ "q1.doc": tree, "q1.markdown": "other" }, "q1")).toEqual({ doc: tree });
    expect(narrativeFromForm({ "q1.doc": "", "q1.markdown": "other" }, "q1").doc.children).toHaveLength(1);
  });

  it("reads a missing answer as an empty one", () => {
    expect(narrativeFromForm(form({}), "answer")).toEqual({ doc: { type: "root", children: [] } });
  });

  it("tidies a posted tree the same way as any other input", () => {
    const messy = {
      type: "root",
      children: [
        {
          type: "paragraph",
          children: [
            { type: "text", value: "a" },
            { type: "text", value: "b" },
          ],
        },
      ],
    };
    expect(narrativeFromForm({ "a.doc": JSON.stringify(messy) }, "a").doc.children).toEqual([
      { type: "paragraph", children: [{ type: "text", value: "ab" }] },
    ]);
  });

  it.each<[string, Record<string, string>, string[]]>([
    [
      "malformed JSON",
      { "answer.doc": "{not json" },
      ["The answer could not be read: try again, or type it as Markdown."],
    ],
    [
      "the editor's own JSON instead of the tree",
      { "answer.doc": JSON.stringify(docToEditorJson(tree)) },
      ["The answer could not be read: it holds something an answer cannot contain."],
    ],
    [
      "raw HTML smuggled in as a node",
      {
        "answer.doc": JSON.stringify({
          type: "root",
          children: [{ type: "html", value: "<script>x</script>" }],
        }),
      },
      ["The answer could not be read: it holds something an answer cannot contain."],
    ],
    [
      "a heading of level 1",
      {
        "answer.doc": JSON.stringify({
          type: "root",
          children: [{ type: "heading", depth: 1, children: [] }],
        }),
      },
      ["The answer could not be read: it holds something an answer cannot contain."],
    ],
    [
      "an image without alt in the tree",
      {
        "answer.doc": JSON.stringify({
          type: "root",
          children: [{ type: "paragraph", children: [{ type: "image", url: `evidence:${ID}`, alt: "" }] }],
        }),
      },
      ["Describe the image: alternative text is required."],
    ],
    [
      "a javascript: link in the tree",
      {
        "answer.doc": JSON.stringify({
          type: "root",
          children: [
            { type: "paragraph", children: [{ type: "link", url: "javascript:alert(1)", children: [] }] },
          ],
        }),
      },
      ["A link must start with https://, http:// or mailto:."],
    ],
    [
      "an image without alt in Markdown",
      { "answer.markdown": `![](evidence:${ID})` },
      ["Describe the image: alternative text is required."],
    ],
  ])("refuses %s on the answer's field", (_, fields, messages) => {
    expect(refusal(form(fields))).toEqual({ answer: messages });
  });

  it("names the field it was asked about", () => {
    expect(Object.keys(refusal({ "sections.q3.doc": "[" }, "sections.q3"))).toEqual(["sections.q3"]);
  });
});
