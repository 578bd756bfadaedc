import { Form, Link, redirect, useActionData, useLoaderData } from "react-router";
import { listSubmissions } from "../../src/core/submissions/list-submissions.server";
import { startSubmission } from "../../src/core/submissions/start-submission.server";
import { TEMPLATE_KEYS } from "../../src/core/templates/template-types";
import { getDeadline } from "../../src/core/windows/get-deadline.server";
import { DeadlineSummary } from "../components/deadline-ui";
import { Button, ChoiceField, ErrorSummary, TextField } from "../components/forms";
import { BackLink } from "../components/plan-ui";
import { StateTag } from "../components/submission-ui";
import { PageHeading } from "../components/ui";
import { t as translate, useT } from "../i18n/i18n";
import { requestContext } from "../lib/context.server";
import { type FormFailure, formFailure, pageError } from "../lib/errors.server";
import { formatDateTime } from "../lib/format";
import { MEMBERS_OWN, type RouteAccess } from "../lib/route-access";
import type { Route } from "./+types/submissions";

export const access: RouteAccess = {
  kind: "page",
  requests: [
    // The central team sees the institution's submitted submissions (and never its drafts).
    { method: "GET", params: (h) => ({ slug: h.slug }), allow: [...MEMBERS_OWN, "central"] },
    {
      method: "POST",
      params: (h) => ({ slug: h.slug }),
      // A window far ahead that no submission uses yet: one per window.
      body: (h) => ({ windowCloses: h.freshWindow() }),
      allow: ["lead:own", "editor:own"],
    },
  ],
};

export const meta = () => [
  { title: `${translate("submission.listTitle")} – ${translate("layout.product")}` },
];

export async function loader({ request, params }: Route.LoaderArgs) {
  const { ctx } = await requestContext(request);
  try {
    const [list, deadline] = await Promise.all([
      listSubmissions(ctx, params.slug),
      getDeadline(ctx, params.slug),
    ]);
    return { list, deadline };
  } catch (error) {
    pageError(error, request);
  }
}

export async function action({ request, params }: Route.ActionArgs) {
  const { ctx } = await requestContext(request);
  const form = await request.formData();
  try {
    const { id } = await startSubmission(ctx, params.slug, {
      windowCloses: form.get("windowCloses") ?? "",
      templateKey: form.get("templateKey") ?? "",
    });
    return redirect(`/i/${params.slug}/submissions/${id}`);
  } catch (error) {
    return formFailure(error, form);
  }
}

export default function Submissions() {
  const t = useT();
  const { list, deadline } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>() as FormFailure | undefined;
  const i = deadline.institution;
  const values = failure?.values ?? {};
  const next = deadline.next;
  const hasNext = Boolean(next && list.items.some((s) => s.windowCloses === next.closesOn));
  return (
    <>
      <BackLink to={`/i/${i.slug}`}>{t("windows.back")}</BackLink>
      <PageHeading caption={i.name}>{t("submission.listTitle")}</PageHeading>
      <p className="mb-6 max-w-3xl">{t("submission.listIntro")}</p>
      <DeadlineSummary deadline={deadline} />
      <p className="mb-8">
        <Link to={`/i/${i.slug}/submissions/history`}>{t("submission.historyLink")}</Link>
      </p>
      {list.items.length === 0 ? (
        <p className="mb-8">{t("submission.none")}</p>
      ) : (
        <table className="mb-10 w-full text-left">
          <caption className="mb-2 text-left text-xl font-bold">
            {t("submission.tableCaption", { count: list.items.length })}
          </caption>
          <thead>
            <tr className="border-b-2 border-slate-800">
              <th scope="col" className="py-2 pr-4">
                {t("submission.window")}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t("submission.template")}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t("submission.state")}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t("submission.lastChanged")}
              </th>
            </tr>
          </thead>
          <tbody>
            {list.items.map((s) => (
              <tr key={s.id} className="border-b border-slate-300 align-top">
                <th scope="row" className="py-2 pr-4 font-normal">
                  <Link to={`/i/${i.slug}/submissions/${s.id}`}>
                    {t("submission.windowLink", { label: s.windowLabel })}
                  </Link>
                </th>
                <td className="py-2 pr-4">
                  {t("submission.templateVersion", { name: s.templateName, number: s.templateVersion })}
                </td>
                <td className="py-2 pr-4">
                  <StateTag state={s.state} />
                  {s.latestVersion > 0 && (
                    <span className="ml-2">{t("submission.versionN", { number: s.latestVersion })}</span>
                  )}
                </td>
                <td className="py-2 pr-4">{formatDateTime(s.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {list.allowed.start && (
        <section aria-labelledby="start-title" className="max-w-3xl">
          <h2 id="start-title" className="mb-3 text-2xl font-bold">
            {t("submission.startTitle")}
          </h2>
          <ErrorSummary errors={failure?.fieldErrors} formError={failure?.formError} />
          <Form method="post" noValidate>
            <TextField
              name="windowCloses"
              type="date"
              label={t("submission.windowLabel")}
              hint={
                next && !hasNext
                  ? t("submission.windowHintNext", { label: next.label })
                  : t("submission.windowHint")
              }
              errors={failure?.fieldErrors}
              defaultValue={values.windowCloses ?? (next && !hasNext ? next.closesOn : "")}
            />
            <ChoiceField
              type="radio"
              name="templateKey"
              legend={t("submission.templateQuestion")}
              hint={t("submission.templateHint")}
              errors={failure?.fieldErrors}
              checked={values.templateKey ? [values.templateKey] : [""]}
              options={[
                { value: "", label: t("submission.templateAuto") },
                ...TEMPLATE_KEYS.map((k) => ({ value: k, label: t(`submission.templates.${k}`) })),
              ]}
            />
            <Button>{t("submission.start")}</Button>
          </Form>
        </section>
      )}
    </>
  );
}
