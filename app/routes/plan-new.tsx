import { data, Form, redirect, useActionData, useLoaderData } from "react-router";
import { getCharter } from "../../src/core/charters/get-charter.server";
import type { UseCaseContext } from "../../src/core/context";
import { institutionFor } from "../../src/core/people/institution-for.server";
import { createPlan } from "../../src/core/plans/create-plan.server";
import { getPlan } from "../../src/core/plans/get-plan.server";
import { listPlans } from "../../src/core/plans/list-plans.server";
import { Button, ChoiceField, ErrorSummary, SelectField } from "../components/forms";
import { PlanFields } from "../components/plan-fields";
import { BackLink, RagTag } from "../components/plan-ui";
import { PageHeading } from "../components/ui";
import { t as translate, useT } from "../i18n/i18n";
import { requestContext } from "../lib/context.server";
import { pageError } from "../lib/errors.server";
import { formatDate } from "../lib/format";
import { createPlanInput, type FormLists, followingPeriod, PLAN_LISTS } from "../lib/plan-forms";
import { type PlanFormFailure, planFormFailure } from "../lib/plan-forms.server";
import type { RouteAccess } from "../lib/route-access";
import type { Route } from "./+types/plan-new";

const EDITORS = ["lead:own", "editor:own"] as const;

export const access: RouteAccess = {
  kind: "page",
  requests: [
    { method: "GET", params: (h) => ({ slug: h.slug }), allow: EDITORS },
    {
      method: "POST",
      params: (h) => ({ slug: h.slug }),
      body: (h) => ({
        title: `Plan ${h.unique()}`,
        startsOn: "2031-01-01",
        endsOn: "2033-12-31",
        ragScaleId: "red-amber-green",
      }),
      allow: EDITORS,
    },
    {
      method: "POST",
      params: (h) => ({ slug: h.slug }),
      body: async (h) => ({ intent: "show-actions", previousPlanId: (await h.newPlan("draft")).planId }),
      allow: EDITORS,
    },
  ],
};

export const meta = () => [{ title: `${translate("planForm.newTitle")} – ${translate("layout.product")}` }];

/** The previous plan's actions that can still be carried forward (retired ones cannot). */
async function carryable(ctx: UseCaseContext, slug: string, planId: string) {
  const { plan, actions } = await getPlan(ctx, slug, planId);
  return {
    planId: plan.id,
    planTitle: plan.title,
    actions: actions
      .filter((a) => !a.retiredAt)
      .map((a) => ({
        id: a.id,
        number: a.shortNumber,
        title: a.title,
        rating: a.currentRating && { colour: a.currentRating.colour, label: a.currentRating.label },
      })),
  };
}
type Carryable = Awaited<ReturnType<typeof carryable>>;

export async function loader({ request, params }: Route.LoaderArgs) {
  const { ctx } = await requestContext(request);
  try {
    const institution = await institutionFor(ctx, params.slug, "plan.edit");
    const [charter, plans] = await Promise.all([getCharter(ctx), listPlans(ctx, params.slug)]);
    // The newest plan is the usual one to follow: its period, scale and actions are the defaults.
    const latest = plans[0];
    const period = latest ? followingPeriod(latest.endsOn) : { startsOn: "", endsOn: "" };
    return {
      institution,
      pillars: charter.pillars,
      scales: charter.ragScales,
      plans: plans.map((p) => ({ id: p.id, title: p.title, status: p.status, startsOn: p.startsOn })),
      defaults: {
        values: {
          ...period,
          ragScaleId: latest?.ragScale.id ?? "red-amber-green",
          previousPlanId: latest?.id ?? "",
        } as Record<string, string>,
        lists: { carryForwardActionIds: [] } as FormLists,
      },
      previous: latest ? await carryable(ctx, params.slug, latest.id) : null,
    };
  } catch (error) {
    pageError(error, request);
  }
}

type Preview = { ok: true; values: Record<string, string>; lists: FormLists; previous: Carryable | null };

export async function action({ request, params }: Route.ActionArgs) {
  const { ctx } = await requestContext(request);
  const form = await request.formData();
  const previousPlanId = String(form.get("previousPlanId") ?? "");
  try {
    // Both buttons are for editors only: authorise before reading anything.
    await institutionFor(ctx, params.slug, "plan.edit");
    if (form.get("intent") === "show-actions") {
      const values: Record<string, string> = {};
      form.forEach((v, k) => {
        if (typeof v === "string") values[k] = v;
      });
      return data<Preview>({
        ok: true,
        values,
        lists: { carryForwardActionIds: [] },
        previous: previousPlanId ? await carryable(ctx, params.slug, previousPlanId) : null,
      });
    }
    const created = await createPlan(ctx, params.slug, createPlanInput(form));
    return redirect(`/i/${params.slug}/plans/${created.id}`);
  } catch (error) {
    const failure = planFormFailure(error, form, { lists: PLAN_LISTS });
    // The previous plan's actions stay beside the form, so the ticks can be put right.
    const previous = previousPlanId
      ? await carryable(ctx, params.slug, previousPlanId).catch(() => null)
      : null;
    return data({ ...failure.data, previous }, failure.init ?? undefined);
  }
}

export default function NewPlan() {
  const t = useT();
  const loaded = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as
    | Preview
    | (PlanFormFailure & { previous: Carryable | null })
    | undefined;
  const failure = result && !result.ok ? result : undefined;
  const { values, lists } = result ?? loaded.defaults;
  const previous = result ? result.previous : loaded.previous;
  const i = loaded.institution;
  return (
    <>
      <BackLink to={`/i/${i.slug}/plans`}>{t("plan.back", { name: i.name })}</BackLink>
      <PageHeading caption={i.name}>{t("planForm.newTitle")}</PageHeading>
      <ErrorSummary errors={failure?.fieldErrors} formError={failure?.formError} />
      <Form method="post" noValidate>
        {/*
         * Enter in a text box presses a form's first submit button: make that "Create plan", not
         * "Show its actions". Out of the tab order and hidden from screen readers, which reach
         * the visible button at the end.
         */}
        <button
          type="submit"
          name="intent"
          value="create"
          tabIndex={-1}
          aria-hidden="true"
          className="sr-only"
        >
          {t("planForm.create")}
        </button>
        <PlanFields
          values={values}
          errors={failure?.fieldErrors}
          pillars={loaded.pillars}
          scales={loaded.scales}
        />
        <h2 className="mb-3 mt-8 text-2xl font-bold">{t("planForm.previousTitle")}</h2>
        <SelectField
          name="previousPlanId"
          label={t("planForm.previous")}
          hint={t("planForm.previousHint")}
          defaultValue={values.previousPlanId}
          errors={failure?.fieldErrors}
          options={[
            { value: "", label: t("planForm.noPrevious") },
            ...loaded.plans.map((p) => ({
              value: p.id,
              label: `${p.title} (${t(`planStatus.${p.status}`)}, ${formatDate(p.startsOn)})`,
            })),
          ]}
        />
        <p className="mb-6">
          <Button variant="secondary" name="intent" value="show-actions">
            {t("planForm.showActions")}
          </Button>
        </p>
        {previous &&
          (previous.actions.length === 0 ? (
            <p className="mb-6">{t("planForm.nothingToCarry", { title: previous.planTitle })}</p>
          ) : (
            <ChoiceField
              type="checkbox"
              name="carryForwardActionIds"
              legend={t("planForm.carryLegend", { title: previous.planTitle })}
              hint={t("planForm.carryHint")}
              errors={failure?.fieldErrors}
              checked={lists.carryForwardActionIds ?? []}
              options={previous.actions.map((a) => ({
                value: a.id,
                label: `${a.number} ${a.title}`,
                hint: <RagTag colour={a.rating?.colour ?? null} label={a.rating?.label} />,
              }))}
            />
          ))}
        <Button name="intent" value="create">
          {t("planForm.create")}
        </Button>
      </Form>
    </>
  );
}
