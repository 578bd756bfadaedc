import { Form, redirect, useActionData, useLoaderData } from "react-router";
import { institutionFor } from "../../src/core/people/institution-for.server";
import { getAction } from "../../src/core/plans/get-action.server";
import { rateAction } from "../../src/core/plans/rate-action.server";
import { todayInLondon } from "../../src/core/plans/today";
import { Button, ChoiceField, ErrorSummary, TextAreaField, TextField } from "../components/forms";
import { BackLink, RagTag } from "../components/plan-ui";
import { PageHeading } from "../components/ui";
import { t as translate, useT } from "../i18n/i18n";
import { requestContext } from "../lib/context.server";
import { pageError } from "../lib/errors.server";
import { planOf } from "../lib/plan-fixtures";
import { rateInput } from "../lib/plan-forms";
import { type PlanFormFailure, planFormFailure } from "../lib/plan-forms.server";
import type { RouteAccess } from "../lib/route-access";
import type { Route } from "./+types/action-rate";

const RATERS = ["lead:own", "editor:own"] as const;
/** Evidence rows on the form; more can be added by rating again. */
const EVIDENCE_ROWS = [0, 1, 2];

export const access: RouteAccess = {
  kind: "page",
  requests: [
    {
      method: "GET",
      params: async (h) => ({ slug: h.slug, actionId: (await planOf(h, "published")).actionId }),
      allow: RATERS,
    },
    {
      method: "POST",
      params: async (h) => ({ slug: h.slug, actionId: (await planOf(h, "published")).actionId }),
      body: () => ({
        level: "green",
        assessedOn: "2025-03-31",
        commentary: "Done",
        "evidence.0.title": "Minutes",
        "evidence.0.url": "https://example.org/minutes",
      }),
      allow: RATERS,
    },
  ],
};

export const meta = () => [{ title: `${translate("rate.title")} – ${translate("layout.product")}` }];

export async function loader({ request, params }: Route.LoaderArgs) {
  const { ctx } = await requestContext(request);
  try {
    await institutionFor(ctx, params.slug, "action.rate");
    const detail = await getAction(ctx, params.slug, params.actionId);
    return {
      institution: detail.institution,
      scale: detail.plan.ragScale,
      action: {
        id: detail.action.id,
        title: detail.action.title,
        displayNumber: detail.action.displayNumber,
        currentRating: detail.action.currentRating,
        isRetired: Boolean(detail.action.retiredAt),
      },
      today: todayInLondon(),
    };
  } catch (error) {
    pageError(error, request);
  }
}

export async function action({ request, params }: Route.ActionArgs) {
  const { ctx } = await requestContext(request);
  const form = await request.formData();
  const { input, fieldFor } = rateInput(form);
  try {
    await rateAction(ctx, params.slug, params.actionId, input);
    return redirect(`/i/${params.slug}/actions/${params.actionId}?done=rated`);
  } catch (error) {
    return planFormFailure(error, form, { fieldFor });
  }
}

export default function RateAction() {
  const t = useT();
  const { institution: i, scale, action: a, today } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>() as PlanFormFailure | undefined;
  const values: Record<string, string> = failure?.values ?? { assessedOn: today };
  const redLevels = scale.levels.filter((l) => l.colour === "red").map((l) => l.label);
  return (
    <>
      <BackLink to={`/i/${i.slug}/actions/${a.id}`}>
        {t("actionForm.backToAction", { number: a.displayNumber, title: a.title })}
      </BackLink>
      <PageHeading caption={`${a.displayNumber} – ${a.title}`}>{t("rate.title")}</PageHeading>
      {a.isRetired ? (
        <p>{t("rate.retired")}</p>
      ) : (
        <>
          <p className="mb-6 flex flex-wrap items-center gap-2">
            <span>{t("rate.currently")}</span>
            <RagTag colour={a.currentRating?.colour ?? null} label={a.currentRating?.label} showColour />
          </p>
          <ErrorSummary errors={failure?.fieldErrors} formError={failure?.formError} />
          <Form method="post" noValidate>
            <ChoiceField
              type="radio"
              name="level"
              legend={t("rate.level")}
              hint={t("rate.levelHint", { scale: scale.name })}
              errors={failure?.fieldErrors}
              checked={values.level ? [values.level] : []}
              options={scale.levels.map((l) => ({
                value: l.id,
                label: <RagTag colour={l.colour} label={l.label} showColour />,
              }))}
            />
            <TextField
              name="qualifier"
              label={t("rate.qualifier")}
              hint={t("rate.qualifierHint")}
              defaultValue={values.qualifier}
              errors={failure?.fieldErrors}
            />
            <TextField
              name="assessedOn"
              label={t("rate.assessedOn")}
              hint={t("rate.assessedOnHint")}
              type="date"
              width="w-48"
              defaultValue={values.assessedOn}
              errors={failure?.fieldErrors}
            />
            <TextAreaField
              name="commentary"
              label={t("rate.commentary")}
              hint={t("rate.commentaryHint", { levels: redLevels.join(t("rate.or")) })}
              defaultValue={values.commentary}
              errors={failure?.fieldErrors}
              rows={5}
            />
            <h2 className="mb-2 mt-8 text-2xl font-bold">{t("rate.evidenceTitle")}</h2>
            <p className="mb-4 max-w-3xl text-slate-600">{t("rate.evidenceHint")}</p>
            {EVIDENCE_ROWS.map((n) => (
              <fieldset key={n} className="mb-4 border-l-4 border-slate-300 pl-4">
                <legend className="mb-1 font-bold">{t("rate.evidenceLink", { n: n + 1 })}</legend>
                <div className="grid max-w-3xl gap-x-6 sm:grid-cols-[2fr_3fr]">
                  <TextField
                    name={`evidence.${n}.title`}
                    label={t("rate.linkTitle")}
                    defaultValue={values[`evidence.${n}.title`]}
                    errors={failure?.fieldErrors}
                  />
                  <TextField
                    name={`evidence.${n}.url`}
                    label={t("rate.linkUrl")}
                    type="url"
                    defaultValue={values[`evidence.${n}.url`]}
                    errors={failure?.fieldErrors}
                  />
                </div>
              </fieldset>
            ))}
            <Button>{t("rate.submit")}</Button>
          </Form>
        </>
      )}
    </>
  );
}
