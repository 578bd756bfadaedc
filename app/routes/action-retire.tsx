import { Form, redirect, useActionData, useLoaderData } from "react-router";
import { institutionFor } from "../../src/core/people/institution-for.server";
import { getAction } from "../../src/core/plans/get-action.server";
import { listInstitutionActions } from "../../src/core/plans/list-institution-actions.server";
import { retireAction } from "../../src/core/plans/retire-action.server";
import { Button, ErrorSummary, Field, TextAreaField } from "../components/forms";
import { BackLink } from "../components/plan-ui";
import { PageHeading } from "../components/ui";
import { t as translate, useT } from "../i18n/i18n";
import { requestContext } from "../lib/context.server";
import { pageError } from "../lib/errors.server";
import { planOf } from "../lib/plan-fixtures";
import { type PlanFormFailure, planFormFailure } from "../lib/plan-forms.server";
import type { RouteAccess } from "../lib/route-access";
import type { Route } from "./+types/action-retire";

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
      body: () => ({ reason: "No longer needed", supersededByActionId: "" }),
      allow: EDITORS,
    },
  ],
};

export const meta = () => [{ title: `${translate("retire.title")} – ${translate("layout.product")}` }];

export async function loader({ request, params }: Route.LoaderArgs) {
  const { ctx } = await requestContext(request);
  try {
    await institutionFor(ctx, params.slug, "plan.edit");
    const [detail, groups] = await Promise.all([
      getAction(ctx, params.slug, params.actionId),
      listInstitutionActions(ctx, params.slug),
    ]);
    // The actions that could supersede this one: any unretired action of the institution's plans.
    const candidates = groups
      .map((g) => ({
        planId: g.planId,
        planTitle: g.planTitle,
        actions: g.actions
          .filter((x) => x.id !== detail.action.id && !x.retired)
          .map((x) => ({ id: x.id, label: `${x.shortNumber} ${x.title}` })),
      }))
      .filter((g) => g.actions.length > 0);
    return {
      institution: detail.institution,
      action: {
        id: detail.action.id,
        title: detail.action.title,
        displayNumber: detail.action.displayNumber,
        isRetired: Boolean(detail.action.retiredAt),
      },
      candidates,
    };
  } catch (error) {
    pageError(error, request);
  }
}

export async function action({ request, params }: Route.ActionArgs) {
  const { ctx } = await requestContext(request);
  const form = await request.formData();
  try {
    await retireAction(ctx, params.slug, params.actionId, {
      reason: String(form.get("reason") ?? ""),
      supersededByActionId: String(form.get("supersededByActionId") ?? "") || null,
    });
    return redirect(`/i/${params.slug}/actions/${params.actionId}?done=retired`);
  } catch (error) {
    return planFormFailure(error, form);
  }
}

export default function RetireAction() {
  const t = useT();
  const { institution: i, action: a, candidates } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>() as PlanFormFailure | undefined;
  return (
    <>
      <BackLink to={`/i/${i.slug}/actions/${a.id}`}>
        {t("actionForm.backToAction", { number: a.displayNumber, title: a.title })}
      </BackLink>
      <PageHeading caption={`${a.displayNumber} – ${a.title}`}>{t("retire.title")}</PageHeading>
      {a.isRetired ? (
        <p>{t("retire.already")}</p>
      ) : (
        <>
          <p className="mb-6 max-w-3xl">{t("retire.intro")}</p>
          <ErrorSummary errors={failure?.fieldErrors} formError={failure?.formError} />
          <Form method="post" noValidate>
            <TextAreaField
              name="reason"
              label={t("retire.reason")}
              hint={t("retire.reasonHint")}
              defaultValue={failure?.values.reason}
              errors={failure?.fieldErrors}
            />
            <Field
              name="supersededByActionId"
              label={t("retire.supersededBy")}
              hint={t("retire.supersededByHint")}
              errors={failure?.fieldErrors}
            >
              {(attrs) => (
                <select
                  {...attrs}
                  name="supersededByActionId"
                  defaultValue={failure?.values.supersededByActionId ?? ""}
                  className="mt-1 block w-full max-w-xl border-2 border-slate-800 p-2"
                >
                  <option value="">{t("retire.none")}</option>
                  {candidates.map((g) => (
                    <optgroup key={g.planId} label={g.planTitle}>
                      {g.actions.map((x) => (
                        <option key={x.id} value={x.id}>
                          {x.label}
                        </option>
                      ))}
                    </optgroup>
                  ))}
                </select>
              )}
            </Field>
            <Button variant="warning">{t("retire.submit")}</Button>
          </Form>
        </>
      )}
    </>
  );
}
