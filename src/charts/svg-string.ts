/**
 * What every standalone SVG string (for exports) shares: escaping people's text, writing attributes,
 * and the opening of an accessible chart (role="img", labelled by its title and description).
 */

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Escapes text and attribute values for XML: every label comes from people's data. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** ` name="value"` for each attribute given; null and undefined are left out. */
export function attrs(values: Record<string, string | number | null | undefined>): string {
  return Object.entries(values)
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join("");
}

export type SvgFrame = {
  width: number;
  height: number;
  fontFamily: string;
  fontSize: number;
  title: string;
  description: string;
  ids: { title: string; desc: string };
};

/** The opening `<svg>` with its `<title>` and `<desc>`; the caller adds the drawing and `</svg>`. */
export function svgOpening(l: SvgFrame): string[] {
  return [
    `<svg${attrs({
      xmlns: "http://www.w3.org/2000/svg",
      width: l.width,
      height: l.height,
      viewBox: `0 0 ${l.width} ${l.height}`,
      role: "img",
      "aria-labelledby": `${l.ids.title} ${l.ids.desc}`,
      "font-family": l.fontFamily,
      "font-size": l.fontSize,
    })}>`,
    `<title${attrs({ id: l.ids.title })}>${escapeXml(l.title)}</title>`,
    `<desc${attrs({ id: l.ids.desc })}>${escapeXml(l.description)}</desc>`,
  ];
}
