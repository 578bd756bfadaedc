import { Link, useLoaderData } from "react-router";
import { listRecentChanges } from "../../src/core/history/list-recent-changes.server";
import { institutionFor } from "../../src/core/people/institution-for.server";
import { listMembers } from "../../src/core/people/list-members.server";
import { UNRATED } from "../../src/core/plans/charter-data";
import { getPlan } from "../../src/core/plans/get-plan.server";
import { listPlans } from "../../src/core/plans/list-plans.server";
import { can } from "../../src/core/policy";
import { listSubmissions } from "../../src/core/submissions/list-submissions.server";
import { getDeadline } from "../../src/core/windows/get-deadline.server";
import { DeadlineSummary } from "../components/deadline-ui";
import { RagTag, StatusTag } from "../components/plan-ui";
import { StateTag } from "../components/submission-ui";
import { PageHeading, SummaryList, Tag } from "../components/ui";
import { t as translate, useT } from "../i18n/i18n";
import { requestContext } from "../lib/context.server";
import { pageError } from "../lib/errors.server";
import { formatDate, formatDateTime } from "../lib/format";
import { MEMBERS_OWN, type RouteAccess } from "../lib/route-access";
import type { Route } from "./+types/institution-home";

export const access: RouteAccess = {
  kind: "page",
  requests: [{ method: "GET", params: (h) => ({ slug: h.slug }), allow: MEMBERS_OWN }],
};

export const meta = ({ data }: Route.MetaArgs) => [
  { title: `${data?.institution.name ?? ""} – ${translate("layout.product")}` },
];

export async function loader({ request, params }: Route.LoaderArgs) {
  const { ctx, actor } = await requestContext(request);
  try {
    const institution = await institutionFor(ctx, params.slug, "institution.read-private");
    const [members, changes, plans, deadline, submissions] = await Promise.all([
      listMembers(ctx, params.slug),
      listRecentChanges(ctx, params.slug),
      listPlans(ctx, params.slug),
      getDeadline(ctx, params.slug),
      listSubmissions(ctx, params.slug),
    ]);
    const current = plans.find((p) => p.isCurrent);
    const overview = current ? await getPlan(ctx, params.slug, current.id) : null;
    return {
      planCount: plans.length,
      currentPlan: overview && {
        id: overview.plan.id,
        title: overview.plan.title,
        status: overview.plan.status,
        startsOn: overview.plan.startsOn,
        endsOn: overview.plan.endsOn,
        totals: overview.counts.totals,
        total: overview.counts.total,
      },
      institution,
      deadline,
      // The open submission, as `hub check` finds it: the newest not yet submitted.
      openSubmission: submissions.items.find((x) => x.state !== "submitted") ?? null,
      memberCount: members.length,
      leads: members.filter((m) => m.role === "lead").map((m) => m.name),
      changes,
      canManage: can(actor, "member.manage", institution.id),
      canEdit: can(actor, "institution.update", institution.id),
      canReadFigures: can(actor, "figure.read", institution.id),
      canReadEvidence: can(actor, "evidence.read", institution.id),
    };
  } catch (error) {
    pageError(error, request);
  }
}

export default function InstitutionHome() {
  const t = useT();
  const {
    institution: i,
    memberCount,
    leads,
    changes,
    canManage,
    canEdit,
    canReadFigures,
    canReadEvidence,
    planCount,
    currentPlan,
    deadline,
    openSubmission,
  } = useLoaderData<typeof loader>();
  return (
    <>
      <PageHeading caption={t("home.institutionCaption")}>{i.name}</PageHeading>
      {i.myRole && (
        <p className="mb-6">
          {t("institutionHome.yourRole")} <Tag tone="blue">{t(`roles.${i.myRole}`)}</Tag>
        </p>
      )}
      <nav aria-label={t("institutionHome.sections")} className="mb-8">
        <ul className="flex flex-wrap gap-6">
          <li>
            <Link to={`/i/${i.slug}/plans`}>{t("institutionHome.plans")}</Link>
          </li>
          {canReadFigures && (
            <li>
              <Link to={`/i/${i.slug}/figures`}>{t("institutionHome.figures")}</Link>
            </li>
          )}
          {canReadFigures && (
            <li>
              <Link to={`/i/${i.slug}/workforce`}>{t("institutionHome.workforce")}</Link>
            </li>
          )}
          {canReadEvidence && (
            <li>
              <Link to={`/i/${i.slug}/evidence`}>{t("institutionHome.evidence")}</Link>
            </li>
          )}
          <li>
            <Link to={`/i/${i.slug}/members`}>
              {canManage ? t("institutionHome.manageMembers") : t("institutionHome.members")}
            </Link>
          </li>
          {canEdit && (
            <li>
              <Link to={`/i/${i.slug}/settings`}>{t("institutionHome.editDetails")}</Link>
            </li>
          )}
          <li>
            <Link to={`/institutions/${i.slug}`}>{t("institutionHome.publicPage")}</Link>
          </li>
        </ul>
      </nav>
      <section aria-labelledby="deadline-title" className="mb-8">
        <h2 id="deadline-title" className="mb-3 text-2xl font-bold">
          {t("windows.title")}
        </h2>
        <DeadlineSummary deadline={deadline} />
        {openSubmission && (
          <p className="mb-2 flex flex-wrap items-center gap-2">
            <Link to={`/i/${i.slug}/submissions/${openSubmission.id}`}>
              {t("submission.homeOpen", { window: openSubmission.windowLabel })}
            </Link>
            <StateTag state={openSubmission.state} />
          </p>
        )}
        <p className="mb-2">
          <Link to={`/i/${i.slug}/submissions`}>{t("submission.homeAll")}</Link>
        </p>
        <p>
          <Link to={`/i/${i.slug}/submissions/history`}>{t("windows.historyLink")}</Link>
        </p>
      </section>
      <section aria-labelledby="plans-title" className="mb-8">
        <h2 id="plans-title" className="mb-3 text-2xl font-bold">
          {t("institutionHome.plansTitle")}
        </h2>
        {currentPlan ? (
          <div className="mb-3 max-w-3xl border-l-4 border-teal-800 pl-4">
            <p className="text-slate-700">{t("institutionHome.currentPlan")}</p>
            <p className="text-xl font-bold">
              <Link to={`/i/${i.slug}/plans/${currentPlan.id}`}>{currentPlan.title}</Link>
            </p>
            <p className="mb-2 flex flex-wrap items-center gap-2">
              <StatusTag status={currentPlan.status} />
              <span>
                {t("plans.periodValue", {
                  from: formatDate(currentPlan.startsOn),
                  to: formatDate(currentPlan.endsOn),
                })}
              </span>
            </p>
            <p>{t("institutionHome.actionCount", { count: currentPlan.total })}</p>
            {currentPlan.total > 0 && (
              <ul className="mt-2 flex flex-wrap gap-x-6 gap-y-2" aria-label={t("institutionHome.byRating")}>
                {currentPlan.totals
                  .filter((c) => c.count > 0)
                  .map((c) => (
                    <li key={c.levelId} className="flex items-center gap-2">
                      <RagTag colour={c.colour} label={c.levelId === UNRATED ? undefined : c.label} />
                      <span>{t("institutionHome.levelCount", { count: c.count, percent: c.percent })}</span>
                    </li>
                  ))}
              </ul>
            )}
          </div>
        ) : (
          <p className="mb-3">{t("institutionHome.noCurrentPlan")}</p>
        )}
        <p>
          <Link to={`/i/${i.slug}/plans`}>{t("institutionHome.allPlans", { count: planCount })}</Link>
        </p>
      </section>
      <h2 className="mb-3 text-2xl font-bold">{t("institutionHome.details")}</h2>
      <SummaryList
        rows={[
          { key: t("institution.type"), value: t(`institutionTypes.${i.type}`) },
          { key: t("institution.signingDate"), value: formatDate(i.signingDate) },
          { key: t("institution.leadName"), value: i.leadName },
          {
            key: t("institution.contact"),
            value: [i.contactName, i.contactEmail].filter(Boolean).join(" – "),
          },
          { key: t("institution.publicUrl"), value: i.publicUrl && <a href={i.publicUrl}>{i.publicUrl}</a> },
          {
            key: t("institutionHome.people"),
            value: t("institutionHome.peopleCount", { count: memberCount, leads: leads.join(", ") }),
          },
        ]}
      />
      <h2 className="mb-3 text-2xl font-bold">{t("institutionHome.recentChanges")}</h2>
      {changes.length === 0 ? (
        <p>{t("institutionHome.noChanges")}</p>
      ) : (
        <ul className="space-y-1">
          {changes.map((c) => (
            <li key={c.id}>
              {t(`changes.${c.action}`, { defaultValue: c.action })} – {c.by},{" "}
              <time dateTime={new Date(c.at).toISOString()}>{formatDateTime(c.at)}</time>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
