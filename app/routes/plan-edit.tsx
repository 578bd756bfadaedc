import { Form, redirect, useActionData, useLoaderData } from "react-router";
import { getCharter } from "../../src/core/charters/get-charter.server";
import { institutionFor } from "../../src/core/people/institution-for.server";
import { getPlan } from "../../src/core/plans/get-plan.server";
import { isScaleLocked } from "../../src/core/plans/rag";
import { updatePlan } from "../../src/core/plans/update-plan.server";
import { Button, ErrorSummary } from "../components/forms";
import { PlanFields } from "../components/plan-fields";
import { BackLink, StaleComparison } from "../components/plan-ui";
import { PageHeading } from "../components/ui";
import { t as translate, useT } from "../i18n/i18n";
import { requestContext } from "../lib/context.server";
import { pageError } from "../lib/errors.server";
import { formatDate } from "../lib/format";
import { planOf } from "../lib/plan-fixtures";
import { PLAN_COMPARED, planFieldsInput, planFormValues } from "../lib/plan-forms";
import { type PlanFormFailure, planFormFailure } from "../lib/plan-forms.server";
import type { RouteAccess } from "../lib/route-access";
import type { Route } from "./+types/plan-edit";

const EDITORS = ["lead:own", "editor:own"] as const;

export const access: RouteAccess = {
  kind: "page",
  requests: [
    {
      method: "GET",
      params: async (h) => ({ slug: h.slug, planId: (await planOf(h, "draft")).planId }),
      allow: EDITORS,
    },
    {
      method: "POST",
      params: async (h) => ({ slug: h.slug, planId: (await planOf(h, "draft")).planId }),
      body: async (h) => ({
        title: `Renamed plan ${h.unique()}`,
        startsOn: "2030-01-01",
        endsOn: "2032-12-31",
        version: String((await planOf(h, "draft")).planVersion),
      }),
      allow: EDITORS,
    },
  ],
};

export const meta = () => [{ title: `${translate("planForm.editTitle")} – ${translate("layout.product")}` }];

export async function loader({ request, params }: Route.LoaderArgs) {
  const { ctx } = await requestContext(request);
  try {
    await institutionFor(ctx, params.slug, "plan.edit");
    const [overview, charter] = await Promise.all([
      getPlan(ctx, params.slug, params.planId),
      getCharter(ctx),
    ]);
    return {
      institution: overview.institution,
      plan: overview.plan,
      scaleLocked: isScaleLocked(overview.ratingCount),
      pillars: charter.pillars,
      scales: charter.ragScales,
    };
  } catch (error) {
    pageError(error, request);
  }
}

export async function action({ request, params }: Route.ActionArgs) {
  const { ctx } = await requestContext(request);
  const form = await request.formData();
  try {
    const saved = await updatePlan(ctx, params.slug, params.planId, {
      ...planFieldsInput(form),
      expectedVersion: String(form.get("version") ?? ""),
    });
    return redirect(`/i/${params.slug}/plans/${saved.id}`);
  } catch (error) {
    return planFormFailure(error, form);
  }
}

export default function EditPlan() {
  const t = useT();
  const { institution: i, plan, scaleLocked, pillars, scales } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>() as PlanFormFailure | undefined;
  const current =
    failure?.code === "STALE" ? (failure.current as Parameters<typeof planFormValues>[0]) : null;
  const theirs = current ? planFormValues(current) : null;
  // On a stale save the form keeps what this person typed but carries the new version, so
  // saving again is a deliberate choice made with the other change in view.
  const version = theirs ? failure?.currentVersion : plan.version;
  const values = failure ? failure.values : planFormValues(plan);
  const show = (field: string, value: string | undefined) => {
    if (!value) return "";
    if (field === "startsOn" || field === "endsOn") return formatDate(value);
    if (field === "ragScaleId") return scales.find((s) => s.id === value)?.name ?? value;
    return value;
  };
  const label = (field: string) => {
    const pillar = /^pillarAims\.(.+)$/.exec(field)?.[1];
    if (pillar)
      return t("planForm.aimFor", { pillar: pillars.find((p) => p.key === pillar)?.name ?? pillar });
    return t(`planForm.${field === "ragScaleId" ? "scale" : field}`);
  };
  return (
    <>
      <BackLink to={`/i/${i.slug}/plans/${plan.id}`}>
        {t("planForm.backToPlan", { title: plan.title })}
      </BackLink>
      <PageHeading caption={plan.title}>{t("planForm.editTitle")}</PageHeading>
      <ErrorSummary errors={failure?.fieldErrors} formError={failure?.formError} />
      {theirs && failure && (
        <StaleComparison
          title={t("planForm.staleTitle")}
          intro={t("planForm.staleIntro")}
          fields={PLAN_COMPARED}
          yours={failure.values}
          theirs={theirs}
          label={label}
          show={show}
        />
      )}
      <Form method="post" noValidate>
        <input type="hidden" name="version" value={version} />
        <PlanFields
          values={{ ...values, ragScaleId: values.ragScaleId ?? plan.ragScale.id }}
          errors={failure?.fieldErrors}
          pillars={pillars}
          scales={scales}
          scaleLocked={scaleLocked}
        />
        <Button>{theirs ? t("planForm.saveAnyway") : t("planForm.save")}</Button>
      </Form>
    </>
  );
}
