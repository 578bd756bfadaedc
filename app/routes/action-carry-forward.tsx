import { Form, Link, redirect, useActionData, useLoaderData } from "react-router";
import { institutionFor } from "../../src/core/people/institution-for.server";
import { carryForwardAction } from "../../src/core/plans/carry-forward-action.server";
import { getAction } from "../../src/core/plans/get-action.server";
import { Button, ChoiceField, ErrorSummary } from "../components/forms";
import { BackLink } from "../components/plan-ui";
import { PageHeading } from "../components/ui";
import { t as translate, useT } from "../i18n/i18n";
import { requestContext } from "../lib/context.server";
import { pageError } from "../lib/errors.server";
import { planOf } from "../lib/plan-fixtures";
import { type PlanFormFailure, planFormFailure } from "../lib/plan-forms.server";
import type { RouteAccess } from "../lib/route-access";
import type { Route } from "./+types/action-carry-forward";

const EDITORS = ["lead:own", "editor:own"] as const;

export const access: RouteAccess = {
  kind: "page",
  requests: [
    {
      method: "GET",
      params: async (h) => ({ slug: h.slug, actionId: (await planOf(h, "published")).actionId }),
      allow: EDITORS,
    },
    {
      method: "POST",
      params: async (h) => ({ slug: h.slug, actionId: (await planOf(h, "published")).actionId }),
      // Another fresh plan, a draft starting on the same day: a later plan not yet published.
      body: async (h) => ({ toPlanId: (await planOf(h, "draft", "target")).planId }),
      allow: EDITORS,
    },
  ],
};

export const meta = () => [{ title: `${translate("carry.title")} – ${translate("layout.product")}` }];

export async function loader({ request, params }: Route.LoaderArgs) {
  const { ctx } = await requestContext(request);
  try {
    await institutionFor(ctx, params.slug, "plan.edit");
    const detail = await getAction(ctx, params.slug, params.actionId);
    return {
      institution: detail.institution,
      plan: { id: detail.plan.id, title: detail.plan.title },
      action: {
        id: detail.action.id,
        title: detail.action.title,
        displayNumber: detail.action.displayNumber,
        isRetired: Boolean(detail.action.retiredAt),
      },
      targets: detail.carryTargets,
      carriedTo: detail.carriedTo.map((l) => l.planId),
    };
  } catch (error) {
    pageError(error, request);
  }
}

export async function action({ request, params }: Route.ActionArgs) {
  const { ctx } = await requestContext(request);
  const form = await request.formData();
  try {
    const copy = await carryForwardAction(ctx, params.slug, params.actionId, {
      toPlanId: String(form.get("toPlanId") ?? ""),
    });
    return redirect(`/i/${params.slug}/actions/${copy.id}?done=carried`);
  } catch (error) {
    return planFormFailure(error, form);
  }
}

export default function CarryForward() {
  const t = useT();
  const { institution: i, action: a, targets, carriedTo } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>() as PlanFormFailure | undefined;
  const open = targets.filter((p) => !carriedTo.includes(p.id));
  return (
    <>
      <BackLink to={`/i/${i.slug}/actions/${a.id}`}>
        {t("actionForm.backToAction", { number: a.displayNumber, title: a.title })}
      </BackLink>
      <PageHeading caption={`${a.displayNumber} – ${a.title}`}>{t("carry.title")}</PageHeading>
      <p className="mb-6 max-w-3xl">{t("carry.intro")}</p>
      {a.isRetired ? (
        <p>{t("carry.retired")}</p>
      ) : targets.length === 0 ? (
        <p>
          {t("carry.noTargets")} <Link to={`/i/${i.slug}/plans/new`}>{t("plans.start")}</Link>
        </p>
      ) : open.length === 0 ? (
        <p>{t("carry.allCarried")}</p>
      ) : (
        <>
          <ErrorSummary errors={failure?.fieldErrors} formError={failure?.formError} />
          <Form method="post" noValidate>
            <ChoiceField
              type="radio"
              name="toPlanId"
              legend={t("carry.target")}
              hint={t("carry.targetHint")}
              errors={failure?.fieldErrors}
              checked={
                failure?.values.toPlanId ? [failure.values.toPlanId] : open.length === 1 ? [open[0]!.id] : []
              }
              options={targets.map((p) => ({
                value: p.id,
                label: p.title,
                // Already there: shown, so the person sees why it is not offered.
                disabled: carriedTo.includes(p.id),
                hint: carriedTo.includes(p.id) ? t("carry.already") : undefined,
              }))}
            />
            <Button>{t("carry.submit")}</Button>
          </Form>
        </>
      )}
    </>
  );
}
