import type { Change, ChangeFlag } from "../../src/core/figures/derived";
import {
  formatPercent,
  formatPercentChange,
  formatPointsChange,
  formatRatio,
} from "../../src/core/figures/derived";
import { useT } from "../i18n/i18n";
import { Tag } from "./ui";

const NUMBER = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 });

/** A figure in its unit: "53", "9.5 %", "£1,200". */
export function formatFigure(value: number | null | undefined, unit: string): string {
  if (value == null) return "—";
  if (unit === "percent") return formatPercent(value);
  if (unit === "currency") return `£${NUMBER.format(value)}`;
  return NUMBER.format(value);
}

/** A change in words and signs: "+26.2 % (×2.81)" for counts, "+3.1 pp" for percentages. */
export function formatChange(c: Change, unit: string): string {
  if (unit === "percent") return c.absolute === null ? "—" : formatPointsChange(c.absolute);
  if (c.percent === null) {
    if (c.absolute === null) return "—";
    return `${c.absolute > 0 ? "+" : c.absolute < 0 ? "\u2212" : ""}${NUMBER.format(Math.abs(c.absolute))}`;
  }
  return c.ratio !== null && c.ratio >= 2
    ? `${formatPercentChange(c.percent)} (${formatRatio(c.ratio)})`
    : formatPercentChange(c.percent);
}

/** Why a change may mislead, in words (colour only repeats them). */
export function ChangeFlags({ flags }: { flags: readonly ChangeFlag[] }) {
  const t = useT();
  if (!flags.length) return null;
  return (
    <span className="inline-flex flex-wrap gap-2">
      {flags.map((f) => (
        <Tag key={f} tone={f === "provisional" ? "yellow" : "grey"}>
          {t(`figures.flags.${f}`)}
        </Tag>
      ))}
    </span>
  );
}

export function ProvisionalTag() {
  const t = useT();
  return <Tag tone="yellow">{t("figures.flags.provisional")}</Tag>;
}

/** A table's column headings, as the figures pages draw them (falsy labels are left out). */
export function ColumnHeads({ labels }: { labels: (string | false)[] }) {
  return (
    <thead>
      <tr>
        {labels.filter(Boolean).map((label) => (
          <th key={label as string} scope="col" className="border-b-2 border-slate-800 py-2 pr-4 text-left">
            {label}
          </th>
        ))}
      </tr>
    </thead>
  );
}
