import { Link, useLoaderData } from "react-router";
import { formatChange, formatFigure } from "../../src/core/figures/figure-format";
import { listIndicators } from "../../src/core/figures/list-indicators.server";
import { getInstitution } from "../../src/core/institutions/get-institution.server";
import { ChangeFlags, ColumnHeads, ProvisionalTag } from "../components/figure-ui";
import { BackLink, ButtonLink } from "../components/plan-ui";
import { PageHeading } from "../components/ui";
import { t as translate, useT } from "../i18n/i18n";
import { requestContext } from "../lib/context.server";
import { pageError } from "../lib/errors.server";
import { MEMBERS_OWN, type RouteAccess } from "../lib/route-access";
import type { Route } from "./+types/figures";

export const access: RouteAccess = {
  kind: "page",
  // Figures are private to the institution's members.
  requests: [{ method: "GET", params: (h) => ({ slug: h.slug }), allow: MEMBERS_OWN }],
};

export const meta = ({ data }: Route.MetaArgs) => [
  {
    title: `${translate("figures.title")}${data ? ` – ${data.institution.name}` : ""} – ${translate("layout.product")}`,
  },
];

export async function loader({ request, params }: Route.LoaderArgs) {
  const { ctx } = await requestContext(request);
  try {
    const indicators = await listIndicators(ctx, params.slug);
    const institution = await getInstitution(ctx, params.slug);
    const canEdit = indicators[0]?.allowed.edit ?? ["lead", "editor"].includes(institution.myRole ?? "");
    const rows = indicators.map(({ indicator: ind, observations, derived }) => {
      const latest = observations.at(-1);
      return {
        id: ind.id,
        name: ind.name,
        unit: ind.unit,
        category: ind.category,
        latest: latest
          ? { label: latest.label, value: latest.observed.value, isProvisional: latest.isProvisional }
          : null,
        change: derived.latestChange,
      };
    });
    const categories = [...new Set(rows.map((r) => r.category))];
    return {
      institution: { name: institution.name, slug: institution.slug },
      groups: categories.map((category) => ({
        category,
        rows: rows.filter((r) => r.category === category),
      })),
      canEdit,
    };
  } catch (error) {
    pageError(error, request);
  }
}

export default function Figures() {
  const t = useT();
  const { institution: i, groups, canEdit } = useLoaderData<typeof loader>();
  return (
    <>
      <BackLink to={`/i/${i.slug}`}>{t("members.back", { name: i.name })}</BackLink>
      <PageHeading caption={i.name}>{t("figures.title")}</PageHeading>
      <p className="mb-6 max-w-3xl">{t("figures.intro")}</p>
      <p className="mb-6">
        <Link to={`/i/${i.slug}/workforce`}>{t("figures.workforceLink")}</Link>
      </p>
      {canEdit && (
        <p className="mb-8">
          <ButtonLink to={`/i/${i.slug}/figures/new`}>{t("figures.add")}</ButtonLink>
        </p>
      )}
      {groups.length === 0 && <p>{t("figures.none")}</p>}
      {groups.map((g) => (
        <section key={g.category} aria-labelledby={`category-${g.category}`} className="mb-10">
          <h2 id={`category-${g.category}`} className="mb-3 text-2xl font-bold capitalize">
            {g.category}
          </h2>
          <div className="overflow-x-auto">
            <table className="w-full text-left">
              <caption className="sr-only">{t("figures.categoryCaption", { category: g.category })}</caption>
              <ColumnHeads
                labels={[
                  t("figures.indicator"),
                  t("figures.latest"),
                  t("figures.period"),
                  t("figures.changeInto"),
                ]}
              />
              <tbody>
                {g.rows.map((r) => (
                  <tr key={r.id} className="border-b border-slate-300 align-top">
                    <td className="py-2 pr-4">
                      <Link to={`/i/${i.slug}/figures/${r.id}`}>{r.name}</Link>
                    </td>
                    <td className="py-2 pr-4 tabular-nums">
                      {r.latest ? formatFigure(r.latest.value, r.unit) : t("figures.noFigures")}
                    </td>
                    <td className="py-2 pr-4">
                      {r.latest && (
                        <span className="flex flex-wrap gap-2">
                          <span>{r.latest.label}</span>
                          {r.latest.isProvisional && <ProvisionalTag />}
                        </span>
                      )}
                    </td>
                    <td className="py-2">
                      {r.change ? (
                        <span className="flex flex-wrap items-center gap-2">
                          <span className="tabular-nums">{formatChange(r.change, r.unit)}</span>
                          <ChangeFlags flags={r.change.flags} />
                        </span>
                      ) : (
                        <span className="text-slate-600">{t("figures.noChange")}</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </>
  );
}
