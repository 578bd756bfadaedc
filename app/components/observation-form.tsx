import type { FieldErrors } from "../../src/core/errors";
import { breakdownLabel } from "../../src/core/figures/figure-format";
import type { Period } from "../../src/core/figures/figure-types";
import { periodLabel } from "../../src/core/figures/periods";
import { useT } from "../i18n/i18n";
import { ChoiceField, TextField } from "./forms";
import { StaleComparison } from "./plan-ui";

/** Form fields named `breakdown.<key>` carry the breakdown's counts. */
export const BREAKDOWN = "breakdown.";

/** What a saved figure looks like to its form (and what the stale comparison compares). */
type SavedFigure = {
  period: Period;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  breakdown: Record<string, number> | null;
  provisional: boolean;
  asOf: string | null;
  note: string;
};

const text = (n: number | null | undefined) => (n == null ? "" : String(n));

/** A saved figure as the form's text, so changing it starts from what is recorded. */
export function observationFormValues(o: SavedFigure, keys: readonly string[]): Record<string, string> {
  return {
    period: periodLabel(o.period),
    value: text(o.value),
    numerator: text(o.numerator),
    denominator: text(o.denominator),
    ...Object.fromEntries(keys.map((k) => [`${BREAKDOWN}${k}`, text(o.breakdown?.[k])])),
    provisional: o.provisional ? "yes" : "",
    asOf: o.asOf ?? "",
    note: o.note,
  };
}

/** The form's fields as `recordObservation` reads them. */
export function observationInput(form: FormData) {
  const field = (name: string) => String(form.get(name) ?? "");
  const breakdown: Record<string, string> = {};
  form.forEach((v, k) => {
    if (k.startsWith(BREAKDOWN) && typeof v === "string") breakdown[k.slice(BREAKDOWN.length)] = v;
  });
  return {
    period: field("period"),
    value: field("value"),
    numerator: field("numerator"),
    denominator: field("denominator"),
    breakdown,
    provisional: field("provisional"),
    asOf: field("asOf"),
    note: field("note"),
  };
}

/** A figure's fields: period, value (and parts for a percentage), breakdown, status, day counted, note. */
export function ObservationFields({
  unit,
  keys,
  values,
  errors,
}: {
  unit: string;
  keys: readonly string[];
  values: Record<string, string>;
  errors?: FieldErrors;
}) {
  const t = useT();
  return (
    <>
      <TextField
        name="period"
        label={t("figures.period")}
        hint={t("figures.periodHint")}
        defaultValue={values.period}
        errors={errors}
      />
      <TextField
        name="value"
        label={t("figures.value")}
        hint={unit === "percent" ? t("figures.valuePercentHint") : undefined}
        width="w-48"
        defaultValue={values.value}
        errors={errors}
      />
      {unit === "percent" && (
        <div className="grid max-w-xl gap-x-6 sm:grid-cols-2">
          <TextField
            name="numerator"
            label={t("figures.numerator")}
            defaultValue={values.numerator}
            errors={errors}
          />
          <TextField
            name="denominator"
            label={t("figures.denominator")}
            defaultValue={values.denominator}
            errors={errors}
          />
        </div>
      )}
      {keys.map((k) => (
        <TextField
          key={k}
          name={`${BREAKDOWN}${k}`}
          label={t("figures.breakdownField", { key: breakdownLabel(k) })}
          width="w-48"
          defaultValue={values[`${BREAKDOWN}${k}`]}
          errors={errors}
        />
      ))}
      <ChoiceField
        type="checkbox"
        name="provisional"
        legend={t("figures.provisionalLegend")}
        errors={errors}
        checked={values.provisional ? ["yes"] : []}
        options={[{ value: "yes", label: t("figures.provisionalLabel") }]}
      />
      <TextField
        name="asOf"
        label={t("figures.asOf")}
        hint={t("figures.asOfHint")}
        defaultValue={values.asOf}
        errors={errors}
      />
      <TextField name="note" label={t("figures.note")} defaultValue={values.note} errors={errors} />
    </>
  );
}

/** Someone else saved this figure first: the fields that differ, this person's copy beside theirs. */
export function ObservationStale({
  yours,
  theirs,
  keys,
}: {
  yours: Record<string, string>;
  theirs: SavedFigure;
  keys: readonly string[];
}) {
  const t = useT();
  const saved = observationFormValues(theirs, keys);
  const label = (f: string) =>
    f.startsWith(BREAKDOWN)
      ? t("figures.breakdownField", { key: f.slice(BREAKDOWN.length) })
      : t(`figures.${f === "provisional" ? "provisionalLegend" : f}`);
  const shown = (f: string, v: string | undefined) =>
    f === "provisional" ? t(v ? "figures.flags.provisional" : "figures.final") : v || "—";
  return (
    <StaleComparison
      title={t("figures.staleTitle")}
      intro={t("figures.staleIntro")}
      fields={Object.keys(saved)}
      yours={yours}
      theirs={saved}
      label={label}
      show={shown}
    />
  );
}
