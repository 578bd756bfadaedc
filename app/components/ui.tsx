import type { ReactNode } from "react";

/** A status tag: the word carries the meaning, colour only repeats it. */
export function Tag({
  children,
  tone = "grey",
}: {
  children: ReactNode;
  tone?: "grey" | "green" | "blue" | "red" | "yellow";
}) {
  const colours = {
    grey: "bg-slate-200 text-slate-900",
    green: "bg-green-100 text-green-900",
    blue: "bg-sky-100 text-sky-900",
    red: "bg-red-100 text-red-900",
    yellow: "bg-yellow-100 text-yellow-900",
  }[tone];
  return (
    <strong className={`inline-block px-2 py-0.5 text-sm font-bold uppercase tracking-wide ${colours}`}>
      {children}
    </strong>
  );
}

/** The GOV.UK summary list: a definition list of a record's fields. */
export function SummaryList({ rows }: { rows: { key: string; value: ReactNode }[] }) {
  return (
    <dl className="mb-8 max-w-3xl divide-y divide-slate-300 border-y border-slate-300">
      {rows.map((row) => (
        <div key={row.key} className="grid gap-1 py-3 sm:grid-cols-3">
          <dt className="font-bold">{row.key}</dt>
          <dd className="sm:col-span-2">{row.value || <span className="text-slate-600">—</span>}</dd>
        </div>
      ))}
    </dl>
  );
}

export function Panel({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="mb-8 border-4 border-teal-800 bg-teal-50 p-4" role="status">
      <h2 className="text-xl font-bold">{title}</h2>
      <div className="mt-2">{children}</div>
    </div>
  );
}

export function PageHeading({ caption, children }: { caption?: string; children: ReactNode }) {
  return (
    <div className="mb-6">
      {caption && <p className="text-lg text-slate-600">{caption}</p>}
      <h1 className="text-3xl font-bold">{children}</h1>
    </div>
  );
}
