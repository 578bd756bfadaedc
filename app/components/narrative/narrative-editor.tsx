import { lazy, Suspense, useEffect, useMemo, useRef, useState } from "react";
import { AppError } from "../../../src/core/errors";
import { emptyDoc, type NarrativeDoc, wordCount } from "../../../src/core/narrative/doc";
import { docToMarkdown, markdownToDoc } from "../../../src/core/narrative/markdown";
import { editorJsonToDoc, editorJsonToTree } from "../../../src/core/narrative/prosemirror";
import { useT } from "../../i18n/i18n";
import type { EditorFigure } from "./editor-extensions";
import type { RichEditorProps } from "./rich-editor";

export type { EditorFigure } from "./editor-extensions";

/** TipTap is only needed once the page has hydrated: keep it out of the server render and the first load. */
const RichEditor = lazy(() => import("./rich-editor"));

export type NarrativeEditorProps = {
  /** The answer's field name: the form sends `<name>.markdown` (textarea) or `<name>.doc` (rich editor). */
  name: string;
  label: string;
  hint?: string;
  /** The saved answer, if any. */
  doc: NarrativeDoc | null;
  /** The Markdown the person typed, kept after a failed post: shown instead of `doc`. */
  markdown?: string;
  /** Figures the author may insert, with their current values. */
  figures: EditorFigure[];
  errorMessage?: string;
  /** A word limit from the template, if the question has one. */
  wordLimit?: number;
  /** Where an evidence image is shown from (the `/i/:slug/evidence/:id/image` route). */
  imageUrl?: (evidenceId: string) => string;
  /** Every change, as a valid tree: for the page's autosave (debounce it; see useDebouncedCallback). */
  onChange?: (doc: NarrativeDoc) => void;
  /** For tests and pages that need the editor itself. */
  onEditorReady?: RichEditorProps["onReady"];
};

const INPUT = "mt-1 block w-full max-w-3xl border-2 border-slate-800 p-2 font-mono";

const noImage = () => "";

/** Words in typed Markdown: counted on the tree when it reads, else on the raw text. */
function markdownWords(text: string): number {
  try {
    return wordCount(markdownToDoc(text));
  } catch {
    return text.match(/\S+/g)?.length ?? 0;
  }
}

const problemOf = (error: unknown) =>
  error instanceof AppError ? (error.details.fieldErrors?.doc?.[0] ?? error.message) : String(error);

/**
 * A narrative answer's field. On the server, and without JavaScript, a GOV.UK textarea of
 * Markdown named `<name>.markdown`. Once hydrated it becomes a rich editor that writes the tree
 * as JSON into a hidden `<name>.doc`, and the textarea leaves the form, so the server receives
 * exactly one of the two (read both with narrativeFromForm). "Show Markdown" switches back.
 */
export function NarrativeEditor(props: NarrativeEditorProps) {
  const { name, label, hint, figures, errorMessage, wordLimit, onChange, onEditorReady } = props;
  const imageUrl = props.imageUrl ?? noImage;
  const t = useT();
  const id = `field-${name}`;
  const labelId = `${id}-label`;
  const countId = `${id}-count`;
  const problemId = `${id}-problem`;
  const initialText = useMemo(
    () => props.markdown ?? (props.doc ? docToMarkdown(props.doc) : ""),
    [props.markdown, props.doc],
  );
  const [text, setText] = useState(initialText);
  const [mode, setMode] = useState<"plain" | "rich" | "server">("server");
  const [doc, setDoc] = useState<NarrativeDoc>(() => props.doc ?? emptyDoc());
  // What the form posts: normally `doc`; while the editor holds something invalid, that instead,
  // so the server refuses it with a reason rather than silently saving an older version.
  const [invalidTree, setInvalidTree] = useState<NarrativeDoc | null>(null);
  const [editorKey, setEditorKey] = useState(0);
  const [problem, setProblem] = useState<string | null>(null);
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;

  // After hydration: the rich editor, unless the kept Markdown cannot become a tree (then the
  // person fixes it where they typed it, with the server's message). Only once, from the first
  // props: later prop changes (a revalidation after autosave) must not replace what is being typed.
  const initial = useRef({ markdown: props.markdown, doc: props.doc });
  useEffect(() => {
    const { markdown, doc: first } = initial.current;
    try {
      setDoc(markdown !== undefined ? markdownToDoc(markdown) : (first ?? emptyDoc()));
      setMode("rich");
    } catch {
      setMode("plain");
    }
  }, []);

  const toMarkdown = () => {
    setText(docToMarkdown(invalidTree ?? doc));
    setInvalidTree(null);
    setProblem(null);
    setMode("plain");
  };
  const toRich = () => {
    try {
      const next = markdownToDoc(text);
      setDoc(next);
      setEditorKey((k) => k + 1);
      setProblem(null);
      setMode("rich");
    } catch (error) {
      setProblem(t("narrative.markdownProblem", { message: problemOf(error) }));
    }
  };
  const onJson = (json: unknown) => {
    try {
      const next = editorJsonToDoc(json);
      setDoc(next);
      setInvalidTree(null);
      setProblem(null);
      onChangeRef.current?.(next);
    } catch (error) {
      setInvalidTree(editorJsonToTree(json));
      setProblem(problemOf(error));
    }
  };
  const onText = (value: string) => {
    setText(value);
    if (!onChangeRef.current) return;
    try {
      onChangeRef.current(markdownToDoc(value));
    } catch {
      // Half-typed Markdown that does not read yet is not saved; the server says why on submit.
    }
  };

  const words = mode === "rich" ? wordCount(invalidTree ?? doc) : markdownWords(text);
  const describedBy =
    [hint && `${id}-hint`, errorMessage && `${id}-error`, problem && problemId, countId]
      .filter(Boolean)
      .join(" ") || undefined;

  return (
    <div className={`mb-5 ${errorMessage ? "border-l-4 border-red-700 pl-3" : ""}`}>
      <label id={labelId} htmlFor={id} className="block font-bold">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-slate-600">
          {hint}
        </p>
      )}
      {mode !== "rich" && <p className="text-slate-600">{t("narrative.markdownHint")}</p>}
      {errorMessage && (
        <p id={`${id}-error`} className="font-bold text-red-700">
          <span className="sr-only">{t("narrative.errorPrefix")}</span>
          {errorMessage}
        </p>
      )}
      {problem && (
        <p id={problemId} className="font-bold text-red-700" role="alert">
          {problem}
        </p>
      )}
      {mode === "rich" ? (
        <>
          <Suspense fallback={<p className="text-slate-600">{t("narrative.loading")}</p>}>
            <RichEditor
              key={editorKey}
              id={id}
              labelId={labelId}
              describedBy={describedBy}
              invalid={Boolean(errorMessage)}
              initialDoc={doc}
              figures={figures}
              imageUrl={imageUrl}
              onJson={onJson}
              onReady={onEditorReady}
            />
          </Suspense>
          <input type="hidden" name={`${name}.doc`} value={JSON.stringify(invalidTree ?? doc)} />
        </>
      ) : (
        <textarea
          id={id}
          name={`${name}.markdown`}
          rows={12}
          value={text}
          onChange={(e) => onText(e.target.value)}
          aria-describedby={describedBy}
          aria-invalid={errorMessage ? true : undefined}
          className={INPUT}
        />
      )}
      <p id={countId} className="mt-1 text-slate-600" aria-live="polite">
        <WordCount words={words} limit={wordLimit} />
      </p>
      {mode !== "server" && (
        <button
          type="button"
          onClick={mode === "rich" ? toMarkdown : toRich}
          className="mt-1 text-teal-800 underline"
        >
          {mode === "rich" ? t("narrative.showMarkdown") : t("narrative.showEditor")}
        </button>
      )}
    </div>
  );
}

function WordCount({ words, limit }: { words: number; limit?: number }) {
  const t = useT();
  if (limit === undefined) return <>{t("narrative.words", { count: words })}</>;
  if (words > limit)
    return <strong className="text-red-700">{t("narrative.overLimit", { count: words - limit })}</strong>;
  return <>{t("narrative.wordsOfLimit", { count: words, limit })}</>;
}

/** A callback that runs `delay` ms after the last call (for autosave); pending calls are dropped on unmount. */
export function useDebouncedCallback<A extends unknown[]>(fn: (...args: A) => void, delay: number) {
  const fnRef = useRef(fn);
  fnRef.current = fn;
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  return useMemo(
    () =>
      (...args: A) => {
        clearTimeout(timer.current);
        timer.current = setTimeout(() => fnRef.current(...args), delay);
      },
    [delay],
  );
}
