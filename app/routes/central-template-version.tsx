import { useLoaderData, useSearchParams } from "react-router";
import { authorize } from "../../src/core/policy";
import { getTemplateVersion } from "../../src/core/templates/get-template-version.server";
import { BackLink, ButtonLink } from "../components/plan-ui";
import { TemplateStatusTag, TemplateVersionBody, VerifiedTag } from "../components/template-view";
import { PageHeading, Panel } from "../components/ui";
import { t as translate, useT } from "../i18n/i18n";
import { requestContext } from "../lib/context.server";
import { pageError } from "../lib/errors.server";
import type { RouteAccess } from "../lib/route-access";
import type { Route } from "./+types/central-template-version";

export const access: RouteAccess = {
  kind: "page",
  requests: [{ method: "GET", params: () => ({ key: "renewal", number: "1" }), allow: ["central"] }],
};

export const meta = ({ data }: Route.MetaArgs) => [
  {
    title: `${data ? translate("templates.versionOf", { number: data.version.number, name: data.version.name }) : translate("templates.title")} – ${translate("layout.product")}`,
  },
];

export async function loader({ request, params }: Route.LoaderArgs) {
  const { ctx, actor } = await requestContext(request);
  try {
    authorize(actor, "template.edit");
    return { version: await getTemplateVersion(ctx, params.key, params.number) };
  } catch (error) {
    pageError(error, request);
  }
}

export default function CentralTemplateVersion() {
  const t = useT();
  const { version: v } = useLoaderData<typeof loader>();
  const [search] = useSearchParams();
  const base = `/central/templates/${v.key}/versions/${v.number}`;
  return (
    <>
      <BackLink to={`/central/templates/${v.key}`}>
        {t("templates.backToTemplate", { name: v.name })}
      </BackLink>
      <PageHeading caption={t("templates.versionOf", { number: v.number, name: v.name })}>
        {v.content.title}
      </PageHeading>
      {search.has("saved") && <Panel title={t("templates.saved")}>{null}</Panel>}
      <p className="mb-6 flex flex-wrap gap-2">
        <TemplateStatusTag status={v.status} />
        <VerifiedTag verified={v.verified} />
      </p>
      {v.status === "draft" && (
        <nav aria-label={t("templates.draftActions")} className="mb-8 flex flex-wrap gap-4">
          <ButtonLink to={`${base}/edit`}>{t("templates.editDraft")}</ButtonLink>
          <ButtonLink to={`${base}/publish`} variant="secondary">
            {t("templates.publish")}
          </ButtonLink>
          <ButtonLink to={`${base}/discard`} variant="secondary">
            {t("templates.discard")}
          </ButtonLink>
        </nav>
      )}
      <TemplateVersionBody content={v.content} verified={v.verified} />
    </>
  );
}
