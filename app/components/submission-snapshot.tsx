import { pillarName } from "../../src/core/plans/charter-data";
import { countsByPillarAndLevel } from "../../src/core/plans/counts";
import { PILLARS, type Pillar } from "../../src/core/plans/plan-types";
import { snapshotContext, snapshotFigures } from "../../src/core/submissions/snapshot-context";
import type { SnapshotPlan, SubmissionSnapshot } from "../../src/core/submissions/snapshot-types";
import { useT } from "../i18n/i18n";
import { formatDate } from "../lib/format";
import { NarrativeView } from "./narrative/narrative-view";
import { RagTag } from "./plan-ui";
import { RagCountsChart } from "./rag-counts";
import { SectionView } from "./sections/index";
import { SummaryList } from "./ui";

const PILLAR_NAMES = Object.fromEntries(PILLARS.map((p) => [p, pillarName(p)]));

/** The previous plan's ratings as frozen: the chart with its table, then every action. */
function SnapshotRag({ plan }: { plan: SnapshotPlan }) {
  const t = useT();
  const actions = plan.actions.filter((a) => !a.retired);
  const counts = countsByPillarAndLevel(
    plan.ragScale,
    actions.map((a) => ({ primaryPillar: a.primaryPillar as Pillar, currentLevel: a.rating?.level ?? null })),
  );
  return (
    <>
      <RagCountsChart
        scale={plan.ragScale}
        counts={counts}
        pillarNames={PILLAR_NAMES}
        idPrefix="version-rag"
      />
      <table className="mb-6 w-full text-left">
        <caption className="mb-2 text-left text-lg font-bold">
          {t("submission.rag.title", { plan: plan.title })}
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
          {actions.map((a) => (
            <tr key={a.id} className="border-b border-slate-300 align-top">
              <th scope="row" className="py-2 pr-4 font-normal">
                <span className="font-bold">{a.ref}</span> {a.title}
              </th>
              <td className="py-2 pr-4">
                <RagTag colour={a.rating?.colour ?? null} label={a.rating?.label} showColour />
              </td>
              <td className="whitespace-pre-line py-2 pr-4">{a.rating?.commentary}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** The new plan as frozen, by pillar: what the signatories signed up to. */
function SnapshotPlanActions({ plan }: { plan: SnapshotPlan }) {
  const t = useT();
  return (
    <>
      {PILLARS.map((p) => {
        const actions = plan.actions.filter((a) => a.primaryPillar === p && !a.retired);
        if (!actions.length) return null;
        return (
          <div key={p} className="mb-6">
            <h4 className="mb-2 text-lg font-bold">{PILLAR_NAMES[p]}</h4>
            <ul className="list-disc pl-6">
              {actions.map((a) => (
                <li key={a.id} className="mb-2">
                  <span className="font-bold">{a.ref}</span> {a.title}
                  <span className="block text-slate-700">
                    {[
                      a.timescaleText && t("submission.version.timescale", { value: a.timescaleText }),
                      a.leadName && t("submission.version.lead", { value: a.leadName }),
                    ]
                      .filter(Boolean)
                      .join(" · ")}
                  </span>
                  {a.markers.length > 0 && (
                    <ul className="list-[circle] pl-6">
                      {a.markers.map((m, i) => (
                        <li key={m.id ?? i}>{m.text}</li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </>
  );
}

/**
 * A frozen version, read-only, from its snapshot alone: the header, every question with its answer
 * and structured part, the RAG analysis and the new plan as they were, and the cross-references.
 */
export function SnapshotView({ snapshot }: { snapshot: SubmissionSnapshot }) {
  const t = useT();
  const context = snapshotContext(snapshot);
  const figures = snapshotFigures(snapshot);
  const answers = new Map(snapshot.answers.map((a) => [a.sectionKey, a]));
  const header = (answers.get("header")?.data ?? {}) as Record<string, string>;
  const imageUrl = (id: string) => `/i/${snapshot.institution.slug}/evidence/${id}/image`;
  const cross = answers.get("cross-references");
  return (
    <>
      <SummaryList
        rows={[
          { key: t("submission.version.organisation"), value: snapshot.institution.name },
          { key: t("submission.header.leadNames"), value: header.leadNames },
          { key: t("submission.header.email"), value: header.email },
          ...(snapshot.template.content.header.includes("contact-number")
            ? [{ key: t("submission.header.contactNumber"), value: header.contactNumber }]
            : []),
          { key: t("submission.window"), value: formatDate(snapshot.submission.windowCloses) },
        ]}
      />
      {snapshot.template.content.questions.map((q) => {
        const a = answers.get(q.id);
        return (
          <section key={q.id} aria-labelledby={`q-${q.id}`} className="mb-10 max-w-4xl">
            <h2 id={`q-${q.id}`} className="mb-3 text-2xl font-bold">
              {t("submission.questionN", { number: q.number, title: q.title })}
            </h2>
            {a?.narrative && <NarrativeView doc={a.narrative} figures={figures} imageUrl={imageUrl} />}
            {q.structured === "rag-analysis" && snapshot.previousPlan && (
              <SnapshotRag plan={snapshot.previousPlan} />
            )}
            {q.structured && q.structured !== "rag-analysis" && a?.data != null && (
              <SectionView kind={q.structured} data={a.data} context={context} />
            )}
            {q.structured === "new-plan" && snapshot.newPlan && (
              <>
                <h3 className="mb-2 text-xl font-bold">{snapshot.newPlan.title}</h3>
                <SnapshotPlanActions plan={snapshot.newPlan} />
              </>
            )}
            {!a && <p className="text-slate-700">{t("submission.version.unanswered")}</p>}
          </section>
        );
      })}
      {cross?.data != null && (
        <section aria-labelledby="q-cross" className="mb-10 max-w-4xl">
          <h2 id="q-cross" className="mb-3 text-2xl font-bold">
            {t("submission.version.crossReferences")}
          </h2>
          <SectionView kind="cross-references" data={cross.data} context={context} />
        </section>
      )}
    </>
  );
}
