import { toHtml } from "hast-util-to-html";
import type { NarrativeDoc } from "./doc";
import { docToHast, type FigureValues } from "./hast";

export const MISSING_FIGURE_TEXT = "Figure no longer available";

/**
 * An answer as an HTML fragment for exports, the same layout as the page (NarrativeView). Every
 * text and attribute is escaped by hast-util-to-html; the tree cannot hold raw HTML at all.
 */
export function docToHtml(
  doc: NarrativeDoc,
  figures: FigureValues,
  imageUrl: (evidenceId: string) => string,
  missingFigureText = MISSING_FIGURE_TEXT,
): string {
  return toHtml(docToHast(doc, { figures, imageUrl, missingFigureText }));
}
