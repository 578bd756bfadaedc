import { Form, redirect, useActionData, useLoaderData } from "react-router";
import { authorize } from "../../src/core/policy";
import { getDeadline } from "../../src/core/windows/get-deadline.server";
import { setSchedule } from "../../src/core/windows/set-schedule.server";
import { DeadlineRule, DeadlineTag } from "../components/deadline-ui";
import { Button, ChoiceField, ErrorSummary } from "../components/forms";
import { BackLink } from "../components/plan-ui";
import { PageHeading } from "../components/ui";
import { t as translate, useT } from "../i18n/i18n";
import { requestContext } from "../lib/context.server";
import { type FormFailure, formFailure, pageError } from "../lib/errors.server";
import type { RouteAccess } from "../lib/route-access";
import type { Route } from "./+types/central-deadline-schedule";

export const access: RouteAccess = {
  kind: "page",
  requests: [
    { method: "GET", params: (h) => ({ slug: h.slug }), allow: ["central"] },
    // Setting no months keeps the target on 31 January and 31 July, so other tests see no change.
    { method: "POST", params: (h) => ({ slug: h.slug }), body: () => ({}), allow: ["central"] },
  ],
};

export const meta = () => [
  { title: `${translate("windows.scheduleTitle")} – ${translate("layout.product")}` },
];

export async function loader({ request, params }: Route.LoaderArgs) {
  const { ctx, actor } = await requestContext(request);
  try {
    authorize(actor, "deadline.set-schedule");
    return await getDeadline(ctx, params.slug);
  } catch (error) {
    pageError(error, request);
  }
}

export async function action({ request, params }: Route.ActionArgs) {
  const { ctx } = await requestContext(request);
  const form = await request.formData();
  try {
    await setSchedule(ctx, params.slug, { dueMonths: form.getAll("dueMonths").map(String) });
    return redirect(`/central/deadlines?saved=${encodeURIComponent(params.slug)}`);
  } catch (error) {
    return formFailure(error, form);
  }
}

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);
const monthName = (m: number) =>
  new Intl.DateTimeFormat("en-GB", { month: "long", timeZone: "UTC" }).format(
    new Date(Date.UTC(2000, m - 1, 1)),
  );

/** The central team's form for an institution on the older phase timetable (due months such as April). */
export default function DeadlineSchedule() {
  const t = useT();
  const d = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>() as FormFailure | undefined;
  // Only a tampered form can fail here (months outside 1–12), so the saved months are shown again.
  const ticked = d.hasOwnSchedule ? d.dueMonths.map(String) : [];
  return (
    <>
      <BackLink to="/central/deadlines">{t("windows.backCentral")}</BackLink>
      <PageHeading caption={d.institution.name}>{t("windows.scheduleTitle")}</PageHeading>
      {d.next ? (
        <p className="mb-6 flex flex-wrap items-center gap-3">
          {t("windows.nextWindow")}: <strong>{d.next.label}</strong> <DeadlineTag next={d.next} />
          <span className="basis-full">
            <DeadlineRule next={d.next} />
          </span>
        </p>
      ) : (
        <p className="mb-6">{t("windows.unknown")}</p>
      )}
      <ErrorSummary errors={failure?.fieldErrors} formError={failure?.formError} />
      <Form method="post" noValidate>
        <ChoiceField
          type="checkbox"
          name="dueMonths"
          legend={t("windows.dueMonthsLegend")}
          hint={t("windows.dueMonthsHint")}
          options={MONTHS.map((m) => ({ value: String(m), label: monthName(m) }))}
          checked={ticked}
          errors={failure?.fieldErrors}
        />
        <Button>{t("windows.saveSchedule")}</Button>
      </Form>
    </>
  );
}
