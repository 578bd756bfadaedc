import { type Editor, EditorContent, useEditor, useEditorState } from "@tiptap/react";
import { type ReactNode, useId, useState } from "react";
import type { NarrativeDoc } from "../../../src/core/narrative/doc";
import { docToEditorJson } from "../../../src/core/narrative/prosemirror";
import { useT } from "../../i18n/i18n";
import { type EditorFigure, narrativeExtensions, transformPastedHTML } from "./editor-extensions";

/*
 * The rich editor, loaded only in the browser once the page has hydrated (NarrativeEditor renders
 * a plain textarea until then). TipTap on ProseMirror, with a toolbar of real buttons: each has a
 * name, says whether it is on (aria-pressed), and is reached with Tab like any other control.
 */

export type RichEditorProps = {
  /** The id the label and the error summary point at: given to the editable area. */
  id: string;
  labelId: string;
  describedBy?: string;
  invalid?: boolean;
  initialDoc: NarrativeDoc;
  figures: EditorFigure[];
  imageUrl: (evidenceId: string) => string;
  /** Called with the editor's JSON on every change. */
  onJson: (json: unknown) => void;
  /** For tests and for the page: the editor once it exists. */
  onReady?: (editor: Editor) => void;
};

const SAFE_LINK = /^(https?:\/\/|mailto:)/i;

function ToolButton({
  pressed,
  onClick,
  children,
  disabled,
}: {
  pressed?: boolean;
  onClick: () => void;
  children: ReactNode;
  disabled?: boolean;
}) {
  return (
    <button
      type="button"
      aria-pressed={pressed}
      disabled={disabled}
      onClick={onClick}
      // Keep the text selection: a mouse press on a button would otherwise move focus first.
      onMouseDown={(e) => e.preventDefault()}
      className={`border-2 border-slate-800 px-2 py-1 text-sm font-bold focus:outline-3 focus:outline-yellow-400 ${
        pressed ? "bg-slate-800 text-white" : "bg-white text-slate-900"
      }`}
    >
      {children}
    </button>
  );
}

const CONTENT_STYLES = [
  "min-h-48 w-full max-w-3xl border-2 border-slate-800 bg-white p-2 focus:outline-3 focus:outline-yellow-400",
  "[&_h2]:mt-4 [&_h2]:text-2xl [&_h2]:font-bold [&_h3]:mt-3 [&_h3]:text-xl [&_h3]:font-bold [&_h4]:font-bold",
  "[&_p]:mb-2 [&_ul]:list-disc [&_ul]:pl-6 [&_ol]:list-decimal [&_ol]:pl-6 [&_blockquote]:border-l-4 [&_blockquote]:pl-3",
  "[&_table]:border-collapse [&_td]:border [&_td]:border-slate-500 [&_td]:p-1 [&_th]:border [&_th]:border-slate-500 [&_th]:p-1",
].join(" ");

export default function RichEditor(props: RichEditorProps) {
  const t = useT();
  const { figures, imageUrl, onJson, onReady } = props;
  const editor = useEditor({
    extensions: narrativeExtensions({ figures, imageUrl }),
    content: docToEditorJson(props.initialDoc),
    immediatelyRender: false,
    editorProps: {
      transformPastedHTML,
      attributes: {
        id: props.id,
        role: "textbox",
        "aria-multiline": "true",
        "aria-labelledby": props.labelId,
        ...(props.describedBy ? { "aria-describedby": props.describedBy } : {}),
        ...(props.invalid ? { "aria-invalid": "true" } : {}),
        class: CONTENT_STYLES,
      },
    },
    onCreate: ({ editor: e }) => onReady?.(e),
    onUpdate: ({ editor: e }) => onJson(e.getJSON()),
  });
  const state = useEditorState({ editor, selector: ({ editor: e }) => (e ? toolState(e) : null) });
  return (
    <div>
      {/* Until the first transaction the hook has no state yet: read it from the editor itself. */}
      {editor && <Toolbar editor={editor} state={state ?? toolState(editor)} figures={figures} />}
      <EditorContent editor={editor} />
      {!editor && <p className="text-slate-600">{t("narrative.loading")}</p>}
    </div>
  );
}

type ToolState = ReturnType<typeof toolState>;

/** Which toolbar buttons are on where the selection is. */
function toolState(e: Editor) {
  return {
    h2: e.isActive("heading", { level: 2 }),
    h3: e.isActive("heading", { level: 3 }),
    bold: e.isActive("bold"),
    italic: e.isActive("italic"),
    bulletList: e.isActive("bulletList"),
    orderedList: e.isActive("orderedList"),
    link: e.isActive("link"),
    inTable: e.isActive("table"),
  };
}

function Toolbar({ editor, state, figures }: { editor: Editor; state: ToolState; figures: EditorFigure[] }) {
  const t = useT();
  const id = useId();
  const [linkOpen, setLinkOpen] = useState(false);
  const [href, setHref] = useState("");
  const [linkError, setLinkError] = useState(false);
  const [figureRef, setFigureRef] = useState("");
  const chain = () => editor.chain().focus();

  const applyLink = () => {
    const url = href.trim();
    if (!SAFE_LINK.test(url)) {
      setLinkError(true);
      return;
    }
    chain().extendMarkRange("link").setLink({ href: url }).run();
    setLinkOpen(false);
    setLinkError(false);
  };
  const openLink = () => {
    setHref(String(editor.getAttributes("link").href ?? ""));
    setLinkError(false);
    setLinkOpen((open) => !open);
  };
  // Enter in the address must apply the link, not submit the page's form around the editor.
  const onLinkKey = (e: React.KeyboardEvent) => {
    if (e.key === "Enter") {
      e.preventDefault();
      applyLink();
    } else if (e.key === "Escape") {
      setLinkOpen(false);
      editor.commands.focus();
    }
  };

  return (
    <div className="mb-1 max-w-3xl">
      <div
        role="toolbar"
        aria-label={t("narrative.toolbar")}
        aria-controls={editor.view.dom.id}
        className="flex flex-wrap gap-1"
      >
        <ToolButton pressed={state.h2} onClick={() => chain().toggleHeading({ level: 2 }).run()}>
          {t("narrative.heading2")}
        </ToolButton>
        <ToolButton pressed={state.h3} onClick={() => chain().toggleHeading({ level: 3 }).run()}>
          {t("narrative.heading3")}
        </ToolButton>
        <ToolButton pressed={state.bold} onClick={() => chain().toggleBold().run()}>
          {t("narrative.bold")}
        </ToolButton>
        <ToolButton pressed={state.italic} onClick={() => chain().toggleItalic().run()}>
          {t("narrative.italic")}
        </ToolButton>
        <ToolButton pressed={state.bulletList} onClick={() => chain().toggleBulletList().run()}>
          {t("narrative.bulletList")}
        </ToolButton>
        <ToolButton pressed={state.orderedList} onClick={() => chain().toggleOrderedList().run()}>
          {t("narrative.orderedList")}
        </ToolButton>
        <ToolButton pressed={state.link} onClick={openLink}>
          {t("narrative.link")}
        </ToolButton>
        <ToolButton
          disabled={state.inTable}
          onClick={() => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run()}
        >
          {t("narrative.table")}
        </ToolButton>
      </div>
      {linkOpen && (
        <div className="mt-2 flex flex-wrap items-end gap-2">
          <div>
            <label htmlFor={`${id}-href`} className="block font-bold">
              {t("narrative.linkPrompt")}
            </label>
            {linkError && (
              <p id={`${id}-href-error`} className="font-bold text-red-700">
                {t("narrative.linkInvalid")}
              </p>
            )}
            <input
              id={`${id}-href`}
              type="url"
              value={href}
              // biome-ignore lint/a11y/noAutofocus: the person asked for this field by pressing "Link".
              autoFocus
              aria-invalid={linkError || undefined}
              aria-describedby={linkError ? `${id}-href-error` : undefined}
              onChange={(e) => setHref(e.target.value)}
              onKeyDown={onLinkKey}
              className="block w-80 border-2 border-slate-800 p-1"
            />
          </div>
          <ToolButton onClick={applyLink}>{t("narrative.linkApply")}</ToolButton>
          {state.link && (
            <ToolButton
              onClick={() => {
                chain().extendMarkRange("link").unsetLink().run();
                setLinkOpen(false);
              }}
            >
              {t("narrative.linkRemove")}
            </ToolButton>
          )}
        </div>
      )}
      {figures.length > 0 && (
        <div className="mt-2 flex flex-wrap items-end gap-2">
          <div>
            <label htmlFor={`${id}-figure`} className="block font-bold">
              {t("narrative.figure")}
            </label>
            <select
              id={`${id}-figure`}
              value={figureRef}
              onChange={(e) => setFigureRef(e.target.value)}
              className="block border-2 border-slate-800 p-1"
            >
              <option value="">{t("narrative.figureChoose")}</option>
              {figures.map((f) => (
                <option key={f.ref} value={f.ref}>
                  {f.label} ({f.text})
                </option>
              ))}
            </select>
          </div>
          <ToolButton
            disabled={!figureRef}
            onClick={() =>
              chain()
                .insertContent({ type: "boundFigure", attrs: { ref: figureRef } })
                .run()
            }
          >
            {t("narrative.insertFigure")}
          </ToolButton>
        </div>
      )}
    </div>
  );
}
