import type { FieldErrors } from "../../src/core/errors";
import type { CharterData } from "../../src/core/plans/charter-data";
import { COMPARATORS } from "../../src/core/plans/plan-types";
import { useT } from "../i18n/i18n";
import { formatDate } from "../lib/format";
import {
  ACTION_COMPARED,
  type Describers,
  describeAction,
  type FormState,
  markerRows,
} from "../lib/plan-forms";
import { ChoiceField, SelectField, TextAreaField, TextField } from "./forms";
import { StaleComparison } from "./plan-ui";

export type MemberOption = { id: string; name: string };
/** One of the institution's indicators, which a marker of success may take its latest figure from. */
export type IndicatorOption = { id: string; name: string; unit: string };
/** What the form offers to choose from (app/lib/action-form.server.ts loads it). */
export type ActionChoices = {
  pillars: CharterData["pillars"];
  members: MemberOption[];
  indicators: IndicatorOption[];
};

/**
 * The action's fields, for adding and editing. Markers of success are repeated groups: the saved
 * (or typed) ones, then two blank groups, so a marker can be added without JavaScript; blank
 * groups are dropped when the form is read (app/lib/plan-forms.ts).
 */
export function ActionFields({
  state,
  errors,
  choices: { pillars, members, indicators },
}: {
  state: FormState;
  errors?: FieldErrors;
  choices: ActionChoices;
}) {
  const t = useT();
  const v = (name: string) => state.values[name] ?? "";
  const pillarOptions = pillars.map((p) => ({ value: p.key, label: p.name }));
  return (
    <>
      <TextAreaField
        name="title"
        label={t("actionForm.title")}
        defaultValue={v("title")}
        errors={errors}
        rows={2}
      />
      <ChoiceField
        type="checkbox"
        name="pillars"
        legend={t("actionForm.pillars")}
        hint={t("actionForm.pillarsHint")}
        errors={errors}
        options={pillarOptions}
        checked={state.lists.pillars ?? []}
      />
      <ChoiceField
        type="radio"
        name="primaryPillar"
        legend={t("actionForm.primaryPillar")}
        hint={t("actionForm.primaryPillarHint")}
        errors={errors}
        options={pillarOptions}
        checked={[v("primaryPillar")]}
      />
      <TextAreaField name="aims" label={t("actionForm.aims")} defaultValue={v("aims")} errors={errors} />
      <TextAreaField
        name="plannedOutcomes"
        label={t("actionForm.plannedOutcomes")}
        hint={t("actionForm.onePerLine")}
        defaultValue={v("plannedOutcomes")}
        errors={errors}
      />
      <TextAreaField
        name="miniGoals"
        label={t("actionForm.miniGoals")}
        hint={t("actionForm.onePerLine")}
        defaultValue={v("miniGoals")}
        errors={errors}
      />
      <fieldset id="field-markers" className="mb-6">
        <legend className="mb-1 text-2xl font-bold">{t("actionForm.markers")}</legend>
        <p className="mb-4 max-w-3xl text-slate-600">{t("actionForm.markersHint")}</p>
        {errors?.markers?.[0] && (
          <p className="mb-4 font-bold text-red-700">
            <span className="sr-only">Error: </span>
            {errors.markers[0]}
          </p>
        )}
        {markerRows(state.values).map((i) => (
          <MarkerGroup key={i} index={i} values={state.values} errors={errors} indicators={indicators} />
        ))}
      </fieldset>
      <TextField
        name="timescaleText"
        label={t("actionForm.timescale")}
        hint={t("actionForm.timescaleHint")}
        defaultValue={v("timescaleText")}
        errors={errors}
      />
      <TextField
        name="owner"
        label={t("actionForm.owner")}
        hint={t("actionForm.ownerHint")}
        defaultValue={v("owner")}
        errors={errors}
      />
      <SelectField
        name="leadMemberId"
        label={t("actionForm.leadMember")}
        hint={t("actionForm.leadMemberHint")}
        defaultValue={v("leadMemberId")}
        errors={errors}
        options={[
          { value: "", label: t("actionForm.noMember") },
          ...members.map((m) => ({ value: m.id, label: m.name })),
        ]}
      />
      <TextField
        name="leadName"
        label={t("actionForm.leadName")}
        hint={t("actionForm.leadNameHint")}
        defaultValue={v("leadName")}
        errors={errors}
      />
      <TextAreaField name="notes" label={t("actionForm.notes")} defaultValue={v("notes")} errors={errors} />
      <TextField
        name="referenceAsPublished"
        label={t("actionForm.reference")}
        hint={t("actionForm.referenceHint")}
        defaultValue={v("referenceAsPublished")}
        errors={errors}
        width="w-48"
      />
    </>
  );
}

function MarkerGroup({
  index,
  values,
  errors,
  indicators,
}: {
  index: number;
  values: Record<string, string>;
  errors?: FieldErrors;
  indicators: IndicatorOption[];
}) {
  const t = useT();
  const name = (field: string) => `markers.${index}.${field}`;
  const v = (field: string) => values[name(field)] ?? "";
  return (
    <fieldset className="mb-6 border-l-4 border-slate-300 pl-4">
      <legend className="mb-2 text-xl font-bold">{t("actionForm.marker", { n: index + 1 })}</legend>
      {/* The saved marker's id, so it stays the same marker (with its evidence) through the edit. */}
      {v("id") && <input type="hidden" name={name("id")} value={v("id")} />}
      <TextAreaField
        name={name("text")}
        label={t("actionForm.markerText")}
        defaultValue={v("text")}
        errors={errors}
        rows={2}
      />
      <fieldset className="mb-2">
        <legend className="mb-1 font-bold">{t("actionForm.target")}</legend>
        <p className="mb-2 text-slate-600">{t("actionForm.targetHint")}</p>
        <div className="flex flex-wrap gap-x-6">
          <SelectField
            name={name("target.comparator")}
            label={t("actionForm.comparator")}
            defaultValue={v("target.comparator") || ">="}
            errors={errors}
            options={COMPARATORS.map((c) => ({ value: c, label: t(`comparators.${c}`) }))}
          />
          <TextField
            name={name("target.value")}
            label={t("actionForm.targetValue")}
            defaultValue={v("target.value")}
            errors={errors}
            width="w-32"
          />
          <TextField
            name={name("target.unit")}
            label={t("actionForm.targetUnit")}
            defaultValue={v("target.unit")}
            errors={errors}
            width="w-40"
          />
          <TextField
            name={name("target.byDate")}
            label={t("actionForm.targetBy")}
            type="date"
            defaultValue={v("target.byDate")}
            errors={errors}
            width="w-48"
          />
          <TextField
            name={name("target.baseline")}
            label={t("actionForm.baseline")}
            defaultValue={v("target.baseline")}
            errors={errors}
            width="w-32"
          />
        </div>
      </fieldset>
      <SelectField
        name={name("indicatorId")}
        label={t("actionForm.indicator")}
        hint={t("actionForm.indicatorHint")}
        defaultValue={v("indicatorId")}
        errors={errors}
        options={[
          { value: "", label: t("actionForm.noIndicator") },
          ...indicators.map((i) => ({
            value: i.id,
            label: t("actionForm.indicatorOption", { name: i.name, unit: t(`figures.units.${i.unit}`) }),
          })),
        ]}
      />
      <fieldset>
        <legend className="mb-1 font-bold">{t("actionForm.observed")}</legend>
        <p className="mb-2 text-slate-600">{t("actionForm.observedHint")}</p>
        <div className="flex flex-wrap gap-x-6">
          <TextField
            name={name("observed.value")}
            label={t("actionForm.observedValue")}
            defaultValue={v("observed.value")}
            errors={errors}
            width="w-32"
          />
          <TextField
            name={name("observed.on")}
            label={t("actionForm.observedOn")}
            type="date"
            defaultValue={v("observed.on")}
            errors={errors}
            width="w-48"
          />
        </div>
      </fieldset>
    </fieldset>
  );
}

/** The words the stale comparison uses to show an action's fields, from the catalogue. */
export function useActionDescribers({ pillars, members, indicators }: ActionChoices): Describers {
  const t = useT();
  return {
    pillar: (key) => pillars.find((p) => p.key === key)?.name ?? key,
    member: (id) => members.find((m) => m.id === id)?.name,
    target: (target) =>
      t("actionForm.describeTarget", {
        comparator: target.comparator ? t(`comparators.${target.comparator}`) : "",
        value: `${target.value}${target.unit ? ` ${target.unit}` : ""}`,
        date: target.byDate ? formatDate(target.byDate) : "",
        baseline: target.baseline,
        context: target.baseline ? "baseline" : undefined,
      }),
    observed: (observed) =>
      t("actionForm.describeObserved", {
        value: observed.value,
        date: observed.on ? formatDate(observed.on) : "",
      }),
    indicator: (id) =>
      t("actionForm.describeIndicator", {
        name: indicators.find((i) => i.id === id)?.name ?? t("actionForm.removedIndicator"),
      }),
  };
}

/** The stale save of an action: the changed fields, this person's copy beside the saved one. */
export function ActionStale({
  yours,
  theirs,
  choices,
}: {
  yours: FormState;
  theirs: FormState;
  choices: ActionChoices;
}) {
  const t = useT();
  const describers = useActionDescribers(choices);
  const mine = describeAction(yours, describers);
  const saved = describeAction(theirs, describers);
  return (
    <StaleComparison
      title={t("actionForm.staleTitle")}
      intro={t("actionForm.staleIntro")}
      fields={ACTION_COMPARED}
      yours={mine}
      theirs={saved}
      label={(f) => t(`actionForm.compared.${f}`)}
    />
  );
}
