import { Form, redirect, useActionData, useLoaderData } from "react-router";
import { institutionFor } from "../../src/core/people/institution-for.server";
import { createAction } from "../../src/core/plans/create-action.server";
import { getPlan } from "../../src/core/plans/get-plan.server";
import { PILLARS } from "../../src/core/plans/plan-types";
import { ActionFields } from "../components/action-form";
import { Button, ErrorSummary } from "../components/forms";
import { BackLink } from "../components/plan-ui";
import { PageHeading } from "../components/ui";
import { t as translate, useT } from "../i18n/i18n";
import { actionFormChoices } from "../lib/action-form.server";
import { requestContext } from "../lib/context.server";
import { pageError } from "../lib/errors.server";
import { planOf } from "../lib/plan-fixtures";
import { ACTION_LISTS, actionInput, type FormState } from "../lib/plan-forms";
import { type PlanFormFailure, planFormFailure } from "../lib/plan-forms.server";
import type { RouteAccess } from "../lib/route-access";
import type { Route } from "./+types/action-new";

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
      params: async (h) => ({ slug: h.slug, planId: (await planOf(h, "published")).planId }),
      body: (h) => ({ title: `Action ${h.unique()}`, pillars: "recognition", primaryPillar: "recognition" }),
      allow: EDITORS,
    },
  ],
};

export const meta = () => [{ title: `${translate("actionForm.newTitle")} – ${translate("layout.product")}` }];

export async function loader({ request, params }: Route.LoaderArgs) {
  const { ctx } = await requestContext(request);
  try {
    await institutionFor(ctx, params.slug, "plan.edit");
    const [overview, choices] = await Promise.all([
      getPlan(ctx, params.slug, params.planId),
      actionFormChoices(ctx, params.slug),
    ]);
    // "?pillar=recognition" (from a pillar's section of the plan) starts the action under it.
    const pillar = new URL(request.url).searchParams.get("pillar");
    const chosen = PILLARS.find((p) => p === pillar);
    const initial: FormState = {
      values: chosen ? { primaryPillar: chosen } : {},
      lists: { pillars: chosen ? [chosen] : [] },
    };
    return {
      institution: overview.institution,
      plan: { id: overview.plan.id, title: overview.plan.title },
      choices,
      initial,
    };
  } catch (error) {
    pageError(error, request);
  }
}

export async function action({ request, params }: Route.ActionArgs) {
  const { ctx } = await requestContext(request);
  const form = await request.formData();
  const { input, fieldFor } = actionInput(form);
  try {
    const created = await createAction(ctx, params.slug, params.planId, input);
    return redirect(`/i/${params.slug}/actions/${created.id}?done=created`);
  } catch (error) {
    return planFormFailure(error, form, { lists: ACTION_LISTS, fieldFor });
  }
}

export default function NewAction() {
  const t = useT();
  const { institution: i, plan, choices, initial } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>() as PlanFormFailure | undefined;
  const state: FormState = failure ? { values: failure.values, lists: failure.lists } : initial;
  return (
    <>
      <BackLink to={`/i/${i.slug}/plans/${plan.id}`}>
        {t("planForm.backToPlan", { title: plan.title })}
      </BackLink>
      <PageHeading caption={plan.title}>{t("actionForm.newTitle")}</PageHeading>
      <ErrorSummary errors={failure?.fieldErrors} formError={failure?.formError} />
      <Form method="post" noValidate>
        <ActionFields state={state} errors={failure?.fieldErrors} choices={choices} />
        <Button>{t("actionForm.create")}</Button>
      </Form>
    </>
  );
}
