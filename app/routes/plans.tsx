import { Link, useLoaderData } from "react-router";
import { getInstitution } from "../../src/core/institutions/get-institution.server";
import { listPlans } from "../../src/core/plans/list-plans.server";
import { can } from "../../src/core/policy";
import { BackLink, ButtonLink, StatusTag } from "../components/plan-ui";
import { PageHeading, Tag } from "../components/ui";
import { t as translate, useT } from "../i18n/i18n";
import { requestContext } from "../lib/context.server";
import { pageError } from "../lib/errors.server";
import { formatDate } from "../lib/format";
import type { RouteAccess } from "../lib/route-access";
import type { Route } from "./+types/plans";

export const access: RouteAccess = {
  kind: "page",
  // Everyone may list an institution's plans; the use-case shows drafts to its members only.
  requests: [{ method: "GET", params: (h) => ({ slug: h.slug }), allow: "everyone" }],
};

export const meta = ({ data }: Route.MetaArgs) => [
  {
    title: `${translate("plans.title")}${data ? ` – ${data.institution.name}` : ""} – ${translate("layout.product")}`,
  },
];

export async function loader({ request, params }: Route.LoaderArgs) {
  const { ctx, actor } = await requestContext(request);
  try {
    const [institution, plans] = await Promise.all([
      getInstitution(ctx, params.slug),
      listPlans(ctx, params.slug),
    ]);
    return { institution, plans, canEdit: can(actor, "plan.edit", institution.id) };
  } catch (error) {
    pageError(error, request);
  }
}

export default function Plans() {
  const t = useT();
  const { institution: i, plans, canEdit } = useLoaderData<typeof loader>();
  return (
    <>
      <BackLink to={i.myRole ? `/i/${i.slug}` : `/institutions/${i.slug}`}>
        {t("members.back", { name: i.name })}
      </BackLink>
      <PageHeading caption={i.name}>{t("plans.title")}</PageHeading>
      <p className="mb-6 max-w-3xl">{i.myRole ? t("plans.introMember") : t("plans.introPublic")}</p>
      {canEdit && (
        <p className="mb-8">
          <ButtonLink to={`/i/${i.slug}/plans/new`}>{t("plans.start")}</ButtonLink>
        </p>
      )}
      {plans.length === 0 ? (
        <p>{i.myRole ? t("plans.none") : t("plans.nonePublished")}</p>
      ) : (
        <table className="w-full text-left">
          <caption className="mb-2 text-left text-xl font-bold">
            {t("plans.tableCaption", { count: plans.length })}
          </caption>
          <thead>
            <tr className="border-b-2 border-slate-800">
              <th scope="col" className="py-2 pr-4">
                {t("plans.plan")}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t("plans.period")}
              </th>
              <th scope="col" className="py-2">
                {t("plans.status")}
              </th>
            </tr>
          </thead>
          <tbody>
            {plans.map((p) => (
              <tr key={p.id} className="border-b border-slate-300 align-top">
                <td className="py-2 pr-4">
                  <Link to={`/i/${i.slug}/plans/${p.id}`}>{p.title}</Link>
                </td>
                <td className="py-2 pr-4">
                  {t("plans.periodValue", { from: formatDate(p.startsOn), to: formatDate(p.endsOn) })}
                </td>
                <td className="py-2">
                  <span className="flex flex-wrap gap-2">
                    <StatusTag status={p.status} />
                    {p.isCurrent && <Tag tone="yellow">{t("plans.current")}</Tag>}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
