import { type MouseEvent, type ReactNode, useEffect, useRef } from "react";
import type { FieldErrors } from "../../src/core/errors";
import { useT } from "../i18n/i18n";

/**
 * GOV.UK Design System patterns: an error summary that takes focus and links to each field,
 * and fields whose error is announced with them (aria-describedby) and shown in words.
 */
export function ErrorSummary({ errors, formError }: { errors?: FieldErrors; formError?: string }) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(errors ?? {}).filter(([, messages]) => messages.length);
  const shown = entries.length > 0 || Boolean(formError);
  // Focus moves here once per failed submit (not on every render) so screen-reader users hear what
  // went wrong without losing their place while they type the fix.
  const signature = JSON.stringify([formError, entries]);
  useEffect(() => {
    if (shown && signature) ref.current?.focus();
  }, [shown, signature]);
  if (!shown) return null;
  return (
    <div
      ref={ref}
      className="mb-6 border-4 border-red-700 p-4"
      role="alert"
      aria-labelledby="error-summary-title"
      tabIndex={-1}
    >
      <h2 id="error-summary-title" className="text-xl font-bold">
        {t("errors.summaryTitle")}
      </h2>
      {formError && <p className="mt-2">{formError}</p>}
      {entries.length > 0 && (
        <ul className="mt-2 list-none">
          {entries.map(([field, messages]) => (
            <li key={field}>
              <a className="font-bold text-red-800 underline" href={`#field-${field}`} onClick={focusField}>
                {messages[0]}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * With JavaScript, a plain "#field" link would become a client-side navigation that drops the
 * action's data (and the summary with it). Focus the field in place instead, as GOV.UK's error
 * summary does; without JavaScript the fragment link works as it is.
 */
function focusField(event: MouseEvent<HTMLAnchorElement>) {
  const id = event.currentTarget.hash.slice(1);
  const target = document.getElementById(id);
  if (!target) return;
  event.preventDefault();
  const focusable = target.matches("input, select, textarea, button")
    ? target
    : target.querySelector<HTMLElement>("input, select, textarea, button");
  (focusable ?? target).focus();
  (focusable ?? target).scrollIntoView({ block: "center" });
}

type FieldProps = {
  name: string;
  label: string;
  hint?: string;
  errors?: FieldErrors;
  /** Where one page repeats a form (one per row), each needs its own ids: "field" by default. */
  idPrefix?: string;
  children: (props: { id: string; "aria-describedby"?: string; "aria-invalid"?: boolean }) => ReactNode;
};

export function Field({ name, label, hint, errors, idPrefix = "field", children }: FieldProps) {
  const id = `${idPrefix}-${name}`;
  const error = errors?.[name]?.[0];
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`mb-5 ${error ? "border-l-4 border-red-700 pl-3" : ""}`}>
      <label htmlFor={id} className="block font-bold">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-slate-600">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="font-bold text-red-700">
          <span className="sr-only">Error: </span>
          {error}
        </p>
      )}
      {children({ id, "aria-describedby": describedBy, "aria-invalid": error ? true : undefined })}
    </div>
  );
}

const INPUT = "mt-1 block w-full max-w-xl border-2 border-slate-800 p-2";

export function TextField(
  props: Omit<FieldProps, "children"> & {
    type?: string;
    defaultValue?: string | null;
    autoComplete?: string;
    required?: boolean;
    width?: string;
  },
) {
  const { type = "text", defaultValue, autoComplete, required, width, ...field } = props;
  return (
    <Field {...field}>
      {(a) => (
        <input
          {...a}
          name={field.name}
          type={type}
          defaultValue={defaultValue ?? ""}
          autoComplete={autoComplete}
          required={required}
          className={`${INPUT} ${width ?? ""}`}
        />
      )}
    </Field>
  );
}

export function SelectField(
  props: Omit<FieldProps, "children"> & {
    options: { value: string; label: string }[];
    defaultValue?: string | null;
  },
) {
  const { options, defaultValue, ...field } = props;
  return (
    <Field {...field}>
      {(a) => (
        <select {...a} name={field.name} defaultValue={defaultValue ?? ""} className={`${INPUT} w-auto`}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function Button({
  children,
  variant = "primary",
  ...rest
}: {
  children: ReactNode;
  variant?: "primary" | "secondary" | "warning";
} & React.ButtonHTMLAttributes<HTMLButtonElement>) {
  const colours = {
    primary: "bg-teal-800 text-white hover:bg-teal-900",
    secondary: "bg-slate-200 text-slate-900 hover:bg-slate-300",
    warning: "bg-red-700 text-white hover:bg-red-800",
  }[variant];
  return (
    <button type="submit" className={`px-4 py-2 font-bold shadow-[0_2px_0_#0b0c0c] ${colours}`} {...rest}>
      {children}
    </button>
  );
}

export function TextAreaField(
  props: Omit<FieldProps, "children"> & { defaultValue?: string | null; rows?: number },
) {
  const { defaultValue, rows = 4, ...field } = props;
  return (
    <Field {...field}>
      {(a) => (
        <textarea {...a} name={field.name} rows={rows} defaultValue={defaultValue ?? ""} className={INPUT} />
      )}
    </Field>
  );
}

export type ChoiceOption = { value: string; label: ReactNode; hint?: ReactNode; disabled?: boolean };

/**
 * GOV.UK radios and checkboxes: a fieldset whose legend is the question, with its hint and error
 * announced with it. The fieldset carries the field's id, so the error summary's link lands on
 * it (and, with JavaScript, focuses its first box).
 */
export function ChoiceField({
  type,
  name,
  legend,
  hint,
  errors,
  options,
  checked,
  disabled,
  idPrefix = "field",
}: {
  type: "radio" | "checkbox";
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  errors?: FieldErrors;
  options: ChoiceOption[];
  checked: readonly string[];
  disabled?: boolean;
  idPrefix?: string;
}) {
  const id = `${idPrefix}-${name}`;
  const error = errors?.[name]?.[0];
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset
      id={id}
      aria-describedby={describedBy}
      className={`mb-5 ${error ? "border-l-4 border-red-700 pl-3" : ""}`}
    >
      <legend className="font-bold">{legend}</legend>
      {hint && (
        <div id={`${id}-hint`} className="text-slate-600">
          {hint}
        </div>
      )}
      {error && (
        <p id={`${id}-error`} className="font-bold text-red-700">
          <span className="sr-only">Error: </span>
          {error}
        </p>
      )}
      <div className="mt-2 space-y-2">
        {options.map((o) => {
          const optionId = `${id}-${o.value}`;
          return (
            <div key={o.value} className="flex items-start gap-3">
              <input
                id={optionId}
                type={type}
                name={name}
                value={o.value}
                defaultChecked={checked.includes(o.value)}
                disabled={disabled || o.disabled}
                aria-describedby={o.hint ? `${optionId}-hint` : undefined}
                className="mt-0.5 h-6 w-6 shrink-0 accent-teal-800"
              />
              <div>
                <label htmlFor={optionId}>{o.label}</label>
                {o.hint && (
                  <div id={`${optionId}-hint`} className="text-slate-600">
                    {o.hint}
                  </div>
                )}
              </div>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

/**
 * Pressing Enter in a field submits with the form's first submit button. Where a secondary button
 * ("Add another session") comes before the main one, this unseen copy of the main one goes first
 * so Enter saves, as people expect. It is out of the tab order and hidden from assistive
 * technology: the visible button is the one to use.
 */
export function DefaultSubmit({ children }: { children: ReactNode }) {
  return (
    <button type="submit" className="sr-only" tabIndex={-1} aria-hidden="true">
      {children}
    </button>
  );
}
