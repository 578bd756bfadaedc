import { Link, useLoaderData } from "react-router";
import { getInstitution } from "../../src/core/institutions/get-institution.server";
import { listPlans } from "../../src/core/plans/list-plans.server";
import { PageHeading, SummaryList, Tag } from "../components/ui";
import { t as translate, useT } from "../i18n/i18n";
import { requestContext } from "../lib/context.server";
import { pageError } from "../lib/errors.server";
import { formatDate } from "../lib/format";
import type { RouteAccess } from "../lib/route-access";
import type { Route } from "./+types/institution-public";

export const access: RouteAccess = {
  kind: "page",
  requests: [{ method: "GET", params: (h) => ({ slug: h.slug }), allow: "everyone" }],
};

export const meta = ({ data }: Route.MetaArgs) => [
  { title: `${data?.institution.name ?? translate("directory.title")} – ${translate("layout.product")}` },
];

export async function loader({ request, params }: Route.LoaderArgs) {
  const { ctx } = await requestContext(request);
  try {
    const [institution, plans] = await Promise.all([
      getInstitution(ctx, params.slug),
      listPlans(ctx, params.slug),
    ]);
    // The public page lists only what is public, even for a member who could read the drafts.
    return { institution, plans: plans.filter((p) => p.status === "published") };
  } catch (error) {
    pageError(error, request);
  }
}

/** What anyone may see of a signatory: the Commitment asks for exactly this to be public. */
export default function InstitutionPublic() {
  const t = useT();
  const { institution: i, plans } = useLoaderData<typeof loader>();
  return (
    <>
      <PageHeading caption={t("publicPage.caption")}>{i.name}</PageHeading>
      <p className="mb-6">
        <Tag tone={i.type === "signatory" ? "green" : "grey"}>{t(`institutionTypes.${i.type}`)}</Tag>
      </p>
      <SummaryList
        rows={[
          { key: t("institution.signingDate"), value: formatDate(i.signingDate) },
          { key: t("institution.leadName"), value: i.leadName },
          {
            key: t("institution.contact"),
            value: i.contactName && (
              <>
                {i.contactName}
                {i.contactEmail && (
                  <>
                    {" – "}
                    <a href={`mailto:${i.contactEmail}`}>{i.contactEmail}</a>
                  </>
                )}
              </>
            ),
          },
          { key: t("institution.publicUrl"), value: i.publicUrl && <a href={i.publicUrl}>{i.publicUrl}</a> },
        ]}
      />
      <h2 className="mb-3 text-2xl font-bold">{t("publicPage.plansTitle")}</h2>
      {plans.length === 0 ? (
        <p className="mb-8">{t("publicPage.noPlans")}</p>
      ) : (
        <ul className="mb-8 space-y-2">
          {plans.map((p) => (
            <li key={p.id}>
              <Link to={`/i/${i.slug}/plans/${p.id}`}>{p.title}</Link>{" "}
              <span className="text-slate-700">
                ({t("plans.periodValue", { from: formatDate(p.startsOn), to: formatDate(p.endsOn) })})
              </span>
              {p.isCurrent && (
                <span className="ml-2">
                  <Tag tone="yellow">{t("plans.current")}</Tag>
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {i.myRole && (
        <p>
          <Link to={`/i/${i.slug}`}>{t("publicPage.memberLink")}</Link>
        </p>
      )}
    </>
  );
}
