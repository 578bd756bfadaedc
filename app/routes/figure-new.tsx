import { Form, redirect, useActionData, useLoaderData } from "react-router";
import { createIndicator } from "../../src/core/figures/create-indicator.server";
import { UNITS } from "../../src/core/figures/figure-types";
import { institutionFor } from "../../src/core/people/institution-for.server";
import { Button, ChoiceField, ErrorSummary, TextAreaField, TextField } from "../components/forms";
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
        <TextField name="name" label={t("figures.name")} defaultValue={values.name} errors={errors} />
        <TextAreaField
          name="definition"
          label={t("figures.definition")}
          hint={t("figures.definitionHint")}
          defaultValue={values.definition}
          errors={errors}
        />
        <ChoiceField
          type="radio"
          name="unit"
          legend={t("figures.unit")}
          errors={errors}
          checked={values.unit ? [values.unit] : []}
          options={UNITS.map((u) => ({ value: u, label: t(`figures.units.${u}`) }))}
        />
        <TextField
          name="category"
          label={t("figures.category")}
          hint={t("figures.categoryHint")}
          defaultValue={values.category}
          errors={errors}
        />
        <TextAreaField
          name="breakdownKeys"
          label={t("figures.breakdownKeys")}
          hint={t("figures.breakdownKeysHint")}
          defaultValue={values.breakdownKeys}
          errors={errors}
        />
        <Button>{t("figures.create")}</Button>
      </Form>
    </>
  );
}
