import { diffLines } from "diff";
import type { NarrativeDoc } from "../../src/core/narrative/doc";
import { docToMarkdown, markdownToDoc } from "../../src/core/narrative/markdown";
import type { FigureChoice } from "../../src/core/submissions/figure-choices.server";
import { useT } from "../i18n/i18n";
import { formatDateTime } from "../lib/format";
import { NarrativeView } from "./narrative/narrative-view";

type Theirs = {
  narrative: NarrativeDoc | null;
  version: number;
  updatedAt: string | Date;
  updatedByName: string | null;
} | null;

function yoursAsMarkdown(markdown?: string, doc?: string): string {
  if (markdown !== undefined) return markdown;
  try {
    return doc ? docToMarkdown(JSON.parse(doc) as NarrativeDoc) : "";
  } catch {
    return "";
  }
}

/**
 * The merge view: two people saved one answer. Nothing was overwritten; the editor below still
 * holds this person's text, and this shows, line by line, what the other person's saved answer has
 * that theirs does not (and the reverse), with the other answer in full, so they can combine them
 * and save again deliberately.
 */
export function AnswerMerge({
  theirs,
  yoursMarkdown,
  yoursDoc,
  figures,
  slug,
}: {
  theirs: Theirs;
  yoursMarkdown?: string;
  yoursDoc?: string;
  figures: FigureChoice[];
  slug: string;
}) {
  const t = useT();
  const theirText = theirs?.narrative ? docToMarkdown(theirs.narrative) : "";
  const yourText = yoursAsMarkdown(yoursMarkdown, yoursDoc);
  // One diff drawn once and never reordered: its position is each part's identity.
  const parts = diffLines(theirText, yourText).map((p, at) => ({
    ...p,
    key: `${at}${p.added ? "+" : p.removed ? "-" : "="}`,
  }));
  const figureMap = Object.fromEntries(figures.map((f) => [f.ref, { label: f.label, text: f.text }]));
  return (
    <section aria-labelledby="merge-title" className="mb-8 border-4 border-yellow-500 p-4">
      <h2 id="merge-title" className="text-xl font-bold">
        {t("submission.merge.title")}
      </h2>
      <p className="my-2">
        {t("submission.merge.intro", {
          name: theirs?.updatedByName ?? t("submission.someone"),
          when: theirs ? formatDateTime(theirs.updatedAt) : "",
        })}
      </p>
      <h3 className="mt-4 font-bold">{t("submission.merge.differences")}</h3>
      <p className="mb-2 text-slate-700">{t("submission.merge.key")}</p>
      <pre className="whitespace-pre-wrap border border-slate-400 p-2 font-sans">
        {parts.map((p) =>
          p.added ? (
            <ins key={p.key} className="bg-green-100 no-underline">
              <span className="sr-only">{t("submission.merge.onlyYours")} </span>
              {p.value}
            </ins>
          ) : p.removed ? (
            <del key={p.key} className="bg-red-100">
              <span className="sr-only">{t("submission.merge.onlyTheirs")} </span>
              {p.value}
            </del>
          ) : (
            <span key={p.key}>{p.value}</span>
          ),
        )}
      </pre>
      <details className="mt-4">
        <summary className="cursor-pointer font-bold">{t("submission.merge.theirsInFull")}</summary>
        <div className="mt-2 border-l-4 border-slate-400 pl-4">
          <NarrativeView
            doc={theirs?.narrative ?? markdownToDoc("")}
            figures={figureMap}
            imageUrl={(id) => `/i/${slug}/evidence/${id}/image`}
          />
        </div>
      </details>
      <p className="mt-4">{t("submission.merge.next")}</p>
    </section>
  );
}
