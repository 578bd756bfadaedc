import type { FieldErrors } from "../../../src/core/errors";
import type { SectionContext } from "../../../src/core/submissions/sections/context";
import type { ImpactEvidenceData } from "../../../src/core/submissions/sections/impact-evidence";
import { useT } from "../../i18n/i18n";
import { SelectField, TextAreaField } from "../forms";
import { AddRow, optionsWith, Paragraphs, RowFieldset, TD, TH } from "./parts";

const kindLabel = (t: ReturnType<typeof useT>, kind: string) =>
  t(`evidence.kinds.${kind}`, { defaultValue: kind });

/** Evidence of impact: items from the institution's evidence library, each with a note. */
export function ImpactEvidenceFields({
  data,
  errors,
  context,
}: {
  data: ImpactEvidenceData;
  errors: FieldErrors;
  context: SectionContext;
}) {
  const t = useT();
  const items = data.items.length ? data.items : [{ evidenceId: "", note: "" }];
  const titleOf = (id: string) => context.evidence.find((e) => e.id === id)?.title;
  return (
    <>
      <h2 className="mb-2 mt-8 text-2xl font-bold">{t("sections.impact.title")}</h2>
      <p className="mb-4 max-w-3xl text-slate-600">{t("sections.impact.hint")}</p>
      {context.evidence.length === 0 && (
        <p className="mb-4">
          {t("sections.impact.noEvidence")}{" "}
          <a href={`/i/${context.slug}/evidence/new`}>{t("sections.impact.addEvidence")}</a>
        </p>
      )}
      {items.map((item, i) => {
        const title = titleOf(item.evidenceId);
        const legend = title
          ? t("sections.impact.itemNamed", { n: i + 1, name: title })
          : t("sections.impact.item", { n: i + 1 });
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: an item may be chosen twice while typing.
          <RowFieldset key={i} legend={legend} list="items" index={i} count={items.length}>
            <SelectField
              name={`items.${i}.evidenceId`}
              label={t("sections.impact.evidence")}
              defaultValue={item.evidenceId}
              errors={errors}
              options={optionsWith(
                context.evidence.map((e) => ({ value: e.id, label: `${e.title} (${kindLabel(t, e.kind)})` })),
                item.evidenceId,
                t("sections.choose"),
                t("sections.notInList"),
              )}
            />
            <TextAreaField
              name={`items.${i}.note`}
              label={t("sections.impact.note")}
              defaultValue={item.note}
              errors={errors}
              rows={3}
            />
          </RowFieldset>
        );
      })}
      <AddRow intent="add:items" label={t("sections.impact.addItem")} />
    </>
  );
}

export function ImpactEvidenceView({ data, context }: { data: ImpactEvidenceData; context: SectionContext }) {
  const t = useT();
  if (!data.items.length) return <p className="mb-6 text-slate-600">{t("sections.impact.none")}</p>;
  return (
    <div className="mb-8 overflow-x-auto">
      <table className="w-full max-w-4xl border-collapse">
        <caption className="mb-2 text-left text-xl font-bold">{t("sections.impact.caption")}</caption>
        <thead>
          <tr>
            <th scope="col" className={TH}>
              {t("sections.impact.evidence")}
            </th>
            <th scope="col" className={TH}>
              {t("sections.impact.kind")}
            </th>
            <th scope="col" className={TH}>
              {t("sections.impact.noteColumn")}
            </th>
          </tr>
        </thead>
        <tbody>
          {data.items.map((item, i) => {
            const e = context.evidence.find((x) => x.id === item.evidenceId);
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: stored answers hold each item once; the index only guards a bad row.
              <tr key={`${i}-${item.evidenceId}`}>
                <th scope="row" className={TH}>
                  {e ? (
                    <a href={`/i/${context.slug}/evidence/${e.id}`}>{e.title}</a>
                  ) : (
                    <span className="font-normal text-slate-600">{t("sections.notInList")}</span>
                  )}
                </th>
                <td className={TD}>{e ? kindLabel(t, e.kind) : ""}</td>
                <td className={TD}>
                  <Paragraphs text={item.note} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
