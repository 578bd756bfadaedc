import type { FieldErrors } from "../../src/core/errors";
import type { InstitutionView } from "../../src/core/institutions/institution-view.server";
import { useT } from "../i18n/i18n";
import { SelectField, TextField } from "./forms";

type Values = Partial<Record<keyof InstitutionView, string | null>>;

/** The institution's fields, shared by the central team's create form and the lead's edit form. */
export function InstitutionFields({ values, errors }: { values: Values; errors?: FieldErrors }) {
  const t = useT();
  return (
    <>
      <TextField
        name="name"
        label={t("institution.name")}
        defaultValue={values.name}
        errors={errors}
        autoComplete="organization"
      />
      <TextField
        name="slug"
        label={t("institution.slug")}
        hint={t("institution.slugHint")}
        defaultValue={values.slug}
        errors={errors}
      />
      <SelectField
        name="type"
        label={t("institution.type")}
        hint={t("institution.typeHint")}
        defaultValue={values.type ?? "signatory"}
        errors={errors}
        options={[
          { value: "signatory", label: t("institutionTypes.signatory") },
          { value: "supporter", label: t("institutionTypes.supporter") },
        ]}
      />
      <TextField
        name="signingDate"
        label={t("institution.signingDate")}
        hint={t("institution.signingDateHint")}
        type="date"
        width="w-48"
        defaultValue={values.signingDate}
        errors={errors}
      />
      <TextField
        name="leadName"
        label={t("institution.leadName")}
        hint={t("institution.leadNameHint")}
        defaultValue={values.leadName}
        errors={errors}
      />
      <TextField
        name="contactName"
        label={t("institution.contactName")}
        defaultValue={values.contactName}
        errors={errors}
      />
      <TextField
        name="contactEmail"
        label={t("institution.contactEmail")}
        type="email"
        defaultValue={values.contactEmail}
        errors={errors}
      />
      <TextField
        name="publicUrl"
        label={t("institution.publicUrl")}
        hint={t("institution.publicUrlHint")}
        type="url"
        defaultValue={values.publicUrl}
        errors={errors}
      />
    </>
  );
}

export const INSTITUTION_FORM_FIELDS = [
  "name",
  "slug",
  "type",
  "signingDate",
  "leadName",
  "contactName",
  "contactEmail",
  "publicUrl",
] as const;

export function institutionInput(form: FormData): Record<string, string> {
  return Object.fromEntries(INSTITUTION_FORM_FIELDS.map((f) => [f, String(form.get(f) ?? "")]));
}
