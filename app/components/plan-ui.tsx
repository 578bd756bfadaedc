import type { ReactNode } from "react";
import { Link } from "react-router";
import type { MarkerStatus, PlanStatus, RagColour } from "../../src/core/plans/plan-types";
import { useT } from "../i18n/i18n";
import { differingFields } from "../lib/stale";
import { Tag } from "./ui";

/*
 * Plan tags say what they mean in words; colour and shape only repeat it (WCAG 1.4.1), so a
 * rating reads the same in greyscale, to a screen reader and to someone who cannot tell red
 * from green. Each RAG colour has its own shape: red a square, amber a triangle, green a circle,
 * not rated an empty circle.
 */

const RAG_STYLE: Record<RagColour | "none", { tag: string; shape: ReactNode }> = {
  red: {
    tag: "border-red-800 bg-red-100 text-red-900",
    shape: <rect x="1" y="1" width="10" height="10" fill="#b91c1c" />,
  },
  amber: {
    tag: "border-amber-700 bg-amber-100 text-amber-950",
    shape: <path d="M6 0.5 L11.5 11 L0.5 11 Z" fill="#b45309" />,
  },
  green: {
    tag: "border-green-800 bg-green-100 text-green-900",
    shape: <circle cx="6" cy="6" r="5.25" fill="#15803d" />,
  },
  none: {
    tag: "border-slate-600 bg-white text-slate-800",
    shape: <circle cx="6" cy="6" r="4.5" fill="none" stroke="#475569" strokeWidth="1.5" />,
  },
};

/** A RAG rating: the level's words, its colour and its shape; `showColour` adds the colour's name. */
export function RagTag({
  colour,
  label,
  showColour = false,
}: {
  colour: RagColour | null;
  label?: string;
  showColour?: boolean;
}) {
  const t = useT();
  const style = RAG_STYLE[colour ?? "none"];
  return (
    <strong
      className={`inline-flex items-center gap-1.5 border px-2 py-0.5 text-sm font-bold ${style.tag}`}
      data-rag={colour ?? "none"}
    >
      <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
        {style.shape}
      </svg>
      <span>
        {label ?? t("rag.notRated")}
        {showColour && colour && <span className="font-normal"> ({t(`rag.colour.${colour}`)})</span>}
      </span>
    </strong>
  );
}

const STATUS_TONE = { draft: "grey", approved: "blue", published: "green" } as const;

export function StatusTag({ status }: { status: PlanStatus }) {
  const t = useT();
  return <Tag tone={STATUS_TONE[status]}>{t(`planStatus.${status}`)}</Tag>;
}

const MARKER_TONE = { met: "green", "on-track": "blue", "not-met": "red", "no-data": "grey" } as const;

export function MarkerStatusTag({ status }: { status: MarkerStatus }) {
  const t = useT();
  return <Tag tone={MARKER_TONE[status]}>{t(`markerStatus.${status}`)}</Tag>;
}

/**
 * Someone else saved first (the institution-settings pattern): the fields that differ, theirs
 * beside the person's own, whose copy stays in the form below for "save anyway". Each page gives
 * its fields as text, how to name a field and, if need be, how to show a value.
 */
export function StaleComparison<F extends string>({
  title,
  intro,
  fields,
  yours,
  theirs,
  label,
  show = (_field, value) => value || "—",
}: {
  title: string;
  intro: string;
  fields: readonly F[];
  yours: Partial<Record<F, string>>;
  theirs: Partial<Record<F, string>>;
  label: (field: F) => string;
  show?: (field: F, value: string | undefined) => ReactNode;
}) {
  const rows = differingFields(fields, yours, theirs).map((f) => ({
    field: f,
    label: label(f),
    yours: show(f, yours[f]),
    theirs: show(f, theirs[f]),
  }));
  const t = useT();
  return (
    <section aria-labelledby="stale-title" className="mb-8 border-4 border-yellow-500 p-4">
      <h2 id="stale-title" className="text-xl font-bold">
        {title}
      </h2>
      <p className="my-2">{intro}</p>
      <table className="w-full text-left">
        <caption className="sr-only">{title}</caption>
        <thead>
          <tr className="border-b-2 border-slate-800">
            <th scope="col" className="py-1 pr-4">
              {t("settings.field")}
            </th>
            <th scope="col" className="py-1 pr-4">
              {t("settings.yours")}
            </th>
            <th scope="col" className="py-1">
              {t("settings.theirs")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.field} className="border-b border-slate-300 align-top">
              <th scope="row" className="py-1 pr-4">
                {r.label}
              </th>
              <td className="whitespace-pre-line py-1 pr-4">{r.yours}</td>
              <td className="whitespace-pre-line py-1">{r.theirs}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** A back link above the heading, as on the other pages. */
export function BackLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <p className="mb-4">
      <Link to={to}>{children}</Link>
    </p>
  );
}

/** A link that starts something ("Start a plan"), drawn like the primary or secondary button. */
export function ButtonLink({
  to,
  children,
  variant = "primary",
}: {
  to: string;
  children: ReactNode;
  variant?: "primary" | "secondary";
}) {
  const colours =
    variant === "primary"
      ? "bg-teal-800 text-white visited:text-white hover:bg-teal-900"
      : "bg-slate-200 text-slate-900 visited:text-slate-900 hover:bg-slate-300";
  return (
    <Link
      to={to}
      className={`inline-block px-4 py-2 font-bold no-underline shadow-[0_2px_0_#0b0c0c] ${colours}`}
    >
      {children}
    </Link>
  );
}
