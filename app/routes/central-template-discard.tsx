import { Form, Link, redirect, useActionData, useLoaderData } from "react-router";
import { AppError } from "../../src/core/errors";
import { authorize } from "../../src/core/policy";
import { discardDraft } from "../../src/core/templates/discard-draft.server";
import { getTemplateVersion } from "../../src/core/templates/get-template-version.server";
import { Button, ErrorSummary } from "../components/forms";
import { BackLink } from "../components/plan-ui";
import { PageHeading } from "../components/ui";
import { t as translate, useT } from "../i18n/i18n";
import { requestContext } from "../lib/context.server";
import { type FormFailure, formFailure, pageError } from "../lib/errors.server";
import type { FixtureHelpers, RouteAccess } from "../lib/route-access";
import type { Route } from "./+types/central-template-discard";

const draftParams = async (h: FixtureHelpers) => ({
  key: "initial",
  number: String((await h.templateDraft("initial")).number),
});

export const access: RouteAccess = {
  kind: "page",
  requests: [
    { method: "GET", params: draftParams, allow: ["central"] },
    {
      method: "POST",
      params: draftParams,
      body: async (h) => ({ expectedVersion: String((await h.templateDraft("initial")).version) }),
      allow: ["central"],
    },
  ],
};

export const meta = () => [{ title: `${translate("templates.discard")} – ${translate("layout.product")}` }];

export async function loader({ request, params }: Route.LoaderArgs) {
  const { ctx, actor } = await requestContext(request);
  try {
    authorize(actor, "template.edit");
    const version = await getTemplateVersion(ctx, params.key, params.number);
    if (version.status !== "draft") throw new AppError("CONFLICT", translate("templates.onlyDrafts"));
    return { version };
  } catch (error) {
    pageError(error, request);
  }
}

export async function action({ request, params }: Route.ActionArgs) {
  const { ctx } = await requestContext(request);
  const form = await request.formData();
  try {
    await discardDraft(ctx, params.key, Number(params.number), {
      expectedVersion: String(form.get("expectedVersion") ?? ""),
    });
    return redirect(`/central/templates/${params.key}?discarded=1`);
  } catch (error) {
    return formFailure(error, form);
  }
}

export default function DiscardTemplateDraft() {
  const t = useT();
  const { version: v } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>() as FormFailure | undefined;
  const back = `/central/templates/${v.key}/versions/${v.number}`;
  return (
    <>
      <BackLink to={back}>{t("templates.backToVersion", { number: v.number })}</BackLink>
      <PageHeading caption={v.name}>{t("templates.discardTitle", { number: v.number })}</PageHeading>
      <ErrorSummary errors={failure?.fieldErrors} formError={failure?.formError} />
      <p className="mb-6 max-w-3xl">{t("templates.discardIntro")}</p>
      <Form method="post">
        <input type="hidden" name="expectedVersion" value={failure?.currentVersion ?? v.version} />
        <p className="flex flex-wrap items-center gap-6">
          <Button variant="warning">{t("templates.confirmDiscard")}</Button>
          <Link to={back}>{t("templates.cancel")}</Link>
        </p>
      </Form>
    </>
  );
}
