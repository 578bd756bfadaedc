import { Form, Link, redirect, useActionData, useLoaderData, useSearchParams } from "react-router";
import { freezeSubmission } from "../../src/core/submissions/freeze-submission.server";
import { getSubmission } from "../../src/core/submissions/get-submission.server";
import { shortFingerprint } from "../../src/core/submissions/submission-rules";
import { submitSubmission } from "../../src/core/submissions/submit-submission.server";
import { DeadlineTag } from "../components/deadline-ui";
import { Button, ErrorSummary } from "../components/forms";
import { BackLink, ButtonLink } from "../components/plan-ui";
import { SignatureList, StateTag, TaskTag } from "../components/submission-ui";
import { PageHeading, Panel, SummaryList } from "../components/ui";
import { t as translate, useT } from "../i18n/i18n";
import { requestContext } from "../lib/context.server";
import { type FormFailure, formFailure, pageError } from "../lib/errors.server";
import { formatDate, formatDateTime } from "../lib/format";
import { LEAD_OWN, MEMBERS_OWN, type RouteAccess } from "../lib/route-access";
import type { Route } from "./+types/submission";

export const access: RouteAccess = {
  kind: "page",
  requests: [
    {
      method: "GET",
      params: async (h) => ({ slug: h.slug, submissionId: (await h.newSubmission()).submissionId }),
      allow: MEMBERS_OWN,
    },
    {
      // The central team reads a submitted submission; drafts stay the institution's.
      method: "GET",
      params: async (h) => ({
        slug: h.slug,
        submissionId: (await h.newSubmission("submitted")).submissionId,
      }),
      allow: [...MEMBERS_OWN, "central"],
    },
    {
      // Freezing is not held back by the readiness check (decision 0012): a fresh draft freezes.
      method: "POST",
      params: async (h) => ({ slug: h.slug, submissionId: (await h.newSubmission()).submissionId }),
      body: () => ({ intent: "freeze" }),
      allow: LEAD_OWN,
    },
  ],
};

export const meta = () => [{ title: `${translate("submission.title")} – ${translate("layout.product")}` }];

export async function loader({ request, params }: Route.LoaderArgs) {
  const { ctx } = await requestContext(request);
  try {
    return await getSubmission(ctx, params.slug, params.submissionId);
  } catch (error) {
    pageError(error, request);
  }
}

export async function action({ request, params }: Route.ActionArgs) {
  const { ctx } = await requestContext(request);
  const form = await request.formData();
  const here = `/i/${params.slug}/submissions/${params.submissionId}`;
  try {
    if (form.get("intent") === "submit") {
      await submitSubmission(ctx, params.slug, params.submissionId, {
        fingerprint: form.get("fingerprint") ?? "",
      });
      return redirect(`${here}?done=submitted`);
    }
    const frozen = await freezeSubmission(ctx, params.slug, params.submissionId);
    return redirect(`${here}?done=frozen&version=${frozen.number}`);
  } catch (error) {
    return formFailure(error, form);
  }
}

export default function Submission() {
  const t = useT();
  const s = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>() as FormFailure | undefined;
  const [search] = useSearchParams();
  const done = search.get("done");
  const base = `/i/${s.institution.slug}/submissions/${s.submission.id}`;
  const required = s.tasks.filter((x) => x.required);
  return (
    <>
      <BackLink to={`/i/${s.institution.slug}/submissions`}>{t("submission.backToList")}</BackLink>
      <PageHeading caption={s.institution.name}>
        {t("submission.heading", { template: s.template.name, window: s.window.label })}
      </PageHeading>
      <p className="-mt-3 mb-6 flex flex-wrap items-center gap-2">
        <StateTag state={s.submission.state} />
        {s.submission.state !== "submitted" && <DeadlineTag next={s.window} />}
      </p>
      {done === "frozen" && (
        <Panel title={t("submission.frozenTitle", { number: search.get("version") })}>
          {t("submission.frozenBody")}
        </Panel>
      )}
      {done === "submitted" && (
        <Panel title={t("submission.submittedTitle")}>{t("submission.submittedBody")}</Panel>
      )}
      <ErrorSummary errors={failure?.fieldErrors} formError={failure?.formError} />
      <SummaryList
        rows={[
          { key: t("submission.window"), value: s.window.label },
          {
            key: t("submission.template"),
            value: (
              <>
                {t("submission.templateVersion", { name: s.template.name, number: s.template.number })}
                {!s.template.verified && (
                  <span className="block text-slate-700">{t("submission.unverified")}</span>
                )}
              </>
            ),
          },
          { key: t("submission.contact"), value: s.template.content.contactEmail },
          ...(s.submission.submittedAt
            ? [
                {
                  key: t("submission.submittedAt"),
                  value: t("submission.submittedBy", {
                    when: formatDateTime(s.submission.submittedAt),
                    name: s.submittedByName ?? t("submission.someone"),
                  }),
                },
              ]
            : []),
        ]}
      />

      <h2 className="mb-2 text-2xl font-bold">{t("submission.tasksTitle")}</h2>
      <p className="mb-4">
        {t("submission.tasksProgress", {
          done: s.completeCount,
          count: s.tasks.length,
          required: required.length,
        })}
      </p>
      <ul className="mb-8 max-w-3xl border-t border-slate-300">
        {s.tasks.map((task) => (
          <li
            key={task.key}
            className="flex flex-wrap items-start justify-between gap-2 border-b border-slate-300 py-3"
          >
            <div>
              <Link
                to={`${base}/sections/${task.key}`}
                aria-describedby={`task-${task.key}-status`}
                className="font-bold"
              >
                {task.number
                  ? t("submission.questionN", { number: task.number, title: task.title })
                  : task.title}
              </Link>
              {!task.required && <span className="ml-2 text-slate-700">{t("submission.optional")}</span>}
              {task.updatedByName && (
                <p className="text-sm text-slate-700">
                  {t("submission.changedBy", {
                    name: task.updatedByName,
                    when: formatDateTime(task.updatedAt),
                  })}
                </p>
              )}
            </div>
            <TaskTag status={task.status} id={`task-${task.key}-status`} />
          </li>
        ))}
      </ul>

      <h2 className="mb-2 text-2xl font-bold">{t("submission.signOffTitle")}</h2>
      <p className="mb-4 max-w-3xl">{t(`submission.stateHelp.${s.submission.state}`)}</p>
      <div className="mb-8 flex flex-wrap items-start gap-4">
        <ButtonLink to={`${base}/readiness`} variant="secondary">
          {t("submission.checkReadiness")}
        </ButtonLink>
        {s.allowed.freeze && (
          <Form method="post">
            <input type="hidden" name="intent" value="freeze" />
            <Button>{t("submission.freeze")}</Button>
          </Form>
        )}
        {(s.allowed.signLead || s.allowed.signSignatory) && s.current && (
          <ButtonLink to={`${base}/sign`}>{t("submission.signLink")}</ButtonLink>
        )}
        {s.allowed.submit && s.current && (
          <Form method="post">
            <input type="hidden" name="intent" value="submit" />
            <input type="hidden" name="fingerprint" value={s.current.fingerprint} />
            <Button>{t("submission.submit", { email: s.template.content.contactEmail })}</Button>
          </Form>
        )}
      </div>

      {s.versions.length > 0 && (
        <section aria-labelledby="versions-title">
          <h2 id="versions-title" className="mb-2 text-2xl font-bold">
            {t("submission.versionsTitle")}
          </h2>
          <ul className="mb-8 max-w-3xl">
            {s.versions.map((v) => (
              <li key={v.id} className="mb-4 border-l-4 border-slate-400 pl-4">
                <Link to={`${base}/versions/${v.number}`} className="font-bold">
                  {t("submission.versionN", { number: v.number })}
                </Link>{" "}
                {t("submission.frozenOn", {
                  when: formatDate(v.frozenAt),
                  name: v.frozenByName ?? t("submission.someone"),
                })}
                {v.reopenedAt && (
                  <span className="block">
                    {t("submission.reopenedOn", { when: formatDate(v.reopenedAt) })}
                  </span>
                )}
                <span className="block font-mono text-sm">
                  {t("submission.fingerprint")}: {shortFingerprint(v.fingerprint)}
                </span>
                <SignatureList signatures={v.signatures} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
