import type { FieldErrors } from "../../../src/core/errors";
import type { SectionContext } from "../../../src/core/submissions/sections/context";
import {
  duplicateRecommendations,
  firstAnswerTo,
  type TalentData,
} from "../../../src/core/submissions/sections/talent";
import { useT } from "../../i18n/i18n";
import { ChoiceField, SelectField, TextAreaField } from "../forms";
import { Tag } from "../ui";
import { AddRow, optionsWith, Paragraphs, RowFieldset, TD, TH, WarningText } from "./parts";

/**
 * TALENT. Per recommendation: numbered points in order, each about one recommendation (or none),
 * with a warning beside a point that answers a recommendation an earlier point already answers —
 * kept, so nothing typed is lost, and blocking in the readiness check. As one narrative: which
 * recommendations the narrative cites.
 */
export function TalentFields({
  data,
  errors,
  context,
}: {
  data: TalentData;
  errors: FieldErrors;
  context: SectionContext;
}) {
  const t = useT();
  if (context.talentMode === "narrative")
    return (
      <ChoiceField
        type="checkbox"
        name="cited"
        legend={t("sections.talent.cited")}
        hint={t("sections.talent.citedHint")}
        errors={errors}
        options={context.recommendations.map((r) => ({
          value: r.id,
          label: t("sections.talent.recommendationOption", { number: r.number, summary: r.summary }),
        }))}
        checked={data.cited}
      />
    );
  const answers = data.answers.length ? data.answers : [{ recommendationId: null, text: "" }];
  const repeated = new Set(duplicateRecommendations(answers));
  const numberOf = (id: string | null) => context.recommendations.find((r) => r.id === id)?.number;
  return (
    <>
      <h2 className="mb-2 mt-8 text-2xl font-bold">{t("sections.talent.answersTitle")}</h2>
      <p className="mb-4 max-w-3xl text-slate-600">{t("sections.talent.answersHint")}</p>
      {answers.map((a, i) => {
        const position = i + 1;
        const legend = t("sections.talent.point", { n: position });
        const notice =
          repeated.has(position) && a.recommendationId ? (
            <WarningText>
              {t("sections.talent.duplicate", {
                n: position,
                number: numberOf(a.recommendationId) ?? "?",
                first: firstAnswerTo(answers, a.recommendationId),
              })}
            </WarningText>
          ) : undefined;
        return (
          <RowFieldset
            // biome-ignore lint/suspicious/noArrayIndexKey: points are positions; they are re-rendered on each post.
            key={i}
            legend={legend}
            list="answers"
            index={i}
            count={answers.length}
            movable
            notice={notice}
          >
            <SelectField
              name={`answers.${i}.recommendationId`}
              label={t("sections.talent.recommendation")}
              defaultValue={a.recommendationId ?? ""}
              errors={errors}
              options={optionsWith(
                context.recommendations.map((r) => ({
                  value: r.id,
                  label: t("sections.talent.recommendationOption", { number: r.number, summary: r.summary }),
                })),
                a.recommendationId ?? "",
                t("sections.talent.noRecommendation"),
                t("sections.notInList"),
              )}
            />
            <TextAreaField
              name={`answers.${i}.text`}
              label={t("sections.talent.answer")}
              hint={t("sections.talent.answerHint")}
              defaultValue={a.text}
              errors={errors}
              rows={8}
            />
          </RowFieldset>
        );
      })}
      <AddRow intent="add:answers" label={t("sections.talent.addAnswer")} />
    </>
  );
}

export function TalentView({ data, context }: { data: TalentData; context: SectionContext }) {
  const t = useT();
  const recommendation = (id: string | null) => {
    if (id === null) return <span className="text-slate-600">{t("sections.talent.notAboutOne")}</span>;
    const r = context.recommendations.find((x) => x.id === id);
    return r
      ? t("sections.talent.recommendationOption", { number: r.number, summary: r.summary })
      : t("sections.notInList");
  };
  if (context.talentMode === "narrative")
    return (
      <>
        <h3 className="mb-2 text-lg font-bold">{t("sections.talent.citedTitle")}</h3>
        {data.cited.length ? (
          <ul className="mb-6 list-disc pl-6">
            {data.cited.map((id) => (
              <li key={id}>{recommendation(id)}</li>
            ))}
          </ul>
        ) : (
          <p className="mb-6 text-slate-600">{t("sections.talent.noneCited")}</p>
        )}
      </>
    );
  if (!data.answers.length) return <p className="mb-6 text-slate-600">{t("sections.talent.none")}</p>;
  const repeated = new Set(duplicateRecommendations(data.answers));
  return (
    <div className="mb-8 overflow-x-auto">
      <table className="w-full border-collapse">
        <caption className="mb-2 text-left text-xl font-bold">{t("sections.talent.caption")}</caption>
        <thead>
          <tr>
            <th scope="col" className={TH}>
              {t("sections.talent.pointColumn")}
            </th>
            <th scope="col" className={`${TH} w-1/4`}>
              {t("sections.talent.recommendationColumn")}
            </th>
            <th scope="col" className={TH}>
              {t("sections.talent.answerColumn")}
            </th>
          </tr>
        </thead>
        <tbody>
          {data.answers.map((a, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: points are positions.
            <tr key={i}>
              <th scope="row" className={TH}>
                {i + 1}
              </th>
              <td className={TD}>
                {recommendation(a.recommendationId)}
                {repeated.has(i + 1) && (
                  <div className="mt-1">
                    <Tag tone="red">{t("sections.talent.duplicateTag")}</Tag>
                  </div>
                )}
              </td>
              <td className={TD}>
                <Paragraphs text={a.text} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
