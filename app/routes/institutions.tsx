import { Link, useLoaderData } from "react-router";
import { listInstitutions } from "../../src/core/institutions/list-institutions.server";
import { PageHeading, Tag } from "../components/ui";
import { t as translate, useT } from "../i18n/i18n";
import { requestContext } from "../lib/context.server";
import { pageError } from "../lib/errors.server";
import { formatDate } from "../lib/format";
import type { RouteAccess } from "../lib/route-access";
import type { Route } from "./+types/institutions";

export const access: RouteAccess = { kind: "page", requests: [{ method: "GET", allow: "everyone" }] };

export const meta = () => [{ title: `${translate("directory.title")} – ${translate("layout.product")}` }];

export async function loader({ request }: Route.LoaderArgs) {
  const { ctx } = await requestContext(request);
  const cursor = new URL(request.url).searchParams.get("cursor") ?? undefined;
  try {
    return await listInstitutions(ctx, { cursor, limit: 50 });
  } catch (error) {
    pageError(error, request);
  }
}

export default function Institutions() {
  const t = useT();
  const { items, nextCursor } = useLoaderData<typeof loader>();
  return (
    <>
      <PageHeading>{t("directory.title")}</PageHeading>
      <p className="mb-6 max-w-2xl">{t("directory.intro")}</p>
      <table className="w-full text-left">
        <caption className="sr-only">{t("directory.title")}</caption>
        <thead>
          <tr className="border-b-2 border-slate-800">
            <th scope="col" className="py-2 pr-4">
              {t("institution.name")}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t("institution.type")}
            </th>
            <th scope="col" className="py-2">
              {t("institution.signingDate")}
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((i) => (
            <tr key={i.id} className="border-b border-slate-300">
              <td className="py-2 pr-4">
                <Link to={`/institutions/${i.slug}`}>{i.name}</Link>
              </td>
              <td className="py-2 pr-4">
                <Tag tone={i.type === "signatory" ? "green" : "grey"}>{t(`institutionTypes.${i.type}`)}</Tag>
              </td>
              <td className="py-2">{formatDate(i.signingDate)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {nextCursor && (
        <p className="mt-4">
          <Link to={`?cursor=${encodeURIComponent(nextCursor)}`}>{t("directory.next")}</Link>
        </p>
      )}
    </>
  );
}
