import { toJsxRuntime } from "hast-util-to-jsx-runtime";
import { Fragment, jsx, jsxs } from "react/jsx-runtime";
import type { NarrativeDoc } from "../../../src/core/narrative/doc";
import { docToHast, type FigureValues } from "../../../src/core/narrative/hast";
import { useT } from "../../i18n/i18n";

export type { FigureValue, FigureValues } from "../../../src/core/narrative/hast";

/**
 * A narrative answer on a page: the same layout as the HTML export (docToHast), turned into React
 * elements, never into an HTML string, so nothing typed can become markup. Headings keep their
 * depth (2–4: the page owns level 1), the first table row is a header of column headers, bound
 * figures read their current value (or say plainly that the figure is gone), images are evidence
 * items shown from `imageUrl` with their alt text.
 */
export function NarrativeView({
  doc,
  figures,
  imageUrl,
  className,
}: {
  doc: NarrativeDoc;
  figures: FigureValues;
  imageUrl: (evidenceId: string) => string;
  className?: string;
}) {
  const t = useT();
  const tree = docToHast(doc, { figures, imageUrl, missingFigureText: t("narrative.missingFigure") });
  return <div className={`narrative ${className ?? ""}`}>{toJsxRuntime(tree, { Fragment, jsx, jsxs })}</div>;
}
