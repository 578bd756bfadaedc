import { Link, useLoaderData } from "react-router";
import { checkSubmissionReadiness } from "../../src/core/submissions/check-readiness.server";
import { findingPath } from "../../src/core/submissions/readiness-href";
import { BackLink } from "../components/plan-ui";
import { PageHeading, Tag } from "../components/ui";
import { t as translate, useT } from "../i18n/i18n";
import { requestContext } from "../lib/context.server";
import { pageError } from "../lib/errors.server";
import { MEMBERS_OWN, type RouteAccess } from "../lib/route-access";
import type { Route } from "./+types/submission-readiness";

export const access: RouteAccess = {
  kind: "page",
  requests: [
    {
      method: "GET",
      params: async (h) => ({ slug: h.slug, submissionId: (await h.newSubmission()).submissionId }),
      allow: MEMBERS_OWN,
    },
  ],
};

export const meta = () => [
  { title: `${translate("submission.readiness.title")} – ${translate("layout.product")}` },
];

export async function loader({ request, params }: Route.LoaderArgs) {
  const { ctx } = await requestContext(request);
  try {
    return await checkSubmissionReadiness(ctx, params.slug, params.submissionId);
  } catch (error) {
    pageError(error, request);
  }
}

export default function SubmissionReadiness() {
  const t = useT();
  const r = useLoaderData<typeof loader>();
  const at = {
    slug: r.submission.slug,
    submission: `/i/${r.submission.slug}/submissions/${r.submission.id}`,
  };
  const groups = [
    { severity: "blocking" as const, items: r.findings.filter((f) => f.severity === "blocking") },
    { severity: "warning" as const, items: r.findings.filter((f) => f.severity === "warning") },
  ];
  return (
    <>
      <BackLink to={at.submission}>{t("submission.backToSubmission")}</BackLink>
      <PageHeading caption={r.submission.institution}>{t("submission.readiness.title")}</PageHeading>
      <p className="mb-6 max-w-3xl" role="status">
        {r.blocked
          ? t("submission.readiness.blocked", { count: r.blocking, warnings: r.warnings })
          : t("submission.readiness.clear", { count: r.warnings })}
      </p>
      {groups.map((g) => (
        <section key={g.severity} aria-labelledby={`findings-${g.severity}`} className="mb-8 max-w-3xl">
          <h2 id={`findings-${g.severity}`} className="mb-3 text-2xl font-bold">
            {t(`submission.readiness.${g.severity}Title`, { count: g.items.length })}
          </h2>
          {g.items.length === 0 ? (
            <p>{t(`submission.readiness.no_${g.severity}`)}</p>
          ) : (
            <ul className="border-t border-slate-300">
              {g.items.map((f) => (
                <li
                  key={`${f.code}:${f.subject ?? ""}:${f.href}:${f.message}`}
                  className="flex flex-wrap items-start gap-3 border-b border-slate-300 py-3"
                >
                  <Tag tone={g.severity === "blocking" ? "red" : "yellow"}>
                    {t(`submission.readiness.${g.severity}`)}
                  </Tag>
                  <span className="flex-1">
                    {f.message}{" "}
                    <Link to={findingPath(f.href, at)}>
                      {t("submission.readiness.fix")}
                      <span className="sr-only">: {f.message}</span>
                    </Link>
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </>
  );
}
