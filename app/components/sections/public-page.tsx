import type { FieldErrors } from "../../../src/core/errors";
import type { SectionContext } from "../../../src/core/submissions/sections/context";
import type { PublicPageData } from "../../../src/core/submissions/sections/public-page";
import { useT } from "../../i18n/i18n";
import { ChoiceField, TextField } from "../forms";
import { SummaryList } from "../ui";
import { safeHref } from "./parts";

/** The public page: its address, the named contact, and the confirmation the template asks for. */
export function PublicPageFields({
  data,
  errors,
}: {
  data: PublicPageData;
  errors: FieldErrors;
  context: SectionContext;
}) {
  const t = useT();
  return (
    <>
      <TextField
        name="url"
        label={t("sections.publicPage.url")}
        hint={t("sections.publicPage.urlHint")}
        defaultValue={data.url}
        errors={errors}
        autoComplete="url"
      />
      <TextField
        name="contactName"
        label={t("sections.publicPage.contactName")}
        defaultValue={data.contactName}
        errors={errors}
      />
      <TextField
        name="contactEmail"
        label={t("sections.publicPage.contactEmail")}
        type="email"
        defaultValue={data.contactEmail}
        errors={errors}
      />
      <ChoiceField
        type="checkbox"
        name="confirmed"
        legend={t("sections.publicPage.confirmation")}
        errors={errors}
        options={[{ value: "yes", label: t("sections.publicPage.confirmed") }]}
        checked={data.confirmed ? ["yes"] : []}
      />
    </>
  );
}

export function PublicPageView({ data }: { data: PublicPageData; context: SectionContext }) {
  const t = useT();
  return (
    <SummaryList
      rows={[
        {
          key: t("sections.publicPage.url"),
          value: safeHref(data.url) ? (
            <a href={safeHref(data.url)} rel="noopener noreferrer" className="break-all">
              {data.url}
            </a>
          ) : (
            data.url
          ),
        },
        { key: t("sections.publicPage.contactName"), value: data.contactName },
        {
          key: t("sections.publicPage.contactEmail"),
          value: data.contactEmail && <a href={`mailto:${data.contactEmail}`}>{data.contactEmail}</a>,
        },
        {
          key: t("sections.publicPage.confirmedView"),
          value: data.confirmed ? t("sections.yes") : t("sections.no"),
        },
      ]}
    />
  );
}
