import { Link, useLoaderData, useSearchParams } from "react-router";
import type { Deadline } from "../../src/core/windows/deadline-facts.server";
import { listOverdue } from "../../src/core/windows/list-overdue.server";
import { DeadlineRule, DeadlineTag } from "../components/deadline-ui";
import { PageHeading, Panel } from "../components/ui";
import { t as translate, useT } from "../i18n/i18n";
import { requestContext } from "../lib/context.server";
import { pageError } from "../lib/errors.server";
import type { RouteAccess } from "../lib/route-access";
import type { Route } from "./+types/central-deadlines";

export const access: RouteAccess = {
  kind: "page",
  requests: [{ method: "GET", allow: ["central"] }],
};

export const meta = () => [
  { title: `${translate("windows.centralTitle")} – ${translate("layout.product")}` },
];

export async function loader({ request }: Route.LoaderArgs) {
  const { ctx } = await requestContext(request);
  try {
    return await listOverdue(ctx);
  } catch (error) {
    pageError(error, request);
  }
}

function DeadlineTable({ caption, rows }: { caption: string; rows: Deadline[] }) {
  const t = useT();
  return (
    <table className="mb-10 w-full text-left">
      <caption className="mb-2 text-left text-xl font-bold">{caption}</caption>
      <thead>
        <tr className="border-b-2 border-slate-800">
          <th scope="col" className="py-2 pr-4">
            {t("windows.institution")}
          </th>
          <th scope="col" className="py-2 pr-4">
            {t("windows.window")}
          </th>
          <th scope="col" className="py-2 pr-4">
            {t("windows.status")}
          </th>
          <th scope="col" className="py-2">
            {t("windows.rule")}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ institution: i, next }) =>
          next ? (
            <tr key={i.id} className="border-b border-slate-300 align-top">
              <td className="py-2 pr-4">
                <Link to={`/institutions/${i.slug}`}>{i.name}</Link>
              </td>
              <td className="py-2 pr-4">
                <time dateTime={next.closesOn}>{next.label}</time>
              </td>
              <td className="py-2 pr-4">
                <DeadlineTag next={next} />
              </td>
              <td className="py-2">
                <DeadlineRule next={next} />{" "}
                <Link to={`/central/deadlines/${i.slug}`}>
                  {t("windows.changeSchedule")}
                  <span className="sr-only"> {i.name}</span>
                </Link>
              </td>
            </tr>
          ) : null,
        )}
      </tbody>
    </table>
  );
}

export default function CentralDeadlines() {
  const t = useT();
  const { overdue, upcoming, unknown } = useLoaderData<typeof loader>();
  const [search] = useSearchParams();
  const saved = [...overdue, ...upcoming, ...unknown].find((d) => d.institution.slug === search.get("saved"));
  return (
    <>
      <PageHeading caption={t("windows.centralCaption")}>{t("windows.centralTitle")}</PageHeading>
      {saved && <Panel title={t("windows.scheduleSaved", { name: saved.institution.name })}>{null}</Panel>}
      {overdue.length ? (
        <DeadlineTable caption={t("windows.overdueCaption", { count: overdue.length })} rows={overdue} />
      ) : (
        <p className="mb-8">{t("windows.noneOverdue")}</p>
      )}
      <DeadlineTable caption={t("windows.upcomingCaption", { count: upcoming.length })} rows={upcoming} />
      {unknown.length > 0 && (
        <>
          <h2 className="mb-3 text-2xl font-bold">{t("windows.unknownTitle")}</h2>
          <ul className="mb-8 list-disc pl-6">
            {unknown.map((d) => (
              <li key={d.institution.id}>
                <Link to={`/institutions/${d.institution.slug}`}>{d.institution.name}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <Link to="/central/institutions">{t("central.title")}</Link>
      </p>
    </>
  );
}
