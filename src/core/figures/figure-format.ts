import { type Change, formatPercent, formatPercentChange, formatPointsChange, formatRatio } from "./derived";

/*
 * Figures and changes as text, for the pages and the CLI alike: the same figure reads the same
 * wherever it is shown.
 */

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

/** A breakdown's key as people read it: "in-permanent-roles" → "In permanent roles". */
export function breakdownLabel(key: string): string {
  const words = key.replace(/-/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}
