import {
  data,
  Form,
  Link,
  redirect,
  type ShouldRevalidateFunctionArgs,
  useActionData,
  useLoaderData,
  useSearchParams,
} from "react-router";
import { getCharter } from "../../src/core/charters/get-charter.server";
import { changePlanStatus } from "../../src/core/plans/change-plan-status.server";
import { getPlan } from "../../src/core/plans/get-plan.server";
import { PILLARS, type Pillar } from "../../src/core/plans/plan-types";
import { describeTimescale } from "../../src/core/plans/timescale";
import { Button, ErrorSummary } from "../components/forms";
import { BackLink, ButtonLink, RagTag, StatusTag } from "../components/plan-ui";
import { RagCountsChart } from "../components/rag-counts";
import { PageHeading, Panel, SummaryList, Tag } from "../components/ui";
import { t as translate, useT } from "../i18n/i18n";
import { requestContext } from "../lib/context.server";
import { type FormFailure, formFailure, pageError } from "../lib/errors.server";
import { formatDate } from "../lib/format";
import { planOf } from "../lib/plan-fixtures";
import { LEAD_OWN, MEMBERS_OWN, type RouteAccess } from "../lib/route-access";
import type { Route } from "./+types/plan";

export const access: RouteAccess = {
  kind: "page",
  requests: [
    // A published plan is public; a draft is for the institution's members only.
    {
      method: "GET",
      params: async (h) => ({ slug: h.slug, planId: (await h.newPlan("published")).planId }),
      allow: "everyone",
    },
    {
      method: "GET",
      params: async (h) => ({ slug: h.slug, planId: (await h.newPlan("draft")).planId }),
      allow: MEMBERS_OWN,
    },
    {
      method: "POST",
      params: async (h) => ({ slug: h.slug, planId: (await planOf(h, "draft")).planId }),
      body: async (h) => ({
        intent: "status",
        to: "approved",
        version: String((await planOf(h, "draft")).planVersion),
      }),
      allow: LEAD_OWN,
    },
  ],
};

export const meta = ({ data }: Route.MetaArgs) => [
  { title: `${data?.plan.title ?? translate("plans.title")} – ${translate("layout.product")}` },
];

export async function loader({ request, params }: Route.LoaderArgs) {
  const { ctx } = await requestContext(request);
  try {
    const [overview, charter] = await Promise.all([
      getPlan(ctx, params.slug, params.planId),
      getCharter(ctx),
    ]);
    return { ...overview, pillars: charter.pillars };
  } catch (error) {
    pageError(error, request);
  }
}

export async function action({ request, params }: Route.ActionArgs) {
  const { ctx } = await requestContext(request);
  const form = await request.formData();
  if (form.get("intent") !== "status")
    return data(
      {
        ok: false,
        formError: translate("errors.unknownAction"),
        fieldErrors: {},
        values: {},
        code: "INVALID",
      } satisfies FormFailure,
      { status: 400 },
    );
  try {
    const changed = await changePlanStatus(ctx, params.slug, params.planId, {
      to: String(form.get("to") ?? ""),
      expectedVersion: String(form.get("version") ?? ""),
    });
    return redirect(`/i/${params.slug}/plans/${changed.id}?changed=${changed.status}`);
  } catch (error) {
    return formFailure(error, form);
  }
}

/**
 * A refused status change (someone else changed or approved the plan first) reloads the plan too,
 * so the page shows its status now and the buttons that fit it.
 */
export function shouldRevalidate({ actionStatus, defaultShouldRevalidate }: ShouldRevalidateFunctionArgs) {
  return actionStatus !== undefined && actionStatus >= 400 ? true : defaultShouldRevalidate;
}

export default function PlanOverview() {
  const t = useT();
  const {
    institution: i,
    plan,
    actions,
    counts,
    isCurrent,
    allowed,
    pillars,
  } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>() as FormFailure | undefined;
  const [search] = useSearchParams();
  const changed = search.get("changed");
  const base = `/i/${i.slug}`;
  const pillarInfo = new Map(pillars.map((p) => [p.key, p]));
  const transitions =
    plan.status === "draft"
      ? (["approved"] as const)
      : plan.status === "approved"
        ? (["published", "draft"] as const)
        : ([] as const);
  return (
    <>
      <BackLink to={`${base}/plans`}>{t("plan.back", { name: i.name })}</BackLink>
      <PageHeading caption={i.name}>{plan.title}</PageHeading>
      <p className="-mt-3 mb-6 flex flex-wrap gap-2">
        <StatusTag status={plan.status} />
        {isCurrent && <Tag tone="yellow">{t("plans.current")}</Tag>}
      </p>
      {changed && ["approved", "published", "draft"].includes(changed) && (
        <Panel title={t(`plan.changed.${changed}`)}>{t(`plan.changedBody.${changed}`)}</Panel>
      )}
      {/* The status buttons have no fields to link to: the message and the fresh page say it all. */}
      {failure && <ErrorSummary formError={`${failure.formError} ${t("plan.staleStatus")}`} />}
      <SummaryList
        rows={[
          {
            key: t("plans.period"),
            value: t("plans.periodValue", { from: formatDate(plan.startsOn), to: formatDate(plan.endsOn) }),
          },
          {
            key: t("plan.scale"),
            value: (
              <span className="flex flex-wrap items-center gap-2">
                <span>{plan.ragScale.name}:</span>
                {plan.ragScale.levels.map((l) => (
                  <RagTag key={l.id} colour={l.colour} label={l.label} />
                ))}
              </span>
            ),
          },
          ...(plan.approvedAt ? [{ key: t("plan.approvedOn"), value: formatDate(plan.approvedAt) }] : []),
          ...(plan.publishedAt ? [{ key: t("plan.publishedOn"), value: formatDate(plan.publishedAt) }] : []),
        ]}
      />
      {(allowed.edit || (allowed.approve && transitions.length > 0)) && (
        <div className="mb-8 flex flex-wrap items-start gap-4">
          {allowed.edit && (
            <ButtonLink to={`${base}/plans/${plan.id}/actions/new`}>{t("plan.addAction")}</ButtonLink>
          )}
          {allowed.edit && (
            <ButtonLink to={`${base}/plans/${plan.id}/edit`} variant="secondary">
              {t("plan.edit")}
            </ButtonLink>
          )}
          {allowed.approve &&
            transitions.map((to) => (
              <Form method="post" key={to}>
                <input type="hidden" name="intent" value="status" />
                <input type="hidden" name="to" value={to} />
                <input type="hidden" name="version" value={plan.version} />
                <Button variant={to === "draft" ? "secondary" : "primary"}>{t(`plan.to.${to}`)}</Button>
              </Form>
            ))}
        </div>
      )}
      {allowed.approve && plan.status === "approved" && (
        <p className="-mt-4 mb-8 max-w-3xl font-bold">{t("plan.publishWarning")}</p>
      )}

      <h2 className="mb-3 text-2xl font-bold">{t("plan.summaryTitle")}</h2>
      {counts.total === 0 ? (
        <p className="mb-8">{t("plan.noActions")}</p>
      ) : (
        <>
          <RagCountsChart
            scale={plan.ragScale}
            counts={counts}
            pillarNames={Object.fromEntries(pillars.map((p) => [p.key, p.name]))}
            idPrefix="plan-counts"
          />
          {actions.some((a) => a.retiredAt) && <p className="-mt-4 mb-8">{t("plan.retiredNotCounted")}</p>}
        </>
      )}

      {PILLARS.map((pillar) => {
        const info = pillarInfo.get(pillar);
        const own = (plan.pillarAims as Record<string, string | undefined>)[pillar];
        const inPillar = actions.filter((a) => a.primaryPillar === pillar);
        return (
          <section key={pillar} aria-labelledby={`pillar-${pillar}`} className="mb-10">
            <h2 id={`pillar-${pillar}`} className="mb-2 text-2xl font-bold">
              {info?.name ?? pillar}
            </h2>
            <dl className="mb-4 max-w-3xl">
              <dt className="font-bold">{t("plan.ourAim")}</dt>
              <dd className="mb-2">{own || <span className="text-slate-600">{t("plan.noAim")}</span>}</dd>
              <dt className="font-bold">{t("plan.officialAim")}</dt>
              <dd className="text-slate-700">{info?.aim}</dd>
            </dl>
            {inPillar.length === 0 ? (
              <p>{t("plan.noActionsInPillar")}</p>
            ) : (
              <table className="w-full text-left">
                <caption className="sr-only">{t("plan.actionsIn", { pillar: info?.name ?? pillar })}</caption>
                <thead>
                  <tr className="border-b-2 border-slate-800">
                    <th scope="col" className="py-2 pr-4">
                      {t("plan.number")}
                    </th>
                    <th scope="col" className="py-2 pr-4">
                      {t("plan.action")}
                    </th>
                    <th scope="col" className="py-2 pr-4">
                      {t("plan.rating")}
                    </th>
                    <th scope="col" className="py-2 pr-4">
                      {t("plan.timescale")}
                    </th>
                    <th scope="col" className="py-2">
                      {t("plan.leadOwner")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {inPillar.map((a) => (
                    <tr key={a.id} className="border-b border-slate-300 align-top">
                      <td className="whitespace-nowrap py-2 pr-4">{a.shortNumber}</td>
                      <td className="py-2 pr-4">
                        <Link to={`${base}/actions/${a.id}`}>{a.title}</Link>
                        {a.retiredAt && (
                          <span className="ml-2">
                            <Tag>{t("action.retired")}</Tag>
                          </span>
                        )}
                        {a.pillars.length > 1 && (
                          <span className="block text-sm text-slate-700">
                            {t("plan.alsoPillars", {
                              pillars: a.pillars
                                .filter((p) => p !== pillar)
                                .map((p) => pillarInfo.get(p as Pillar)?.name ?? p)
                                .join(", "),
                            })}
                          </span>
                        )}
                      </td>
                      <td className="py-2 pr-4">
                        <RagTag colour={a.currentRating?.colour ?? null} label={a.currentRating?.label} />
                        {a.currentRating && (
                          <span className="block text-sm text-slate-700">
                            {formatDate(a.currentRating.assessedOn)}
                          </span>
                        )}
                      </td>
                      <td className="py-2 pr-4">
                        {a.timescaleText || <span className="text-slate-600">—</span>}
                        {a.timescaleText && (
                          <span className="block text-sm text-slate-700">
                            {describeTimescale(a.timescale)}
                          </span>
                        )}
                      </td>
                      <td className="py-2">
                        {a.leadName}
                        {a.owner && <span className="block text-sm text-slate-700">{a.owner}</span>}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        );
      })}
    </>
  );
}
