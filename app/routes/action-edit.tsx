import { Form, redirect, useActionData, useLoaderData } from "react-router";
import { institutionFor } from "../../src/core/people/institution-for.server";
import { getAction } from "../../src/core/plans/get-action.server";
import { updateAction } from "../../src/core/plans/update-action.server";
import { ActionFields, ActionStale } from "../components/action-form";
import { Button, ErrorSummary } from "../components/forms";
import { BackLink } from "../components/plan-ui";
import { PageHeading } from "../components/ui";
import { t as translate, useT } from "../i18n/i18n";
import { actionFormChoices } from "../lib/action-form.server";
import { requestContext } from "../lib/context.server";
import { pageError } from "../lib/errors.server";
import { planOf } from "../lib/plan-fixtures";
import { ACTION_LISTS, actionFormState, actionInput, type FormState } from "../lib/plan-forms";
import { type PlanFormFailure, planFormFailure } from "../lib/plan-forms.server";
import type { RouteAccess } from "../lib/route-access";
import type { Route } from "./+types/action-edit";

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
      params: async (h) => ({ slug: h.slug, actionId: (await planOf(h, "draft")).actionId }),
      body: async (h) => ({
        title: `Edited action ${h.unique()}`,
        pillars: "visibility",
        primaryPillar: "visibility",
        expectedVersion: String(await h.actionVersion((await planOf(h, "draft")).actionId)),
      }),
      allow: EDITORS,
    },
  ],
};

export const meta = () => [
  { title: `${translate("actionForm.editTitle")} – ${translate("layout.product")}` },
];

export async function loader({ request, params }: Route.LoaderArgs) {
  const { ctx } = await requestContext(request);
  try {
    await institutionFor(ctx, params.slug, "plan.edit");
    const [detail, choices] = await Promise.all([
      getAction(ctx, params.slug, params.actionId),
      actionFormChoices(ctx, params.slug),
    ]);
    return {
      institution: detail.institution,
      plan: { id: detail.plan.id, title: detail.plan.title },
      action: detail.action,
      choices,
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
    const saved = await updateAction(ctx, params.slug, params.actionId, {
      ...input,
      expectedVersion: String(form.get("expectedVersion") ?? ""),
    });
    return redirect(`/i/${params.slug}/actions/${saved.id}?done=updated`);
  } catch (error) {
    return planFormFailure(error, form, { lists: ACTION_LISTS, fieldFor });
  }
}

export default function EditAction() {
  const t = useT();
  const { institution: i, plan, action, choices } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>() as PlanFormFailure | undefined;
  const current =
    failure?.code === "STALE" ? (failure.current as Parameters<typeof actionFormState>[0]) : null;
  const state: FormState = failure
    ? { values: failure.values, lists: failure.lists }
    : actionFormState(action);
  // On a stale save the form keeps what this person typed but carries the new version, so
  // saving again is a deliberate choice made with the other change in view.
  const version = current ? failure?.currentVersion : action.version;
  return (
    <>
      <BackLink to={`/i/${i.slug}/actions/${action.id}`}>
        {t("actionForm.backToAction", { number: action.displayNumber, title: action.title })}
      </BackLink>
      <PageHeading caption={`${plan.title} – ${action.displayNumber}`}>
        {t("actionForm.editTitle")}
      </PageHeading>
      <ErrorSummary errors={failure?.fieldErrors} formError={failure?.formError} />
      {current && <ActionStale yours={state} theirs={actionFormState(current)} choices={choices} />}
      <Form method="post" noValidate>
        <input type="hidden" name="expectedVersion" value={version} />
        <ActionFields state={state} errors={failure?.fieldErrors} choices={choices} />
        <Button>{current ? t("actionForm.saveAnyway") : t("actionForm.save")}</Button>
      </Form>
    </>
  );
}
