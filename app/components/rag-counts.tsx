import { UNRATED } from "../../src/core/plans/charter-data";
import type { RagCounts } from "../../src/core/plans/counts";
import type { RagScale } from "../../src/core/plans/plan-types";
import { PILLARS } from "../../src/core/plans/plan-types";
import { useT } from "../i18n/i18n";
import { ChartWithTable } from "./charts/stacked-bar-chart";

/**
 * Counts of actions by pillar and rating as the shared chart with its table: the plan page, a
 * submission's RAG analysis and its frozen versions all draw the same one.
 */
export function RagCountsChart({
  scale,
  counts,
  pillarNames,
  idPrefix,
}: {
  scale: RagScale;
  counts: RagCounts;
  pillarNames: Record<string, string>;
  idPrefix: string;
}) {
  const t = useT();
  const series = [
    ...scale.levels.map((l) => ({ key: l.id, label: l.label, colour: l.colour })),
    { key: UNRATED, label: t("rag.notRated"), colour: "grey" as const },
  ];
  const breakdown = counts.totals
    .filter((c) => c.count > 0)
    .map((c) =>
      t("plan.chartPart", {
        count: c.count,
        label: c.levelId === UNRATED ? t("rag.notRated") : c.label,
        percent: c.percent,
      }),
    )
    .join(", ");
  return (
    /*
     * Chart above table: side by side, the table of a five-level scale is wider than half
     * the column and would scroll, out of reach of the keyboard.
     */
    <div className="[&>div]:flex-col">
      <ChartWithTable
        title={t("plan.chartTitle")}
        description={t("plan.chartDescription", { count: counts.total, breakdown })}
        categories={PILLARS.map((p) => ({ key: p, label: pillarNames[p] ?? p }))}
        series={series}
        values={Object.fromEntries(counts.rows.map((r) => [r.pillar, r.counts]))}
        labels={{ category: t("plan.pillar"), total: t("plan.total") }}
        idPrefix={idPrefix}
      />
    </div>
  );
}
