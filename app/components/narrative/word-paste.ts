/*
 * Word (desktop) copies a list not as <ul>/<ol> but as paragraphs styled `mso-list:l0 level2 lfo1`,
 * each starting with its bullet or number in a span marked `mso-list:Ignore`. ProseMirror would
 * read those as plain paragraphs with a stray "·" in front, so before a paste is parsed we turn
 * each run of such paragraphs back into nested lists. Everything else in the paste is left alone.
 */

const LIST_STYLE = /mso-list:\s*l\d+\s+level(\d+)/i;
/** A number or letter marker ("1.", "a)", "(iv)") means an ordered list; "·", "o", "§", "-" a bulleted one. */
const ORDERED_MARKER = /^\(?[0-9a-z]{1,5}[.)]/i;

type Level = { list: HTMLElement; level: number };

function listLevel(el: Element): number | null {
  if (el.tagName !== "P") return null;
  const match = (el.getAttribute("style") ?? "").match(LIST_STYLE);
  return match ? Number(match[1]) : null;
}

/** The paragraph's marker text, removed from it. */
function takeMarker(p: Element): string {
  const ignored = [...p.querySelectorAll("span")].filter((s) =>
    /mso-list:\s*ignore/i.test(s.getAttribute("style") ?? ""),
  );
  const marker = ignored.map((s) => s.textContent ?? "").join("");
  for (const span of ignored) {
    // The marker span is often wrapped in a font span that holds nothing else.
    const parent = span.parentElement;
    span.remove();
    if (parent && parent !== p && parent.tagName === "SPAN" && !parent.textContent?.trim()) parent.remove();
  }
  return marker.replace(/\u00a0/g, " ").trim();
}

function buildList(doc: Document, run: Element[]): HTMLElement {
  const stack: Level[] = [];
  let root: HTMLElement | null = null;
  for (const p of run) {
    const level = listLevel(p)!;
    const ordered = ORDERED_MARKER.test(takeMarker(p));
    while (stack.length > 1 && stack[stack.length - 1]!.level > level) stack.pop();
    let top = stack[stack.length - 1];
    if (!top || level > top.level) {
      const list = doc.createElement(ordered ? "ol" : "ul");
      const holder = top?.list.lastElementChild;
      if (holder) holder.appendChild(list);
      else if (top) top.list.appendChild(list);
      else root = list;
      top = { list, level };
      stack.push(top);
    }
    const li = doc.createElement("li");
    const para = doc.createElement("p");
    while (p.firstChild) para.appendChild(p.firstChild);
    li.appendChild(para);
    top.list.appendChild(li);
  }
  return root!;
}

/** A paste's HTML with Word's list paragraphs turned into real nested lists. */
export function wordListsToHtml(html: string, parser: DOMParser): string {
  if (!/mso-list/i.test(html)) return html;
  const doc = parser.parseFromString(html, "text/html");
  const seen = new Set<Element>();
  for (const p of [...doc.body.querySelectorAll("p")]) {
    if (seen.has(p) || listLevel(p) === null) continue;
    const run: Element[] = [];
    let el: Element | null = p;
    while (el && listLevel(el) !== null) {
      run.push(el);
      seen.add(el);
      el = el.nextElementSibling;
    }
    const list = buildList(doc, run);
    run[0]!.replaceWith(list);
    for (const rest of run.slice(1)) rest.remove();
  }
  return doc.body.innerHTML;
}
