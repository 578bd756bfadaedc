import { useId } from "react";
import {
  formatChartNumber,
  layoutStackedBars,
  type StackedBarsInput,
  type StackedBarsPattern,
} from "../../../src/charts/stacked-bars";

/** React's `useId` ("_r_0_", "«r0»", ":r0:") made safe for `url(#…)` references. */
function idPrefixFrom(reactId: string): string {
  return `chart-${reactId.replace(/[^\w-]/g, "")}`;
}

function Pattern({ pattern: p }: { pattern: StackedBarsPattern }) {
  return (
    <pattern
      id={p.id}
      patternUnits="userSpaceOnUse"
      width={p.size}
      height={p.size}
      patternTransform={p.transform ?? undefined}
    >
      <rect width={p.size} height={p.size} fill={p.background} />
      {p.marks.map((m) =>
        m.type === "line" ? (
          <line
            key={`${m.x1},${m.y1},${m.x2},${m.y2}`}
            x1={m.x1}
            y1={m.y1}
            x2={m.x2}
            y2={m.y2}
            stroke={p.markColour}
            strokeOpacity={p.markOpacity}
            strokeWidth={p.markWidth}
          />
        ) : (
          <circle
            key={`${m.cx},${m.cy}`}
            cx={m.cx}
            cy={m.cy}
            r={m.r}
            fill={p.markColour}
            fillOpacity={p.markOpacity}
          />
        ),
      )}
    </pattern>
  );
}

/**
 * The stacked bar chart as inline SVG, drawn from the same layout as `renderStackedBarsSvg`
 * (the export's string). Without `idPrefix`, ids come from `useId`, so two charts never clash.
 * On its own it is an image with a title and description; pages should prefer `<ChartWithTable>`,
 * whose table gives every figure to people who cannot see the chart.
 */
export function StackedBarChart({ className, ...input }: StackedBarsInput & { className?: string }) {
  const reactId = useId();
  const l = layoutStackedBars({ ...input, idPrefix: input.idPrefix ?? idPrefixFrom(reactId) });
  const plotBottom = l.plot.y + l.plot.height;
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={l.width}
      height={l.height}
      viewBox={`0 0 ${l.width} ${l.height}`}
      role="img"
      aria-labelledby={`${l.ids.title} ${l.ids.desc}`}
      fontFamily={l.fontFamily}
      fontSize={l.fontSize}
      className={className ?? "h-auto max-w-full"}
    >
      <title id={l.ids.title}>{l.title}</title>
      <desc id={l.ids.desc}>{l.description}</desc>
      <defs>
        {l.patterns.map((p) => (
          <Pattern key={p.id} pattern={p} />
        ))}
      </defs>
      <g stroke={l.colours.grid} strokeWidth={1}>
        {l.ticks.map((t) => (
          <line key={t.value} x1={t.x} y1={l.plot.y} x2={t.x} y2={plotBottom} />
        ))}
      </g>
      <g fill={l.colours.mutedText} textAnchor="middle">
        {l.ticks.map((t) => (
          <text key={t.value} x={t.x} y={l.tickLabelY}>
            {t.label}
          </text>
        ))}
      </g>
      <g fill={l.colours.text} textAnchor="end">
        {l.categories.map((c) => (
          <text key={c.key}>
            {c.lines.map((line) => (
              <tspan key={`${line.y}`} x={line.x} y={line.y}>
                {line.text}
              </tspan>
            ))}
          </text>
        ))}
      </g>
      <g stroke={l.colours.separator} strokeWidth={1}>
        {l.segments.map((s) => (
          <rect
            key={`${s.categoryKey}/${s.seriesKey}`}
            x={s.x}
            y={s.y}
            width={s.width}
            height={s.height}
            fill={s.fill}
          >
            <title>{s.label}</title>
          </rect>
        ))}
      </g>
      <g fill={l.colours.valueText} textAnchor="middle" fontWeight="bold">
        {l.segments.map((s) =>
          s.valueLabel ? (
            <text key={`${s.categoryKey}/${s.seriesKey}`} x={s.valueLabel.x} y={s.valueLabel.y}>
              {s.valueLabel.text}
            </text>
          ) : null,
        )}
      </g>
      <g fill={l.colours.text}>
        {l.categories.map((c) => (
          <text key={c.key} x={c.totalLabel.x} y={c.totalLabel.y}>
            {c.totalLabel.text}
          </text>
        ))}
      </g>
      <line
        x1={l.plot.x}
        y1={l.plot.y}
        x2={l.plot.x}
        y2={plotBottom}
        stroke={l.colours.axis}
        strokeWidth={1}
      />
      <g fill={l.colours.text}>
        {l.legend.map((item) => (
          <g key={item.seriesKey}>
            <rect
              x={item.swatch.x}
              y={item.swatch.y}
              width={item.swatch.size}
              height={item.swatch.size}
              fill={item.fill}
              stroke={l.colours.text}
              strokeWidth={1}
            />
            <text x={item.text.x} y={item.text.y}>
              {item.text.text}
            </text>
          </g>
        ))}
      </g>
    </svg>
  );
}

export type ChartWithTableProps = StackedBarsInput & {
  /**
   * Interface text for the table, from the page's `t()` (this component holds no words of its own):
   * the header over the row headers (e.g. "Pillar") and the word for the totals row and column.
   */
  labels: { category: string; total: string };
  /**
   * Which totals the table adds (both by default, as for counts of ratings). Figures over periods
   * leave out the column totals: summing a headcount across years means nothing.
   */
  totals?: { rows: boolean; columns: boolean };
};

/**
 * The chart beside (below, on small screens) a real table of the same figures: the table is the
 * accessible equivalent, with a caption, row and column headers, and totals both ways.
 */
export function ChartWithTable({
  labels,
  totals = { rows: true, columns: true },
  ...input
}: ChartWithTableProps) {
  const value = (category: string, series: string) => input.values[category]?.[series] ?? 0;
  const rowTotal = (category: string) => input.series.reduce((sum, s) => sum + value(category, s.key), 0);
  const columnTotal = (series: string) => input.categories.reduce((sum, c) => sum + value(c.key, series), 0);
  const grandTotal = input.categories.reduce((sum, c) => sum + rowTotal(c.key), 0);
  const format = formatChartNumber;
  const cell = "border-b border-slate-300 px-2 py-2 text-right tabular-nums";
  const header = "border-b border-slate-300 px-2 py-2 text-left font-bold";
  return (
    <div className="mb-8 flex flex-col gap-6 lg:flex-row lg:items-start">
      <div className="min-w-0 lg:flex-1">
        <StackedBarChart {...input} />
      </div>
      <div className="overflow-x-auto lg:flex-1">
        <table className="w-full border-collapse">
          <caption className="mb-2 text-left text-lg font-bold">{input.title}</caption>
          <thead>
            <tr>
              <th scope="col" className={header}>
                {labels.category}
              </th>
              {input.series.map((s) => (
                <th key={s.key} scope="col" className={`${header} text-right`}>
                  {s.label}
                </th>
              ))}
              {totals.rows && (
                <th scope="col" className={`${header} text-right`}>
                  {labels.total}
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {input.categories.map((c) => (
              <tr key={c.key}>
                <th scope="row" className={header}>
                  {c.label}
                </th>
                {input.series.map((s) => (
                  <td key={s.key} className={cell}>
                    {format(value(c.key, s.key))}
                  </td>
                ))}
                {totals.rows && <td className={`${cell} font-bold`}>{format(rowTotal(c.key))}</td>}
              </tr>
            ))}
          </tbody>
          {totals.columns && (
            <tfoot>
              <tr>
                <th scope="row" className={header}>
                  {labels.total}
                </th>
                {input.series.map((s) => (
                  <td key={s.key} className={`${cell} font-bold`}>
                    {format(columnTotal(s.key))}
                  </td>
                ))}
                {totals.rows && <td className={`${cell} font-bold`}>{format(grandTotal)}</td>}
              </tr>
            </tfoot>
          )}
        </table>
      </div>
    </div>
  );
}
