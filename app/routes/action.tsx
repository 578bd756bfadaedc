import { Link, useLoaderData, useSearchParams } from "react-router";
import { getCharter } from "../../src/core/charters/get-charter.server";
import { formatFigure } from "../../src/core/figures/figure-format";
import { periodLabel } from "../../src/core/figures/periods";
import { type ActionDetail, getAction } from "../../src/core/plans/get-action.server";
import { formatTarget } from "../../src/core/plans/markers";
import { describeTimescale, formatLongDate, timescaleEnd } from "../../src/core/plans/timescale";
import { ActionEvidence } from "../components/action-evidence";
import { ProvisionalTag } from "../components/figure-ui";
import { BackLink, ButtonLink, MarkerStatusTag, RagTag } from "../components/plan-ui";
import { PageHeading, Panel, SummaryList, Tag } from "../components/ui";
import { t as translate, useT } from "../i18n/i18n";
import { actionEvidence } from "../lib/action-evidence.server";
import { requestContext } from "../lib/context.server";
import { pageError } from "../lib/errors.server";
import { formatDate, formatDateTime } from "../lib/format";
import { planOf } from "../lib/plan-fixtures";
import { MEMBERS_OWN, type RouteAccess } from "../lib/route-access";
import type { Route } from "./+types/action";

export const access: RouteAccess = {
  kind: "page",
  requests: [
    // An action is as readable as its plan: by anyone once published, by members before.
    {
      method: "GET",
      params: async (h) => ({ slug: h.slug, actionId: (await planOf(h, "published")).actionId }),
      allow: "everyone",
    },
    {
      method: "GET",
      params: async (h) => ({ slug: h.slug, actionId: (await planOf(h, "draft")).actionId }),
      allow: MEMBERS_OWN,
    },
  ],
};

export const meta = ({ data }: Route.MetaArgs) => [
  {
    title: `${data ? `${data.action.displayNumber}: ${data.action.title}` : translate("action.title")} – ${translate("layout.product")}`,
  },
];

export async function loader({ request, params }: Route.LoaderArgs) {
  const { ctx } = await requestContext(request);
  try {
    const [detail, charter] = await Promise.all([
      getAction(ctx, params.slug, params.actionId),
      getCharter(ctx),
    ]);
    return {
      ...detail,
      pillars: charter.pillars,
      evidence: await actionEvidence(ctx, params.slug, params.actionId),
    };
  } catch (error) {
    pageError(error, request);
  }
}

const DONE = ["created", "updated", "rated", "carried", "retired"] as const;

export default function ActionPage() {
  const t = useT();
  const d = useLoaderData<typeof loader>();
  const { institution: i, plan, action: a, allowed } = d;
  const [search] = useSearchParams();
  const done = DONE.find((x) => x === search.get("done"));
  const base = `/i/${i.slug}`;
  const pillarName = (key: string) => d.pillars.find((p) => p.key === key)?.name ?? key;
  const levelLabel = (level: string) => plan.ragScale.levels.find((l) => l.id === level)?.label ?? level;
  const isRetired = Boolean(a.retiredAt);
  const timescaleEndsOn = timescaleEnd(a.timescale);
  const timeline = [...d.timeline].reverse();
  // Somewhere left to carry it: a later unpublished plan it is not already in.
  const canCarry = d.carryTargets.some((p) => !d.carriedTo.some((c) => c.planId === p.id));
  const list = (items: string[]) =>
    items.length ? (
      <ul className="list-disc space-y-1 pl-5">
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    ) : null;
  const linked = (l: { id: string; title: string; planTitle: string; retired: boolean }) => (
    <>
      <Link to={`${base}/actions/${l.id}`}>{l.title}</Link> ({l.planTitle})
      {l.retired && (
        <span className="ml-2">
          <Tag>{t("action.retired")}</Tag>
        </span>
      )}
    </>
  );
  return (
    <>
      <BackLink to={`${base}/plans/${plan.id}`}>{t("planForm.backToPlan", { title: plan.title })}</BackLink>
      <PageHeading caption={`${a.displayNumber} – ${plan.title}`}>{a.title}</PageHeading>
      <p className="-mt-3 mb-6 flex flex-wrap items-center gap-2">
        <span>{t("action.currentRating")}</span>
        <RagTag colour={a.currentRating?.colour ?? null} label={a.currentRating?.label} showColour />
        {isRetired && <Tag>{t("action.retired")}</Tag>}
      </p>
      {done && (
        <Panel title={t(`action.done.${done}`)}>
          {done === "carried" ? t("action.doneCarriedBody", { title: plan.title }) : null}
        </Panel>
      )}
      {(allowed.rate || allowed.edit) && (
        <div className="mb-8 flex flex-wrap gap-4">
          {allowed.rate && <ButtonLink to={`${base}/actions/${a.id}/rate`}>{t("action.rate")}</ButtonLink>}
          {allowed.edit && (
            <ButtonLink to={`${base}/actions/${a.id}/edit`} variant="secondary">
              {t("action.edit")}
            </ButtonLink>
          )}
          {allowed.edit && !isRetired && canCarry && (
            <ButtonLink to={`${base}/actions/${a.id}/carry-forward`} variant="secondary">
              {t("action.carryForward")}
            </ButtonLink>
          )}
          {allowed.edit && !isRetired && (
            <ButtonLink to={`${base}/actions/${a.id}/retire`} variant="secondary">
              {t("action.retire")}
            </ButtonLink>
          )}
        </div>
      )}
      {isRetired && (
        <div className="mb-8 border-l-8 border-slate-500 bg-slate-100 p-4">
          <h2 className="text-xl font-bold">
            {t("action.retiredOn", { date: formatDate(a.retiredAt as Date | string) })}
          </h2>
          <p className="mt-2">{a.retiredReason}</p>
          {d.supersededBy && (
            <p className="mt-2">
              {t("action.supersededBy")} {linked(d.supersededBy)}
            </p>
          )}
        </div>
      )}

      <h2 className="mb-3 text-2xl font-bold">{t("action.details")}</h2>
      <SummaryList
        rows={[
          { key: t("action.number"), value: a.displayNumber },
          { key: t("actionForm.reference"), value: a.referenceAsPublished },
          {
            key: t("actionForm.pillars"),
            value: a.pillars
              .map((p) =>
                p === a.primaryPillar ? t("action.primary", { pillar: pillarName(p) }) : pillarName(p),
              )
              .join(", "),
          },
          {
            key: t("actionForm.aims"),
            value: a.aims && <span className="whitespace-pre-line">{a.aims}</span>,
          },
          { key: t("actionForm.plannedOutcomes"), value: list(a.plannedOutcomes) },
          { key: t("actionForm.miniGoals"), value: list(a.miniGoals) },
          {
            key: t("actionForm.timescale"),
            value: a.timescaleText && (
              <>
                {a.timescaleText}
                <span className="block text-slate-700">
                  {t("action.timescaleRead", { described: describeTimescale(a.timescale) })}
                </span>
              </>
            ),
          },
          { key: t("actionForm.owner"), value: a.owner },
          { key: t("action.lead"), value: a.leadName },
          {
            key: t("actionForm.notes"),
            value: a.notes && <span className="whitespace-pre-line">{a.notes}</span>,
          },
        ]}
      />

      <h2 className="mb-3 text-2xl font-bold">{t("actionForm.markers")}</h2>
      {d.markers.length === 0 ? (
        <p className="mb-8">{t("action.noMarkers")}</p>
      ) : (
        <ul className="mb-8 max-w-3xl space-y-4">
          {d.markers.map((m) => (
            <li
              key={m.id ?? `${m.text}|${m.target?.byDate ?? ""}|${m.observed?.on ?? ""}`}
              className="border-l-4 border-slate-300 pl-4"
            >
              <p className="font-bold">{m.text}</p>
              <p className="mt-1 flex flex-wrap items-center gap-2">
                <span>{t("action.markerStatus")}</span>
                <MarkerStatusTag status={m.status} />
              </p>
              {m.target && <p className="mt-1">{t("action.target", { target: formatTarget(m.target) })}</p>}
              {m.indicatorId ? (
                <MarkerIndicator marker={m} figuresBase={allowed.figures ? `${base}/figures` : null} />
              ) : (
                m.observed && (
                  <p className="mt-1">
                    {t("action.observed", { value: m.observed.value, date: formatDate(m.observed.on) })}
                  </p>
                )
              )}
              {m.targetAfterTimescale && m.target && (
                <p className="mt-2 border-l-4 border-yellow-500 bg-yellow-50 p-2">
                  <strong>{t("action.warning")}</strong>{" "}
                  {t("action.targetAfterTimescale", {
                    target: formatLongDate(m.target.byDate),
                    timescale: timescaleEndsOn ? formatLongDate(timescaleEndsOn) : "",
                  })}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}

      {(d.carriedFrom || d.carriedTo.length > 0) && (
        <>
          <h2 className="mb-3 text-2xl font-bold">{t("action.otherPlans")}</h2>
          <ul className="mb-8 space-y-2">
            {d.carriedFrom && (
              <li>
                {t("action.carriedFrom")} {linked(d.carriedFrom)}
              </li>
            )}
            {d.carriedTo.map((l) => (
              <li key={l.id}>
                {t("action.carriedTo")} {linked(l)}
              </li>
            ))}
          </ul>
        </>
      )}

      <ActionEvidence evidence={d.evidence} slug={i.slug} actionId={a.id} />

      <h2 className="mb-3 text-2xl font-bold">{t("action.timeline")}</h2>
      {timeline.length === 0 ? (
        <p className="mb-8">{t("action.noRatings")}</p>
      ) : (
        <>
          <p className="mb-4">{t("action.timelineOrder")}</p>
          <ol className="mb-8 max-w-3xl space-y-6">
            {timeline.map((r) => (
              <li key={r.id} className="border-l-4 border-slate-300 pl-4">
                <h3 className="flex flex-wrap items-center gap-2 text-lg font-bold">
                  <time dateTime={r.assessedOn}>{formatDate(r.assessedOn)}</time>
                  <RagTag colour={r.colour} label={levelLabel(r.level)} showColour />
                  {r.id === a.currentRating?.id && <Tag tone="yellow">{t("action.current")}</Tag>}
                  {r.isDemo && <Tag>{t("action.demo")}</Tag>}
                </h3>
                {r.qualifier && <p className="mt-1 italic">{r.qualifier}</p>}
                {r.commentary && <p className="mt-2 whitespace-pre-line">{r.commentary}</p>}
                {r.evidence.length > 0 && (
                  <div className="mt-2">
                    <p className="font-bold">{t("action.evidence")}</p>
                    <ul className="list-disc pl-5">
                      {r.evidence.map((e) => (
                        <li key={e.id}>
                          <a href={e.url ?? `${base}/evidence/${e.id}`}>{e.title}</a>
                        </li>
                      ))}
                    </ul>
                  </div>
                )}
                <p className="mt-2 text-sm text-slate-700">
                  {t("action.recorded", {
                    name: r.recordedByName ?? t("action.someone"),
                    date: formatDateTime(r.recordedAt),
                  })}
                </p>
              </li>
            ))}
          </ol>
        </>
      )}

      {d.versions.length > 0 && (
        <>
          <h2 className="mb-3 text-2xl font-bold">{t("action.versions")}</h2>
          <p className="mb-2">{t("action.versionsIntro")}</p>
          <ul className="mb-8 list-disc space-y-1 pl-5">
            {d.versions.map((v) => (
              <li key={v.actionVersion}>
                {v.savedByName
                  ? t("action.versionBy", {
                      n: v.actionVersion,
                      date: formatDateTime(v.savedAt),
                      name: v.savedByName,
                    })
                  : t("action.version", { n: v.actionVersion, date: formatDateTime(v.savedAt) })}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

/**
 * Where a marker's figure comes from: its indicator (a link for those who may open the figures),
 * and that indicator's latest figure with its period, marked when provisional.
 */
function MarkerIndicator({
  marker: m,
  figuresBase,
}: {
  marker: ActionDetail["markers"][number];
  figuresBase: string | null;
}) {
  const t = useT();
  if (!m.indicator) return <p className="mt-1">{t("action.indicatorRemoved")}</p>;
  return (
    <>
      <p className="mt-1">
        {t("action.indicator")}{" "}
        {figuresBase ? (
          <Link to={`${figuresBase}/${m.indicator.id}`}>{m.indicator.name}</Link>
        ) : (
          m.indicator.name
        )}
      </p>
      {m.observed && m.figure ? (
        <p className="mt-1 flex flex-wrap items-center gap-2">
          <span>
            {t("action.indicatorFigure", {
              value: formatFigure(m.observed.value, m.indicator.unit),
              period: periodLabel(m.figure.period),
            })}
          </span>
          {m.figure.isProvisional && <ProvisionalTag />}
        </p>
      ) : (
        <p className="mt-1">{t("action.indicatorNoFigure")}</p>
      )}
    </>
  );
}
