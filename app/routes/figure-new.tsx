import { Form, redirect, useActionData, useLoaderData } from "react-router";
import { createIndicator } from "../../src/core/figures/create-indicator.server";
import { institutionFor } from "../../src/core/people/institution-for.server";
import { IndicatorFields } from "../components/figure-ui";
import { Button, ErrorSummary } from "../components/forms";
import { BackLink } from "../components/plan-ui";
import { PageHeading } from "../components/ui";
import { t as translate, useT } from "../i18n/i18n";
import { requestContext } from "../lib/context.server";
import { type FormFailure, formFailure, pageError } from "../lib/errors.server";
import type { RouteAccess } from "../lib/route-access";
import type { Route } from "./+types/figure-new";

const EDITORS = ["lead:own", "editor:own"] as const;

export const access: RouteAccess = {
  kind: "page",
  requests: [
    { method: "GET", params: (h) => ({ slug: h.slug }), allow: EDITORS },
    {
      method: "POST",
      params: (h) => ({ slug: h.slug }),
      body: (h) => ({ name: `Indicator ${h.unique()}`, unit: "count", category: "workforce" }),
      allow: EDITORS,
    },
  ],
};

export const meta = () => [{ title: `${translate("figures.newTitle")} – ${translate("layout.product")}` }];

export async function loader({ request, params }: Route.LoaderArgs) {
  const { ctx } = await requestContext(request);
  try {
    const institution = await institutionFor(ctx, params.slug, "figure.edit");
    return { institution: { name: institution.name, slug: institution.slug } };
  } catch (error) {
    pageError(error, request);
  }
}

export async function action({ request, params }: Route.ActionArgs) {
  const { ctx } = await requestContext(request);
  const form = await request.formData();
  const field = (name: string) => String(form.get(name) ?? "");
  try {
    const created = await createIndicator(ctx, params.slug, {
      name: field("name"),
      definition: field("definition"),
      unit: field("unit"),
      category: field("category"),
      breakdownKeys: field("breakdownKeys"),
    });
    return redirect(`/i/${params.slug}/figures/${created.id}`);
  } catch (error) {
    return formFailure(error, form);
  }
}

export default function NewIndicator() {
  const t = useT();
  const { institution: i } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>() as FormFailure | undefined;
  const values: Record<string, string> = failure?.values ?? { unit: "count" };
  const errors = failure?.fieldErrors;
  return (
    <>
      <BackLink to={`/i/${i.slug}/figures`}>{t("figures.back")}</BackLink>
      <PageHeading caption={i.name}>{t("figures.newTitle")}</PageHeading>
      <ErrorSummary errors={errors} formError={failure?.formError} />
      <Form method="post" noValidate>
        <IndicatorFields values={values} errors={errors} />
        <Button>{t("figures.create")}</Button>
      </Form>
    </>
  );
}
