import { Link, useLoaderData } from "react-router";
import { authorize } from "../../src/core/policy";
import { listTemplates } from "../../src/core/templates/list-templates.server";
import { TemplateStatusTag, VerifiedTag } from "../components/template-view";
import { PageHeading } from "../components/ui";
import { t as translate, useT } from "../i18n/i18n";
import { requestContext } from "../lib/context.server";
import { pageError } from "../lib/errors.server";
import { formatDate } from "../lib/format";
import type { RouteAccess } from "../lib/route-access";
import type { Route } from "./+types/central-templates";

export const access: RouteAccess = { kind: "page", requests: [{ method: "GET", allow: ["central"] }] };

export const meta = () => [{ title: `${translate("templates.title")} – ${translate("layout.product")}` }];

export async function loader({ request }: Route.LoaderArgs) {
  const { ctx, actor } = await requestContext(request);
  try {
    // Everyone signed in reads the templates (/templates/:key); this is where the central team edits them.
    authorize(actor, "template.edit");
    return { items: await listTemplates(ctx) };
  } catch (error) {
    pageError(error, request);
  }
}

export default function CentralTemplates() {
  const t = useT();
  const { items } = useLoaderData<typeof loader>();
  return (
    <>
      <PageHeading caption={t("central.caption")}>{t("templates.title")}</PageHeading>
      <p className="mb-6 max-w-3xl">{t("templates.intro")}</p>
      <table className="w-full max-w-4xl text-left">
        <caption className="sr-only">{t("templates.tableCaption")}</caption>
        <thead>
          <tr className="border-b-2 border-slate-800">
            <th scope="col" className="py-2 pr-4">
              {t("templates.name")}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t("templates.published")}
            </th>
            <th scope="col" className="py-2">
              {t("templates.draft")}
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.key} className="border-b border-slate-300 align-top">
              <th scope="row" className="py-3 pr-4">
                <Link to={`/central/templates/${item.key}`}>{item.name}</Link>
              </th>
              <td className="py-3 pr-4">
                {item.published ? (
                  <span className="flex flex-wrap items-center gap-2">
                    {t("templates.versionNumber", { number: item.published.number })}
                    <VerifiedTag verified={item.published.verified} />
                    <span className="text-slate-700">{formatDate(item.published.publishedAt)}</span>
                  </span>
                ) : (
                  t("templates.none")
                )}
              </td>
              <td className="py-3">
                {item.draft ? (
                  <span className="flex flex-wrap items-center gap-2">
                    <Link to={`/central/templates/${item.key}/versions/${item.draft.number}/edit`}>
                      {t("templates.versionNumber", { number: item.draft.number })}
                    </Link>
                    <TemplateStatusTag status="draft" />
                  </span>
                ) : (
                  t("templates.none")
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
