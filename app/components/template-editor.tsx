import type { FieldErrors } from "../../src/core/errors";
import type { QuestionForm, TemplateForm } from "../../src/core/templates/template-form";
import { HEADER_FIELDS, STRUCTURED_KINDS } from "../../src/core/templates/template-types";
import { useT } from "../i18n/i18n";
import { Button, ChoiceField, DefaultSubmit, SelectField, TextAreaField, TextField } from "./forms";

/**
 * The template editor's fields. Questions are fieldsets named by place ("questions.2.help", as the
 * validation names its errors) and keyed by id, so a moved question keeps what was typed in it.
 * Add, remove and move are submit buttons with an `intent`: they work without JavaScript.
 */
export function TemplateEditorFields({ form, errors }: { form: TemplateForm; errors?: FieldErrors }) {
  const t = useT();
  return (
    <>
      {/* Enter in a field saves, rather than pressing the first question's "Move down". */}
      <DefaultSubmit>{t("templates.save")}</DefaultSubmit>
      <h2 className="mb-4 text-2xl font-bold">{t("templates.formSection")}</h2>
      <TextField name="title" label={t("templates.fields.title")} defaultValue={form.title} errors={errors} />
      <TextAreaField
        name="due"
        label={t("templates.fields.due")}
        defaultValue={form.due}
        rows={2}
        errors={errors}
      />
      <TextAreaField
        name="guidance"
        label={t("templates.fields.guidance")}
        hint={t("templates.hints.guidance")}
        defaultValue={form.guidance}
        rows={12}
        errors={errors}
      />
      <TextField
        name="contactEmail"
        type="email"
        label={t("templates.fields.contactEmail")}
        defaultValue={form.contactEmail}
        errors={errors}
      />
      <ChoiceField
        type="checkbox"
        name="header"
        legend={t("templates.fields.header")}
        hint={t("templates.hints.header")}
        options={HEADER_FIELDS.map((h) => ({ value: h, label: t(`templates.headerFields.${h}`) }))}
        checked={form.header}
        errors={errors}
      />
      <ChoiceField
        type="radio"
        name="talentMode"
        legend={t("templates.fields.talentMode")}
        options={(["per-recommendation", "narrative"] as const).map((m) => ({
          value: m,
          label: t(`templates.talentModes.${m}`),
        }))}
        checked={[form.talentMode]}
        errors={errors}
      />
      <TextAreaField
        name="crossReferenceSchemes"
        label={t("templates.fields.crossReferenceSchemes")}
        hint={t("templates.hints.crossReferenceSchemes")}
        defaultValue={form.crossReferenceSchemes}
        errors={errors}
      />
      <TextAreaField
        name="source"
        label={t("templates.fields.source")}
        hint={t("templates.hints.source")}
        defaultValue={form.source}
        rows={3}
        errors={errors}
      />
      <h2 id="field-questions" tabIndex={-1} className="mt-10 mb-4 text-2xl font-bold">
        {t("templates.questions")}
      </h2>
      {errors?.questions?.[0] && <p className="mb-4 font-bold text-red-700">{errors.questions[0]}</p>}
      <ol>
        {form.questions.map((q, i) => (
          <QuestionFields key={q.id} question={q} index={i} count={form.questions.length} errors={errors} />
        ))}
      </ol>
      <p className="mb-8">
        <Button name="intent" value="add" variant="secondary">
          {t("templates.add")}
        </Button>
      </p>
    </>
  );
}

function QuestionFields({
  question: q,
  index: i,
  count,
  errors,
}: {
  question: QuestionForm;
  index: number;
  count: number;
  errors?: FieldErrors;
}) {
  const t = useT();
  const name = (field: string) => `questions.${i}.${field}`;
  const hidden = (
    <span className="sr-only"> {t("templates.questionHidden", { number: q.number || i + 1 })}</span>
  );
  return (
    <li className="mb-8 border-l-4 border-slate-400 pl-4">
      <fieldset>
        <legend className="mb-3 text-xl font-bold">
          {t("templates.questionLegend", { number: q.number || i + 1 })}
        </legend>
        <input type="hidden" name={name("id")} value={q.id} />
        <TextField
          name={name("number")}
          label={t("templates.questionFields.number")}
          defaultValue={q.number}
          width="max-w-24"
          errors={errors}
        />
        <TextField
          name={name("title")}
          label={t("templates.questionFields.title")}
          defaultValue={q.title}
          errors={errors}
        />
        <TextAreaField
          name={name("help")}
          label={t("templates.questionFields.help")}
          defaultValue={q.help}
          errors={errors}
        />
        <ChoiceField
          type="checkbox"
          name={name("required")}
          legend={t("templates.questionFields.required")}
          options={[{ value: "yes", label: t("templates.requiredLabel") }]}
          checked={q.required ? ["yes"] : []}
          errors={errors}
        />
        <ChoiceField
          type="checkbox"
          name={name("narrative")}
          legend={t("templates.questionFields.narrative")}
          options={[{ value: "yes", label: t("templates.narrativeLabel") }]}
          checked={q.narrative ? ["yes"] : []}
          errors={errors}
        />
        <TextField
          name={name("wordLimit")}
          label={t("templates.questionFields.wordLimit")}
          hint={t("templates.wordLimitHint")}
          defaultValue={q.wordLimit}
          width="max-w-32"
          errors={errors}
        />
        <SelectField
          name={name("structured")}
          label={t("templates.questionFields.structured")}
          options={[
            { value: "", label: t("templates.noStructured") },
            ...STRUCTURED_KINDS.map((k) => ({ value: k, label: t(`templates.structured.${k}`) })),
          ]}
          defaultValue={q.structured}
          errors={errors}
        />
        <ChoiceField
          type="checkbox"
          name={name("additionalParts")}
          legend={t("templates.questionFields.additionalParts")}
          hint={t("templates.additionalPartsHint")}
          options={STRUCTURED_KINDS.map((k) => ({ value: k, label: t(`templates.structured.${k}`) }))}
          checked={q.additionalParts}
          errors={errors}
        />
        <p className="flex flex-wrap gap-3">
          {i > 0 && (
            <Button name="intent" value={`up:${i}`} variant="secondary">
              {t("templates.moveUp")}
              {hidden}
            </Button>
          )}
          {i < count - 1 && (
            <Button name="intent" value={`down:${i}`} variant="secondary">
              {t("templates.moveDown")}
              {hidden}
            </Button>
          )}
          <Button name="intent" value={`remove:${i}`} variant="warning">
            {t("templates.remove")}
            {hidden}
          </Button>
        </p>
      </fieldset>
    </li>
  );
}
