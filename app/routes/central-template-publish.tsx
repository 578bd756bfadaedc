import { Form, Link, redirect, useActionData, useLoaderData } from "react-router";
import { AppError } from "../../src/core/errors";
import { authorize } from "../../src/core/policy";
import { getTemplate } from "../../src/core/templates/get-template.server";
import { getTemplateVersion } from "../../src/core/templates/get-template-version.server";
import { publishVersion } from "../../src/core/templates/publish-version.server";
import { Button, ChoiceField, ErrorSummary } from "../components/forms";
import { BackLink } from "../components/plan-ui";
import { PageHeading } from "../components/ui";
import { t as translate, useT } from "../i18n/i18n";
import { requestContext } from "../lib/context.server";
import { type FormFailure, formFailure, pageError } from "../lib/errors.server";
import type { FixtureHelpers, RouteAccess } from "../lib/route-access";
import type { Route } from "./+types/central-template-publish";

const draftParams = async (h: FixtureHelpers) => ({
  key: "stage-3",
  number: String((await h.templateDraft("stage-3")).number),
});

export const access: RouteAccess = {
  kind: "page",
  requests: [
    { method: "GET", params: draftParams, allow: ["central"] },
    {
      method: "POST",
      params: draftParams,
      body: async (h) => ({ expectedVersion: String((await h.templateDraft("stage-3")).version) }),
      allow: ["central"],
    },
  ],
};

export const meta = () => [{ title: `${translate("templates.publish")} – ${translate("layout.product")}` }];

export async function loader({ request, params }: Route.LoaderArgs) {
  const { ctx, actor } = await requestContext(request);
  try {
    authorize(actor, "template.edit");
    const version = await getTemplateVersion(ctx, params.key, params.number);
    if (version.status !== "draft") throw new AppError("CONFLICT", translate("templates.onlyDrafts"));
    const { published } = await getTemplate(ctx, params.key);
    return { version, previous: published?.number ?? null };
  } catch (error) {
    pageError(error, request);
  }
}

export async function action({ request, params }: Route.ActionArgs) {
  const { ctx } = await requestContext(request);
  const form = await request.formData();
  try {
    const published = await publishVersion(ctx, params.key, Number(params.number), {
      verified: form.get("verified") === "yes",
      expectedVersion: String(form.get("expectedVersion") ?? ""),
    });
    return redirect(`/central/templates/${params.key}?published=${published.number}`);
  } catch (error) {
    return formFailure(error, form);
  }
}

/** The confirmation before publishing: what it changes for new and existing submissions. */
export default function PublishTemplateVersion() {
  const t = useT();
  const { version: v, previous } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>() as FormFailure | undefined;
  const back = `/central/templates/${v.key}/versions/${v.number}`;
  const verified = failure ? failure.values.verified === "yes" : v.verified;
  return (
    <>
      <BackLink to={back}>{t("templates.backToVersion", { number: v.number })}</BackLink>
      <PageHeading caption={v.name}>{t("templates.publishTitle", { number: v.number })}</PageHeading>
      <ErrorSummary errors={failure?.fieldErrors} formError={failure?.formError} />
      <p className="mb-2 max-w-3xl">{t("templates.publishIntro", { number: v.number })}</p>
      {previous !== null && (
        <p className="mb-6 max-w-3xl">{t("templates.publishSupersedes", { previous })}</p>
      )}
      <Form method="post" noValidate>
        <input type="hidden" name="expectedVersion" value={failure?.currentVersion ?? v.version} />
        <ChoiceField
          type="checkbox"
          name="verified"
          legend={t("templates.publishVerifiedLegend")}
          options={[{ value: "yes", label: t("templates.publishVerified") }]}
          checked={verified ? ["yes"] : []}
          errors={failure?.fieldErrors}
        />
        <p className="flex flex-wrap items-center gap-6">
          <Button>{t("templates.confirmPublish", { number: v.number })}</Button>
          <Link to={back}>{t("templates.cancel")}</Link>
        </p>
      </Form>
    </>
  );
}
