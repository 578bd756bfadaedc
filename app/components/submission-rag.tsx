import { Form } from "react-router";
import { pillarName } from "../../src/core/plans/charter-data";
import { PILLARS } from "../../src/core/plans/plan-types";
import type { RagAnalysis } from "../../src/core/submissions/get-rag-analysis.server";
import { useT } from "../i18n/i18n";
import type { FormFailure } from "../lib/errors.server";
import { formatDate } from "../lib/format";
import { Button, ChoiceField, TextAreaField, TextField } from "./forms";
import { RagTag } from "./plan-ui";
import { RagCountsChart } from "./rag-counts";

const PILLAR_NAMES = Object.fromEntries(PILLARS.map((p) => [p, pillarName(p)]));

/**
 * The RAG analysis of the previous plan: the counts chart, then every action with its current
 * rating and explanation. Rating here adds a new, dated rating to the plan itself.
 */
export function RagAnalysisSection({
  rag,
  canRate,
  failure,
}: {
  rag: RagAnalysis;
  slug: string;
  canRate: boolean;
  failure?: FormFailure;
}) {
  const t = useT();
  if (!rag.plan || !rag.counts) return <p className="mb-8 max-w-3xl">{t("submission.rag.noPlan")}</p>;
  const failedAction = failure?.values.intent === "rate" ? failure.values.actionId : undefined;
  return (
    <section id="rag-analysis" aria-labelledby="rag-title" className="mb-10">
      <h2 id="rag-title" className="mb-2 text-2xl font-bold">
        {t("submission.rag.title", { plan: rag.plan.title })}
      </h2>
      <p className="mb-4 max-w-3xl">
        {t("submission.rag.intro", { from: formatDate(rag.plan.startsOn), to: formatDate(rag.plan.endsOn) })}
      </p>
      <RagCountsChart
        scale={rag.plan.ragScale}
        counts={rag.counts}
        pillarNames={PILLAR_NAMES}
        idPrefix="rag-analysis"
      />
      <table className="mb-6 w-full text-left">
        <caption className="mb-2 text-left text-lg font-bold">
          {t("submission.rag.tableCaption", { count: rag.actions.length })}
        </caption>
        <thead>
          <tr className="border-b-2 border-slate-800">
            <th scope="col" className="py-2 pr-4">
              {t("submission.rag.action")}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t("submission.rag.rating")}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t("submission.rag.explanation")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rag.actions.map((a) => (
            <tr key={a.id} id={`action-${a.id}`} className="border-b border-slate-300 align-top">
              <th scope="row" className="py-2 pr-4 font-normal">
                <span className="font-bold">{a.displayNumber}</span> {a.title}
              </th>
              <td className="py-2 pr-4">
                <RagTag colour={a.currentRating?.colour ?? null} label={a.currentRating?.label} showColour />
                {a.currentRating && (
                  <span className="block text-sm text-slate-700">
                    {t("submission.rag.assessedOn", { date: formatDate(a.currentRating.assessedOn) })}
                  </span>
                )}
              </td>
              <td className="whitespace-pre-line py-2 pr-4">
                {a.currentRating?.commentary || (
                  <span className="text-slate-700">{t("submission.rag.noExplanation")}</span>
                )}
                {canRate && (
                  <details className="mt-2" open={failedAction === a.id}>
                    <summary className="cursor-pointer text-teal-800 underline">
                      {t("submission.rag.rateAction", { ref: a.displayNumber })}
                    </summary>
                    <Form method="post" noValidate className="mt-2 border-l-4 border-slate-300 pl-4">
                      <input type="hidden" name="intent" value="rate" />
                      <input type="hidden" name="actionId" value={a.id} />
                      <ChoiceField
                        type="radio"
                        name="level"
                        legend={t("submission.rag.levelQuestion", { ref: a.displayNumber })}
                        errors={failedAction === a.id ? failure?.fieldErrors : undefined}
                        checked={[
                          failedAction === a.id
                            ? (failure?.values.level ?? "")
                            : (a.currentRating?.level ?? ""),
                        ]}
                        options={rag.plan!.ragScale.levels.map((l) => ({ value: l.id, label: l.label }))}
                        idPrefix={`rate-${a.id}`}
                      />
                      <TextAreaField
                        name="commentary"
                        label={t("submission.rag.commentary")}
                        hint={t("submission.rag.commentaryHint")}
                        errors={failedAction === a.id ? failure?.fieldErrors : undefined}
                        defaultValue={failedAction === a.id ? failure?.values.commentary : ""}
                        idPrefix={`rate-${a.id}`}
                      />
                      <TextField
                        name="assessedOn"
                        type="date"
                        label={t("submission.rag.assessedOnLabel")}
                        errors={failedAction === a.id ? failure?.fieldErrors : undefined}
                        defaultValue={
                          failedAction === a.id
                            ? failure?.values.assessedOn
                            : new Date().toISOString().slice(0, 10)
                        }
                        idPrefix={`rate-${a.id}`}
                      />
                      <Button variant="secondary">
                        {t("submission.rag.saveRating", { ref: a.displayNumber })}
                      </Button>
                    </Form>
                  </details>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
