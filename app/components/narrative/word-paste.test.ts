// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { wordListsToHtml } from "./word-paste";

const parser = () => new DOMParser();
const item = (level: number, marker: string, text: string) =>
  `<p class=MsoListParagraphCxSpMiddle style='text-indent:-18.0pt;mso-list:l0 level${level} lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>${marker}<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>${text}</p>`;

describe("wordListsToHtml", () => {
  it("turns Word's bulleted list paragraphs into a nested list without their markers", () => {
    const html = `<p class=MsoNormal>Before</p>${item(1, "·", "One")}${item(2, "o", "One a")}${item(1, "·", "<b>Two</b>")}<p class=MsoNormal>After</p>`;
    const out = wordListsToHtml(html, parser());
    expect(out.replace(/<!--.*?-->/g, "")).toBe(
      '<p class="MsoNormal">Before</p><ul><li><p>One</p><ul><li><p>One a</p></li></ul></li><li><p><b>Two</b></p></li></ul><p class="MsoNormal">After</p>',
    );
  });

  it("recognises numbered lists by their markers", () => {
    const out = wordListsToHtml(`${item(1, "1.", "First")}${item(1, "2.", "Second")}`, parser());
    expect(out.replace(/<!--.*?-->/g, "")).toBe("<ol><li><p>First</p></li><li><p>Second</p></li></ol>");
  });

  it("keeps two separate runs as two lists", () => {
    const out = wordListsToHtml(`${item(1, "·", "A")}<p>between</p>${item(1, "·", "B")}`, parser());
    expect(out.replace(/<!--.*?-->/g, "")).toBe(
      "<ul><li><p>A</p></li></ul><p>between</p><ul><li><p>B</p></li></ul>",
    );
  });

  it("leaves HTML without Word lists exactly as it was", () => {
    const html = "<h1>Title</h1><ul><li>x</li></ul>";
    expect(wordListsToHtml(html, parser())).toBe(html);
  });
});
