import { Form, Link, redirect, useActionData, useLoaderData, useSearchParams } from "react-router";
import { deletePastSubmission } from "../../src/core/windows/delete-past-submission.server";
import { getDeadline } from "../../src/core/windows/get-deadline.server";
import { listPastSubmissions } from "../../src/core/windows/list-past-submissions.server";
import { recordPastSubmission } from "../../src/core/windows/record-past-submission.server";
import { SUBMISSION_STAGES } from "../../src/core/windows/windows";
import { DeadlineSummary } from "../components/deadline-ui";
import { ACCEPTED_FILES, formatBytes } from "../components/evidence-ui";
import { Button, ChoiceField, ErrorSummary, Field, TextAreaField, TextField } from "../components/forms";
import { BackLink } from "../components/plan-ui";
import { PageHeading, Panel } from "../components/ui";
import { t as translate, useT } from "../i18n/i18n";
import { requestContext } from "../lib/context.server";
import { type FormFailure, formFailure, pageError } from "../lib/errors.server";
import { tooLargeFailure } from "../lib/evidence-forms.server";
import { readEvidenceForm } from "../lib/evidence-upload.server";
import { formatDate } from "../lib/format";
import { LEAD_OWN, MEMBERS_OWN, type RouteAccess } from "../lib/route-access";
import type { Route } from "./+types/submissions-history";

export const access: RouteAccess = {
  kind: "page",
  requests: [
    { method: "GET", params: (h) => ({ slug: h.slug }), allow: MEMBERS_OWN },
    {
      method: "POST",
      params: (h) => ({ slug: h.slug }),
      body: () => ({ intent: "record", stage: "stage-2", submittedOn: "2021-01-15", note: "Isolation test" }),
      allow: LEAD_OWN,
    },
  ],
};

export const meta = () => [
  { title: `${translate("windows.historyTitle")} – ${translate("layout.product")}` },
];

export async function loader({ request, params }: Route.LoaderArgs) {
  const { ctx } = await requestContext(request);
  try {
    const [history, deadline] = await Promise.all([
      listPastSubmissions(ctx, params.slug),
      getDeadline(ctx, params.slug),
    ]);
    return { history, deadline };
  } catch (error) {
    pageError(error, request);
  }
}

export async function action({ request, params }: Route.ActionArgs) {
  const { ctx } = await requestContext(request);
  const read = await readEvidenceForm(request);
  if ("tooLarge" in read) return tooLargeFailure();
  const { form, file } = read;
  const here = `/i/${params.slug}/submissions/history`;
  try {
    if (form.get("intent") === "delete") {
      await deletePastSubmission(ctx, params.slug, String(form.get("id") ?? ""), {
        expectedVersion: form.get("version"),
      });
      return redirect(`${here}?done=removed`);
    }
    await recordPastSubmission(
      ctx,
      params.slug,
      {
        stage: form.get("stage") ?? "",
        submittedOn: form.get("submittedOn") ?? "",
        note: form.get("note") ?? "",
      },
      { file },
    );
    return redirect(`${here}?done=recorded`);
  } catch (error) {
    const failure = formFailure(error, form);
    // A browser never refills a file input: say to choose it again.
    if (file) failure.data.formError = `${failure.data.formError} ${translate("evidence.chooseAgain")}`;
    return failure;
  }
}

const DONE = ["recorded", "removed"] as const;

export default function SubmissionsHistory() {
  const t = useT();
  const { history, deadline } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>() as FormFailure | undefined;
  const [search] = useSearchParams();
  const done = DONE.find((d) => d === search.get("done"));
  const i = deadline.institution;
  const values = failure?.values ?? {};
  return (
    <>
      <BackLink to={`/i/${i.slug}`}>{t("windows.back")}</BackLink>
      <PageHeading caption={i.name}>{t("windows.historyTitle")}</PageHeading>
      {done && <Panel title={t(`windows.${done}`)}>{null}</Panel>}
      <p className="mb-6 max-w-3xl">{t("windows.historyIntro")}</p>
      <DeadlineSummary deadline={deadline} />
      {history.items.length === 0 ? (
        <p className="my-6">{t("windows.none")}</p>
      ) : (
        <table className="my-8 w-full text-left">
          <caption className="mb-2 text-left text-xl font-bold">
            {t("windows.tableCaption", { count: history.items.length })}
          </caption>
          <thead>
            <tr className="border-b-2 border-slate-800">
              <th scope="col" className="py-2 pr-4">
                {t("windows.submittedOn")}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t("windows.stage")}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t("windows.file")}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t("windows.note")}
              </th>
              {history.allowed.manage && <td />}
            </tr>
          </thead>
          <tbody>
            {history.items.map((h) => (
              <tr key={h.id} className="border-b border-slate-300 align-top">
                <td className="py-2 pr-4">{formatDate(h.submittedOn)}</td>
                <td className="py-2 pr-4">{t(`windows.stages.${h.stage}`)}</td>
                <td className="py-2 pr-4">
                  {h.file && h.evidenceId ? (
                    <>
                      <Link to={`/i/${i.slug}/evidence/${h.evidenceId}/file`} reloadDocument>
                        {t("windows.download", { name: h.file.fileName })}
                      </Link>{" "}
                      ({formatBytes(h.file.sizeBytes)})
                    </>
                  ) : (
                    t("windows.noFile")
                  )}
                </td>
                <td className="py-2 pr-4">{h.note}</td>
                {history.allowed.manage && (
                  <td className="py-2">
                    <Form method="post">
                      <input type="hidden" name="intent" value="delete" />
                      <input type="hidden" name="id" value={h.id} />
                      <input type="hidden" name="version" value={h.version} />
                      <Button variant="secondary">
                        {t("windows.remove")}
                        <span className="sr-only">
                          {" "}
                          {t("windows.removeHidden", { date: formatDate(h.submittedOn) })}
                        </span>
                      </Button>
                    </Form>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {history.allowed.manage && (
        <section aria-labelledby="record-title">
          <h2 id="record-title" className="mb-3 text-2xl font-bold">
            {t("windows.recordTitle")}
          </h2>
          <ErrorSummary errors={failure?.fieldErrors} formError={failure?.formError} />
          <Form method="post" encType="multipart/form-data" noValidate>
            <input type="hidden" name="intent" value="record" />
            <ChoiceField
              type="radio"
              name="stage"
              legend={t("windows.stageQuestion")}
              errors={failure?.fieldErrors}
              checked={values.stage ? [values.stage] : []}
              options={SUBMISSION_STAGES.map((s) => ({ value: s, label: t(`windows.stages.${s}`) }))}
            />
            <TextField
              name="submittedOn"
              type="date"
              label={t("windows.submittedOn")}
              hint={t("windows.submittedOnHint")}
              errors={failure?.fieldErrors}
              defaultValue={values.submittedOn}
            />
            <Field
              name="file"
              label={t("windows.fileLabel")}
              hint={t("windows.fileHint")}
              errors={failure?.fieldErrors}
            >
              {(a) => (
                <input
                  {...a}
                  type="file"
                  name="file"
                  accept={ACCEPTED_FILES}
                  className="mt-1 block max-w-xl"
                />
              )}
            </Field>
            <TextAreaField
              name="note"
              label={t("windows.note")}
              hint={t("windows.noteHint")}
              errors={failure?.fieldErrors}
              defaultValue={values.note}
            />
            <Button>{t("windows.record")}</Button>
          </Form>
        </section>
      )}
    </>
  );
}
