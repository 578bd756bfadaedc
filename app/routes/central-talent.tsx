import { Link, useLoaderData, useSearchParams } from "react-router";
import { authorize } from "../../src/core/policy";
import { listTalentRecommendations } from "../../src/core/talent/list-talent-recommendations.server";
import { PageHeading, Panel, Tag } from "../components/ui";
import { t as translate, useT } from "../i18n/i18n";
import { requestContext } from "../lib/context.server";
import { pageError } from "../lib/errors.server";
import type { RouteAccess } from "../lib/route-access";
import type { Route } from "./+types/central-talent";

export const access: RouteAccess = { kind: "page", requests: [{ method: "GET", allow: ["central"] }] };

export const meta = () => [{ title: `${translate("talent.title")} – ${translate("layout.product")}` }];

export async function loader({ request }: Route.LoaderArgs) {
  const { ctx, actor } = await requestContext(request);
  try {
    // The list itself is public (API); this page is where the central team edits it.
    authorize(actor, "talent.edit");
    return { items: await listTalentRecommendations(ctx) };
  } catch (error) {
    pageError(error, request);
  }
}

export default function CentralTalent() {
  const t = useT();
  const { items } = useLoaderData<typeof loader>();
  const [search] = useSearchParams();
  const saved = items.find((r) => r.id === search.get("saved"));
  return (
    <>
      <PageHeading caption={t("central.caption")}>{t("talent.title")}</PageHeading>
      {saved && <Panel title={t("talent.saved", { number: saved.number })}>{null}</Panel>}
      <p className="mb-2 max-w-3xl">{t("talent.intro")}</p>
      <p className="mb-6 max-w-3xl text-slate-700">{items[0]?.source}</p>
      <ol className="max-w-4xl divide-y divide-slate-300 border-y border-slate-300">
        {items.map((r) => (
          <li key={r.id} className="py-4">
            <h2 className="flex flex-wrap items-center gap-3 text-xl font-bold">
              {t("talent.number", { number: r.number })}
              <Tag tone={r.verified ? "green" : "yellow"}>
                {r.verified ? t("talent.verified") : t("talent.unverified")}
              </Tag>
            </h2>
            <p className="mt-1">{r.summary}</p>
            {r.addressedTo && (
              <p className="mt-1 text-slate-700">{t("talent.addressedToValue", { who: r.addressedTo })}</p>
            )}
            <p className="mt-2">
              <Link to={`/central/talent/${r.id}`}>
                {t("talent.change")}
                <span className="sr-only"> {t("talent.number", { number: r.number })}</span>
              </Link>
            </p>
          </li>
        ))}
      </ol>
    </>
  );
}
