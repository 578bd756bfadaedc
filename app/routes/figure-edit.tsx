import { Form, redirect, useActionData, useLoaderData } from "react-router";
import { indicatorFor } from "../../src/core/figures/figure-access.server";
import { updateIndicator } from "../../src/core/figures/update-indicator.server";
import { INDICATOR_FORM_FIELDS, IndicatorFields } from "../components/figure-ui";
import { Button, ErrorSummary } from "../components/forms";
import { BackLink, StaleComparison } from "../components/plan-ui";
import { PageHeading } from "../components/ui";
import { t as translate, useT } from "../i18n/i18n";
import { requestContext } from "../lib/context.server";
import { type FormFailure, formFailure, pageError } from "../lib/errors.server";
import { indicatorOf, type RouteAccess } from "../lib/route-access";
import type { Route } from "./+types/figure-edit";

const EDITORS = ["lead:own", "editor:own"] as const;

export const access: RouteAccess = {
  kind: "page",
  requests: [
    {
      method: "GET",
      params: async (h) => ({ slug: h.slug, indicatorId: (await indicatorOf(h)).indicatorId }),
      allow: EDITORS,
    },
    {
      method: "POST",
      params: async (h) => ({ slug: h.slug, indicatorId: (await indicatorOf(h)).indicatorId }),
      body: async (h) => ({
        name: `Renamed indicator ${h.unique()}`,
        unit: "count",
        expectedVersion: String((await indicatorOf(h)).version),
      }),
      allow: EDITORS,
    },
  ],
};

export const meta = () => [{ title: `${translate("figures.editTitle")} – ${translate("layout.product")}` }];

/** An indicator as its form's text. */
function formValues(ind: {
  name: string;
  definition: string;
  unit: string;
  category: string;
  breakdownKeys: string[];
}) {
  return { ...ind, breakdownKeys: ind.breakdownKeys.join("\n") };
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const { ctx } = await requestContext(request);
  try {
    const { indicator } = await indicatorFor(ctx, params.slug, params.indicatorId, "figure.edit");
    return { slug: params.slug, indicator };
  } catch (error) {
    pageError(error, request);
  }
}

export async function action({ request, params }: Route.ActionArgs) {
  const { ctx } = await requestContext(request);
  const form = await request.formData();
  const field = (name: string) => String(form.get(name) ?? "");
  try {
    await updateIndicator(ctx, params.slug, params.indicatorId, {
      ...Object.fromEntries(INDICATOR_FORM_FIELDS.map((f) => [f, field(f)])),
      expectedVersion: field("expectedVersion"),
    });
    return redirect(`/i/${params.slug}/figures/${params.indicatorId}`);
  } catch (error) {
    return formFailure(error, form);
  }
}

export default function EditIndicator() {
  const t = useT();
  const { slug, indicator: ind } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>() as FormFailure | undefined;
  const stale = failure?.code === "STALE" ? (failure.current as typeof ind) : undefined;
  const values: Record<string, string> = failure?.values ?? formValues(ind);
  const theirs: Record<string, string> = stale ? formValues(stale) : {};
  // On a stale save the form keeps what this person typed but carries the saved version, so
  // saving again is a deliberate choice made with the other change in view.
  const version = stale ? failure?.currentVersion : ind.version;
  const label = (f: string) => (f === "unit" ? t("figures.unit") : t(`figures.${f}`));
  const shown = (f: string, v: string | undefined) =>
    f === "unit" && v ? t(`figures.units.${v}`) : v || "—";
  return (
    <>
      <BackLink to={`/i/${slug}/figures/${ind.id}`}>{t("figures.backTo", { name: ind.name })}</BackLink>
      <PageHeading caption={ind.name}>{t("figures.editTitle")}</PageHeading>
      <ErrorSummary errors={failure?.fieldErrors} formError={failure?.formError} />
      {stale && (
        <StaleComparison
          title={t("figures.indicatorStaleTitle")}
          intro={t("figures.staleIntro")}
          fields={INDICATOR_FORM_FIELDS}
          yours={values}
          theirs={theirs}
          label={label}
          show={shown}
        />
      )}
      <Form method="post" noValidate>
        <input type="hidden" name="expectedVersion" value={version} />
        <IndicatorFields values={values} errors={failure?.fieldErrors} />
        <Button>{stale ? t("figures.saveAnyway") : t("figures.editSubmit")}</Button>
      </Form>
    </>
  );
}
