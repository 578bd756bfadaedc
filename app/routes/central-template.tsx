import { Form, Link, redirect, useActionData, useLoaderData, useSearchParams } from "react-router";
import { authorize } from "../../src/core/policy";
import { createDraftVersion } from "../../src/core/templates/create-draft-version.server";
import { getTemplate } from "../../src/core/templates/get-template.server";
import { Button, ErrorSummary } from "../components/forms";
import { BackLink } from "../components/plan-ui";
import { TemplateStatusTag, VerifiedTag } from "../components/template-view";
import { PageHeading, Panel } from "../components/ui";
import { t as translate, useT } from "../i18n/i18n";
import { requestContext } from "../lib/context.server";
import { type FormFailure, formFailure, pageError } from "../lib/errors.server";
import { formatDate } from "../lib/format";
import type { RouteAccess } from "../lib/route-access";
import type { Route } from "./+types/central-template";

export const access: RouteAccess = {
  kind: "page",
  requests: [
    { method: "GET", params: () => ({ key: "renewal" }), allow: ["central"] },
    {
      method: "POST",
      params: async (h) => {
        await h.noTemplateDraft("initial");
        return { key: "initial" };
      },
      body: () => ({ intent: "create-draft" }),
      allow: ["central"],
    },
  ],
};

export const meta = () => [{ title: `${translate("templates.title")} – ${translate("layout.product")}` }];

export async function loader({ request, params }: Route.LoaderArgs) {
  const { ctx, actor } = await requestContext(request);
  try {
    authorize(actor, "template.edit");
    return { template: await getTemplate(ctx, params.key) };
  } catch (error) {
    pageError(error, request);
  }
}

/** "Make a new draft": a copy of the newest version, then straight to its editor. */
export async function action({ request, params }: Route.ActionArgs) {
  const { ctx } = await requestContext(request);
  const form = await request.formData();
  try {
    const draft = await createDraftVersion(ctx, params.key);
    return redirect(`/central/templates/${params.key}/versions/${draft.number}/edit`);
  } catch (error) {
    return formFailure(error, form);
  }
}

export default function CentralTemplate() {
  const t = useT();
  const { template } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>() as FormFailure | undefined;
  const [search] = useSearchParams();
  const published = search.get("published");
  return (
    <>
      <BackLink to="/central/templates">{t("templates.back")}</BackLink>
      <PageHeading caption={t("templates.caption")}>{template.name}</PageHeading>
      <ErrorSummary formError={failure?.formError} />
      {published && (
        <Panel title={t("templates.publishedPanel", { number: published })}>
          {t("templates.publishedPanelBody")}
        </Panel>
      )}
      {search.has("discarded") && <Panel title={t("templates.discarded")}>{null}</Panel>}
      <table className="mb-8 w-full max-w-4xl text-left">
        <caption className="mb-2 text-left text-xl font-bold">{t("templates.versionsCaption")}</caption>
        <thead>
          <tr className="border-b-2 border-slate-800">
            <th scope="col" className="py-2 pr-4">
              {t("templates.version")}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t("templates.state")}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t("templates.checked")}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t("templates.publishedOn")}
            </th>
            <th scope="col" className="py-2">
              <span className="sr-only">{t("templates.read")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {template.versions.map((v) => (
            <tr key={v.number} className="border-b border-slate-300 align-top">
              <th scope="row" className="py-3 pr-4">
                {t("templates.versionNumber", { number: v.number })}
              </th>
              <td className="py-3 pr-4">
                <TemplateStatusTag status={v.status} />
              </td>
              <td className="py-3 pr-4">
                <VerifiedTag verified={v.verified} />
              </td>
              <td className="py-3 pr-4">{formatDate(v.publishedAt) || "—"}</td>
              <td className="py-3">
                <Link to={`/central/templates/${template.key}/versions/${v.number}`}>
                  {t("templates.read")}
                  <span className="sr-only"> {t("templates.readHidden", { number: v.number })}</span>
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {template.draft ? (
        <p className="mb-4">
          {t("templates.draftOpen", { number: template.draft.number })}{" "}
          <Link to={`/central/templates/${template.key}/versions/${template.draft.number}/edit`}>
            {t("templates.editDraft")}
          </Link>
        </p>
      ) : (
        <Form method="post">
          <p className="mb-3 max-w-2xl text-slate-700">{t("templates.newDraftHint")}</p>
          <Button name="intent" value="create-draft">
            {t("templates.newDraft")}
          </Button>
        </Form>
      )}
    </>
  );
}
