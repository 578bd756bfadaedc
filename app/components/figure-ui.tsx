import type { StackedBarsSeries } from "../../src/charts/stacked-bars";
import type { FieldErrors } from "../../src/core/errors";
import type { ChangeFlag } from "../../src/core/figures/derived";
import { breakdownLabel } from "../../src/core/figures/figure-format";
import { UNITS } from "../../src/core/figures/figure-types";
import { useT } from "../i18n/i18n";
import { ChartWithTable } from "./charts/stacked-bar-chart";
import { ChoiceField, TextAreaField, TextField } from "./forms";
import { Tag } from "./ui";

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

const TOTAL = "total";
const OTHERS = "others";
const COLOURS = ["grey", "green", "amber", "red"] as const;

type ChartFigure = {
  id: string;
  label: string;
  value: number | null;
  observed: { value: number | null };
  breakdown: Record<string, number> | null;
};

/**
 * An indicator's figures as the shared chart, beside its table. With a total, it stacks the
 * parts and the rest ("others"); without one the breakdowns overlap (started, completed…), so
 * the chart shows the figure alone.
 */
export function IndicatorChart({
  name,
  breakdownKeys,
  observations,
  idPrefix,
}: {
  name: string;
  breakdownKeys: readonly string[];
  observations: readonly ChartFigure[];
  idPrefix: string;
}) {
  const t = useT();
  const parts = breakdownKeys.filter((k) => k !== TOTAL);
  const stacked = breakdownKeys.includes(TOTAL) && parts.length > 0;
  const series: StackedBarsSeries[] = stacked
    ? [...parts, OTHERS].map((k, n) => ({
        key: k,
        label: k === OTHERS ? t("figures.others") : breakdownLabel(k),
        colour: COLOURS[n % COLOURS.length]!,
      }))
    : [{ key: "value", label: t("figures.value"), colour: "grey" }];
  const values = Object.fromEntries(
    observations.map((o) => {
      if (!stacked) return [o.id, { value: Math.max(0, o.observed.value ?? 0) }];
      const b = o.breakdown ?? {};
      const counted = parts.reduce((sum, k) => sum + (b[k] ?? 0), 0);
      const rest = Math.max(0, (b[TOTAL] ?? o.value ?? counted) - counted);
      return [o.id, { ...Object.fromEntries(parts.map((k) => [k, b[k] ?? 0])), [OTHERS]: rest }];
    }),
  );
  return (
    <div className="[&>div]:flex-col">
      <ChartWithTable
        title={t("figures.chartTitle", { name })}
        description={
          stacked ? t("figures.chartStacked", { parts: parts.join(", ") }) : t("figures.chartDescription")
        }
        categories={observations.map((o) => ({ key: o.id, label: o.label }))}
        series={series}
        values={values}
        labels={{ category: t("figures.period"), total: t("figures.total") }}
        totals={{ rows: stacked, columns: false }}
        idPrefix={idPrefix}
      />
    </div>
  );
}

/** The fields of an indicator, for adding one and for changing it. */
export function IndicatorFields({
  values,
  errors,
}: {
  values: Record<string, string>;
  errors?: FieldErrors;
}) {
  const t = useT();
  return (
    <>
      <TextField name="name" label={t("figures.name")} defaultValue={values.name} errors={errors} />
      <TextAreaField
        name="definition"
        label={t("figures.definition")}
        hint={t("figures.definitionHint")}
        defaultValue={values.definition}
        errors={errors}
      />
      <ChoiceField
        type="radio"
        name="unit"
        legend={t("figures.unit")}
        errors={errors}
        checked={values.unit ? [values.unit] : []}
        options={UNITS.map((u) => ({ value: u, label: t(`figures.units.${u}`) }))}
      />
      <TextField
        name="category"
        label={t("figures.category")}
        hint={t("figures.categoryHint")}
        defaultValue={values.category}
        errors={errors}
      />
      <TextAreaField
        name="breakdownKeys"
        label={t("figures.breakdownKeys")}
        hint={t("figures.breakdownKeysHint")}
        defaultValue={values.breakdownKeys}
        errors={errors}
      />
    </>
  );
}

/** The form fields an indicator's use-cases read, by name. */
export const INDICATOR_FORM_FIELDS = ["name", "definition", "unit", "category", "breakdownKeys"] as const;
