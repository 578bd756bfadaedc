import type { ReactNode } from "react";
import { useT } from "../../i18n/i18n";

/**
 * Pieces every section's form and view share: the no-JavaScript row buttons ("Add another group",
 * "Remove", "Move up"), a repeated row's fieldset, plain text shown as paragraphs, and select options
 * that keep a stored choice no longer in the list (so it is neither lost nor silently changed).
 */

const SECONDARY =
  "bg-slate-200 px-3 py-1 font-bold text-slate-900 shadow-[0_2px_0_#0b0c0c] hover:bg-slate-300";

/** A button that posts the form with `intent`; `context` is read by screen readers only ("group 2"). */
export function RowButton({ intent, label, context }: { intent: string; label: string; context?: string }) {
  return (
    <button type="submit" name="intent" value={intent} formNoValidate className={SECONDARY}>
      {label}
      {context && <span className="sr-only"> {context}</span>}
    </button>
  );
}

/** "Add another …", below a list of rows. */
export function AddRow({ intent, label }: { intent: string; label: string }) {
  return (
    <p className="mb-8">
      <RowButton intent={intent} label={label} />
    </p>
  );
}

/**
 * One repeated row: a fieldset whose legend says which ("Group 2"), its fields, then its buttons.
 * Move buttons only where the order means something (TALENT points).
 */
export function RowFieldset({
  legend,
  list,
  index,
  count,
  movable,
  children,
  notice,
}: {
  legend: string;
  list: string;
  index: number;
  count: number;
  movable?: boolean;
  children: ReactNode;
  /** Shown under the legend, before the fields: a warning about this row. */
  notice?: ReactNode;
}) {
  const t = useT();
  return (
    <fieldset className="mb-6 border-l-4 border-slate-300 pl-4">
      <legend className="mb-2 text-xl font-bold">{legend}</legend>
      {notice}
      {children}
      <div className="flex flex-wrap gap-3">
        {movable && index > 0 && (
          <RowButton intent={`up:${list}:${index}`} label={t("sections.moveUp")} context={legend} />
        )}
        {movable && index < count - 1 && (
          <RowButton intent={`down:${list}:${index}`} label={t("sections.moveDown")} context={legend} />
        )}
        <RowButton intent={`remove:${list}:${index}`} label={t("sections.remove")} context={legend} />
      </div>
    </fieldset>
  );
}

/** GOV.UK warning text: an icon and the word "Warning" for screen readers, then the sentence. */
export function WarningText({ children }: { children: ReactNode }) {
  const t = useT();
  return (
    <div className="mb-4 flex items-start gap-3 font-bold">
      <span
        aria-hidden="true"
        className="flex h-8 w-8 shrink-0 items-center justify-center rounded-full bg-slate-900 text-xl text-white"
      >
        !
      </span>
      <p>
        <span className="sr-only">{t("sections.warning")}: </span>
        {children}
      </p>
    </div>
  );
}

/** Plain text as written: paragraphs at blank lines, single line breaks kept. */
export function Paragraphs({ text }: { text: string }) {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (!paragraphs.length) return null;
  return (
    <>
      {paragraphs.map((p, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: two paragraphs may read the same.
        <p key={i} className="mb-3 max-w-3xl whitespace-pre-line last:mb-0">
          {p}
        </p>
      ))}
    </>
  );
}

type Option = { value: string; label: string };

/**
 * The options of a select with a first "choose" option, plus the current value when it is no longer
 * among them (an item since removed from the library): shown as such, so saving again says so
 * rather than quietly dropping it.
 */
export function optionsWith(options: Option[], current: string, empty: string, missing: string): Option[] {
  const out = [{ value: "", label: empty }, ...options];
  if (current && !options.some((o) => o.value === current)) out.push({ value: current, label: missing });
  return out;
}

/** A table's header cell and body cell, GOV.UK style. */
export const TH = "border-b border-slate-300 px-2 py-2 text-left font-bold align-top";
export const TD = "border-b border-slate-300 px-2 py-2 align-top";

/**
 * A link's address only when it is a web address: stored answers were checked on save, but a view
 * never turns anything else (a `javascript:` address) into a link.
 */
export function safeHref(url: string): string | undefined {
  return /^https?:\/\//i.test(url.trim()) ? url.trim() : undefined;
}
