import type { FieldErrors } from "../../../src/core/errors";
import type { SectionContext } from "../../../src/core/submissions/sections/context";
import {
  type CrossReferencesData,
  OTHER_SCHEME,
} from "../../../src/core/submissions/sections/cross-references";
import { useT } from "../../i18n/i18n";
import { SelectField, TextAreaField, TextField } from "../forms";
import { AddRow, optionsWith, Paragraphs, RowFieldset, safeHref, TD, TH } from "./parts";

/** Cross-references to other charters' submissions and statements, each with a scheme, title, link and note. */
export function CrossReferencesFields({
  data,
  errors,
  context,
}: {
  data: CrossReferencesData;
  errors: FieldErrors;
  context: SectionContext;
}) {
  const t = useT();
  const items = data.items.length ? data.items : [{ scheme: "", title: "", url: "", note: "" }];
  return (
    <>
      <h2 className="mb-2 mt-8 text-2xl font-bold">{t("sections.crossReferences.title")}</h2>
      <p className="mb-4 max-w-3xl text-slate-600">{t("sections.crossReferences.hint")}</p>
      {items.map((item, i) => {
        const legend = item.title.trim()
          ? t("sections.crossReferences.referenceNamed", { n: i + 1, name: item.title })
          : t("sections.crossReferences.reference", { n: i + 1 });
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: references have no id; rows are re-rendered on each post.
          <RowFieldset key={i} legend={legend} list="items" index={i} count={items.length}>
            <SelectField
              name={`items.${i}.scheme`}
              label={t("sections.crossReferences.scheme")}
              defaultValue={item.scheme}
              errors={errors}
              options={optionsWith(
                [
                  ...context.crossReferenceSchemes.map((s) => ({ value: s, label: s })),
                  { value: OTHER_SCHEME, label: t("sections.crossReferences.other") },
                ],
                item.scheme,
                t("sections.choose"),
                item.scheme,
              )}
            />
            <TextField
              name={`items.${i}.title`}
              label={t("sections.crossReferences.referenceTitle")}
              defaultValue={item.title}
              errors={errors}
            />
            <TextField
              name={`items.${i}.url`}
              label={t("sections.crossReferences.url")}
              defaultValue={item.url}
              errors={errors}
            />
            <TextAreaField
              name={`items.${i}.note`}
              label={t("sections.crossReferences.note")}
              defaultValue={item.note}
              errors={errors}
              rows={3}
            />
          </RowFieldset>
        );
      })}
      <AddRow intent="add:items" label={t("sections.crossReferences.addReference")} />
    </>
  );
}

export function CrossReferencesView({ data }: { data: CrossReferencesData; context: SectionContext }) {
  const t = useT();
  if (!data.items.length) return <p className="mb-6 text-slate-600">{t("sections.crossReferences.none")}</p>;
  const schemeLabel = (s: string) => (s === OTHER_SCHEME ? t("sections.crossReferences.other") : s);
  return (
    <div className="mb-8 overflow-x-auto">
      <table className="w-full max-w-4xl border-collapse">
        <caption className="mb-2 text-left text-xl font-bold">
          {t("sections.crossReferences.caption")}
        </caption>
        <thead>
          <tr>
            <th scope="col" className={TH}>
              {t("sections.crossReferences.referenceTitle")}
            </th>
            <th scope="col" className={TH}>
              {t("sections.crossReferences.scheme")}
            </th>
            <th scope="col" className={TH}>
              {t("sections.crossReferences.noteColumn")}
            </th>
          </tr>
        </thead>
        <tbody>
          {data.items.map((item, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: references have no id.
            <tr key={i}>
              <th scope="row" className={TH}>
                {safeHref(item.url) ? (
                  <a href={safeHref(item.url)} rel="noopener noreferrer">
                    {item.title}
                  </a>
                ) : (
                  item.title
                )}
              </th>
              <td className={TD}>{schemeLabel(item.scheme)}</td>
              <td className={TD}>
                <Paragraphs text={item.note} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
