// @vitest-environment jsdom

import { act, cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import type { Editor } from "@tiptap/react";
import { renderToString } from "react-dom/server";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { NarrativeDoc } from "../../../src/core/narrative/doc";
import { narrativeFromForm } from "../../../src/core/narrative/form";
import { markdownToDoc } from "../../../src/core/narrative/markdown";
import { NarrativeEditor, type NarrativeEditorProps } from "./narrative-editor";

const ID = "0b6f1c8e-1111-4222-8333-444455556666";
const FIG = `indicator:${ID}`;
const figures = [{ ref: FIG, label: "Technicians registered", text: "175 %" }];
const saved = markdownToDoc("## Aims\n\nWe **grew** the team.");

afterEach(cleanup);

// jsdom has no layout and no clipboard events; ProseMirror asks for both (scrolling the selection
// into view, and the event a paste is handled as). Neither matters to what is tested here.
beforeAll(() => {
  const noRects = () => Object.assign([], { item: () => null }) as unknown as DOMRectList;
  Range.prototype.getClientRects = noRects;
  Range.prototype.getBoundingClientRect = () => new DOMRect();
  Element.prototype.scrollIntoView = () => {};
  if (typeof ClipboardEvent === "undefined") {
    globalThis.ClipboardEvent = class extends Event {
      clipboardData = null;
    } as unknown as typeof ClipboardEvent;
  }
});

function Form(props: Partial<NarrativeEditorProps> & { onReady?: (e: Editor) => void }) {
  return (
    <form data-testid="form">
      <NarrativeEditor
        name="answer"
        label="How have you shown technicians' contribution?"
        hint="Say what changed."
        doc={saved}
        figures={figures}
        onEditorReady={props.onReady}
        {...props}
      />
    </form>
  );
}

/** Renders, waits for the rich editor, and returns it. */
async function mount(props: Partial<NarrativeEditorProps> = {}) {
  let editor: Editor | undefined;
  const onChange = vi.fn();
  render(<Form onChange={onChange} {...props} onReady={(e) => (editor = e)} />);
  await waitFor(() => expect(editor).toBeDefined(), { timeout: 5000 });
  return { editor: editor!, onChange };
}

const form = () => new FormData(screen.getByTestId("form") as HTMLFormElement);
const posted = () => narrativeFromForm(form(), "answer").doc;

describe("NarrativeEditor without JavaScript (the server's HTML)", () => {
  it("is a labelled Markdown textarea with its hint, the saved answer and a word count", () => {
    const html = renderToString(<Form />);
    expect(html).toContain('<label id="field-answer-label" for="field-answer"');
    expect(html).toMatch(
      /<textarea id="field-answer" name="answer.markdown"[^>]*aria-describedby="field-answer-hint field-answer-count"/,
    );
    expect(html).toContain("## Aims\n\nWe **grew** the team.\n</textarea>");
    expect(html).toContain(
      "Markdown: ## heading, - list, [link](https://…), tables with | pipes |, {{figure:…}}",
    );
    expect(html).toContain("5 words");
    expect(html).not.toContain("answer.doc");
    expect(html).not.toContain("Show Markdown");
  });

  it("keeps the typed Markdown after a failed post, with the error on the field", () => {
    const html = renderToString(
      <Form
        markdown={`Look ![](evidence:${ID})`}
        errorMessage="Describe the image: alternative text is required."
      />,
    );
    expect(html).toContain(`Look ![](evidence:${ID})</textarea>`);
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain("Describe the image: alternative text is required.");
  });

  it("counts words against a limit", () => {
    expect(renderToString(<Form wordLimit={500} />)).toContain("5 of 500 words");
    expect(renderToString(<Form wordLimit={4} />)).toContain("1 word too many");
  });
});

describe("NarrativeEditor with JavaScript", () => {
  it("swaps in the rich editor: the form sends the tree in answer.doc and no textarea", async () => {
    await mount();
    expect(form().has("answer.markdown")).toBe(false);
    expect(JSON.parse(String(form().get("answer.doc")))).toEqual(saved);
    expect(posted()).toEqual(saved);
    const area = screen.getByRole("textbox", { name: "How have you shown technicians' contribution?" });
    expect(area.id).toBe("field-answer");
    expect(area.getAttribute("contenteditable")).toBe("true");
  });

  it("has a toolbar of named buttons that say whether they are on", async () => {
    const { editor } = await mount();
    const toolbar = screen.getByRole("toolbar", { name: "Formatting" });
    // The selection starts in the heading: only "Heading" is on.
    const pressed = Object.fromEntries(
      ["Heading", "Subheading", "Bold", "Italic", "Bulleted list", "Numbered list", "Link"].map((name) => [
        name,
        screen.getByRole("button", { name }).getAttribute("aria-pressed"),
      ]),
    );
    expect(pressed).toEqual({
      Heading: "true",
      Subheading: "false",
      Bold: "false",
      Italic: "false",
      "Bulleted list": "false",
      "Numbered list": "false",
      Link: "false",
    });
    expect(toolbar.querySelectorAll("button").length).toBe(8);
    act(() => {
      editor.commands.setTextSelection(12); // inside "grew", which is bold
    });
    await waitFor(() =>
      expect(screen.getByRole("button", { name: "Bold" }).getAttribute("aria-pressed")).toBe("true"),
    );
    act(() => {
      editor.commands.setTextSelection(3); // inside the heading
    });
    await waitFor(() =>
      expect(screen.getByRole("button", { name: "Heading" }).getAttribute("aria-pressed")).toBe("true"),
    );
    fireEvent.click(screen.getByRole("button", { name: "Subheading" }));
    await waitFor(() => expect(posted().children[0]).toMatchObject({ type: "heading", depth: 3 }));
  });

  it("makes a list, inserts a table and a figure, and reports each change", async () => {
    const { editor, onChange } = await mount({ doc: null });
    act(() => {
      editor.commands.insertContent("First point");
    });
    fireEvent.click(screen.getByRole("button", { name: "Bulleted list" }));
    await waitFor(() => expect(posted().children[0]).toMatchObject({ type: "list", ordered: false }));
    act(() => {
      editor.commands.setTextSelection(editor.state.doc.content.size);
    });
    fireEvent.change(screen.getByRole("combobox", { name: "Figure to insert" }), { target: { value: FIG } });
    fireEvent.click(screen.getByRole("button", { name: "Insert figure" }));
    await waitFor(() => expect(JSON.stringify(posted())).toContain(`"boundFigure","ref":"${FIG}"`));
    fireEvent.click(screen.getByRole("button", { name: "Insert table" }));
    await waitFor(() => expect(posted().children.some((b) => b.type === "table")).toBe(true));
    const table = posted().children.find((b) => b.type === "table");
    expect(table).toMatchObject({ type: "table", children: [{}, {}, {}] });
    expect(onChange).toHaveBeenCalled();
    expect(onChange.mock.lastCall?.[0]).toEqual(posted());
  });

  it("adds a web link and refuses a javascript: one", async () => {
    const { editor } = await mount();
    act(() => {
      editor.commands.setTextSelection({ from: 7, to: 9 }); // "We"
    });
    fireEvent.click(screen.getByRole("button", { name: "Link" }));
    const address = screen.getByRole("textbox", { name: "Web address" });
    fireEvent.change(address, { target: { value: "javascript:alert(1)" } });
    fireEvent.keyDown(address, { key: "Enter" });
    expect(screen.getByText(/Enter a web address that starts with https:\/\//)).toBeTruthy();
    expect(JSON.stringify(posted())).not.toContain("javascript");
    fireEvent.change(address, { target: { value: "https://example.org" } });
    fireEvent.click(screen.getByRole("button", { name: "Apply link" }));
    await waitFor(() =>
      expect(posted().children[1]).toEqual({
        type: "paragraph",
        children: [
          { type: "link", url: "https://example.org", children: [{ type: "text", value: "We" }] },
          { type: "text", value: " " },
          { type: "strong", children: [{ type: "text", value: "grew" }] },
          { type: "text", value: " the team." },
        ],
      }),
    );
  });

  it("keeps headings, lists and tables pasted from Word, and drops Word's styles and pictures", async () => {
    const { editor } = await mount({ doc: null });
    const word = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{mso-style-parent:"";}</style></head>
      <body lang=EN-GB style='tab-interval:36.0pt'>
      <h1 style='mso-style-link:"Heading 1 Char"'><span style='font-family:Calibri'>Our approach</span></h1>
      <p class=MsoNormal style='mso-margin-top-alt:auto'>We ran <b>five</b> sessions.<img src="file:///C:/Users/x/image001.png" alt="logo"></p>
      <ul style='margin-top:0cm' type=disc><li class=MsoNormal style='mso-list:l0 level1 lfo1'>Roadshows</li><li class=MsoNormal>Awards</li></ul>
      <p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]><span style='mso-list:Ignore'>1.<span>&nbsp;&nbsp;</span></span><![endif]>Plan</p>
      <p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]><span style='mso-list:Ignore'>2.<span>&nbsp;&nbsp;</span></span><![endif]>Review</p>
      <table class=MsoTableGrid border=1 style='border-collapse:collapse;mso-yfti-tbllook:1184'>
        <tr style='mso-yfti-irow:0'><td style='width:225pt'><p class=MsoNormal><b>Year</b></p></td><td><p class=MsoNormal>Count</p></td></tr>
        <tr><td><p class=MsoNormal>2023</p></td><td><p class=MsoNormal>14</p></td></tr>
      </table>
      <h5>Small print</h5></body></html>`;
    act(() => {
      editor.view.pasteHTML(word);
    });
    const expected: NarrativeDoc = markdownToDoc(
      [
        "## Our approach",
        "We ran **five** sessions.",
        "- Roadshows\n- Awards",
        "1. Plan\n2. Review",
        "| **Year** | Count |\n|---|---|\n| 2023 | 14 |",
        "#### Small print",
      ].join("\n\n"),
    );
    await waitFor(() => expect(strip(posted())).toEqual(strip(expected)));
    expect(JSON.stringify(posted())).not.toMatch(/mso|image001|logo/);
  });

  it("posts what the editor holds even when it breaks a rule, so the server refuses it with the reason", async () => {
    const { editor, onChange } = await mount({ doc: null });
    act(() => {
      editor.commands.insertContent("w".repeat(20_001));
    });
    const reason = "A paragraph is too long: break it up (at most 20,000 characters in one run of text).";
    await waitFor(() => expect(screen.getByRole("alert").textContent).toBe(reason));
    expect(() => posted()).toThrow();
    try {
      posted();
    } catch (error) {
      expect((error as { details: { fieldErrors: unknown } }).details.fieldErrors).toEqual({
        answer: [reason],
      });
    }
    expect(onChange).not.toHaveBeenCalled();
  });

  it("shows the Markdown and back: the form then sends the textarea and no tree", async () => {
    await mount();
    fireEvent.click(screen.getByRole("button", { name: "Show Markdown" }));
    const textarea = screen.getByRole("textbox", { name: "How have you shown technicians' contribution?" });
    expect(textarea.tagName).toBe("TEXTAREA");
    expect(form().has("answer.doc")).toBe(false);
    expect(form().get("answer.markdown")).toBe("## Aims\n\nWe **grew** the team.\n");
    fireEvent.change(textarea, { target: { value: "### Changed\n\n- a list" } });
    expect(screen.getByText("3 words")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Show formatted editor" }));
    await waitFor(() => expect(form().has("answer.doc")).toBe(true));
    expect(posted()).toEqual(markdownToDoc("### Changed\n\n- a list"));
  });

  it("stays on the textarea when the kept Markdown cannot become a tree, and says why on switching", async () => {
    render(
      <Form
        markdown={`Look ![](evidence:${ID})`}
        errorMessage="Describe the image: alternative text is required."
      />,
    );
    const toggle = await screen.findByRole("button", { name: "Show formatted editor" });
    expect(form().get("answer.markdown")).toBe(`Look ![](evidence:${ID})`);
    fireEvent.click(toggle);
    expect(screen.getByRole("alert").textContent).toContain(
      "Describe the image: alternative text is required.",
    );
    expect(form().has("answer.doc")).toBe(false);
  });
});

/** Lists' looseness and tables' alignment are not the editor's to keep. */
const strip = (d: NarrativeDoc) =>
  JSON.parse(JSON.stringify(d, (k, v) => (k === "spread" || k === "align" ? undefined : v)));
