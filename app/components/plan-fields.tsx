import type { FieldErrors } from "../../src/core/errors";
import type { CharterData } from "../../src/core/plans/charter-data";
import { useT } from "../i18n/i18n";
import { ChoiceField, TextAreaField, TextField } from "./forms";
import { RagTag } from "./plan-ui";

/**
 * A plan's own fields, shared by the new-plan and edit-plan forms: title, period, RAG scale
 * (each scale's levels shown, so the choice is informed) and the institution's aim per pillar,
 * with the Commitment's official aim as the hint.
 */
export function PlanFields({
  values,
  errors,
  pillars,
  scales,
  scaleLocked = false,
}: {
  values: Record<string, string | undefined>;
  errors?: FieldErrors;
  pillars: CharterData["pillars"];
  scales: CharterData["ragScales"];
  /** Once an action is rated the scale cannot change: the radios are shown, disabled, with why. */
  scaleLocked?: boolean;
}) {
  const t = useT();
  return (
    <>
      <TextField
        name="title"
        label={t("planForm.title")}
        hint={t("planForm.titleHint")}
        defaultValue={values.title}
        errors={errors}
      />
      <TextField
        name="startsOn"
        label={t("planForm.startsOn")}
        hint={t("planForm.startsOnHint")}
        type="date"
        width="w-48"
        defaultValue={values.startsOn}
        errors={errors}
      />
      <TextField
        name="endsOn"
        label={t("planForm.endsOn")}
        hint={t("planForm.endsOnHint")}
        type="date"
        width="w-48"
        defaultValue={values.endsOn}
        errors={errors}
      />
      <ChoiceField
        type="radio"
        name="ragScaleId"
        legend={t("planForm.scale")}
        hint={scaleLocked ? t("planForm.scaleLocked") : t("planForm.scaleHint")}
        errors={errors}
        disabled={scaleLocked}
        checked={values.ragScaleId ? [values.ragScaleId] : []}
        options={scales.map((s) => ({
          value: s.id,
          label: s.name,
          hint: (
            <span className="mt-1 flex flex-wrap gap-2">
              {s.levels.map((l) => (
                <RagTag key={l.id} colour={l.colour} label={l.label} showColour />
              ))}
            </span>
          ),
        }))}
      />
      <h2 className="mb-3 mt-8 text-2xl font-bold">{t("planForm.aimsTitle")}</h2>
      <p className="mb-4 max-w-3xl">{t("planForm.aimsIntro")}</p>
      {pillars.map((p) => (
        <TextAreaField
          key={p.key}
          name={`pillarAims.${p.key}`}
          label={t("planForm.aimFor", { pillar: p.name })}
          hint={t("planForm.officialAim", { aim: p.aim })}
          defaultValue={values[`pillarAims.${p.key}`]}
          errors={errors}
          rows={3}
        />
      ))}
    </>
  );
}
