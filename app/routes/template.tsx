import { useLoaderData } from "react-router";
import { getTemplateVersion } from "../../src/core/templates/get-template-version.server";
import { TemplateVersionBody } from "../components/template-view";
import { PageHeading } from "../components/ui";
import { t as translate, useT } from "../i18n/i18n";
import { requestContext } from "../lib/context.server";
import { pageError } from "../lib/errors.server";
import type { RouteAccess } from "../lib/route-access";
import type { Route } from "./+types/template";

export const access: RouteAccess = {
  kind: "page",
  requests: [{ method: "GET", params: () => ({ key: "renewal" }), allow: "signed-in" }],
};

export const meta = ({ data }: Route.MetaArgs) => [
  {
    title: `${data?.version.content.title ?? translate("templates.title")} – ${translate("layout.product")}`,
  },
];

/** The published version of a template, for anyone signed in: what a new submission will ask. */
export async function loader({ request, params }: Route.LoaderArgs) {
  const { ctx } = await requestContext(request);
  try {
    return { version: await getTemplateVersion(ctx, params.key, "published") };
  } catch (error) {
    pageError(error, request);
  }
}

export default function TemplatePage() {
  const t = useT();
  const { version: v } = useLoaderData<typeof loader>();
  return (
    <>
      <PageHeading caption={t("templates.caption")}>{v.content.title}</PageHeading>
      <p className="mb-6 max-w-3xl">{t("templates.publicIntro", { number: v.number })}</p>
      <TemplateVersionBody content={v.content} verified={v.verified} />
    </>
  );
}
