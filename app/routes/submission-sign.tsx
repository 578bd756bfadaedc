import { Form, Link, redirect, useActionData, useLoaderData } from "react-router";
import { todayInLondon } from "../../src/core/plans/today";
import { getSubmission } from "../../src/core/submissions/get-submission.server";
import { signSubmission } from "../../src/core/submissions/sign-submission.server";
import { BLOCK_LABELS, shortFingerprint } from "../../src/core/submissions/submission-rules";
import { Button, ChoiceField, ErrorSummary, TextField } from "../components/forms";
import { BackLink } from "../components/plan-ui";
import { SignatureList } from "../components/submission-ui";
import { PageHeading } from "../components/ui";
import { t as translate, useT } from "../i18n/i18n";
import { requestContext } from "../lib/context.server";
import { type FormFailure, formFailure, pageError } from "../lib/errors.server";
import { MEMBERS_OWN, type RouteAccess, readySubmissionOf } from "../lib/route-access";
import type { Route } from "./+types/submission-sign";

export const access: RouteAccess = {
  kind: "page",
  requests: [
    {
      method: "GET",
      params: async (h) => ({ slug: h.slug, submissionId: (await h.newSubmission()).submissionId }),
      allow: MEMBERS_OWN,
    },
    {
      // The lead's block of a fresh frozen version; the signatory's block needs the signatory.
      method: "POST",
      params: async (h) => ({ slug: h.slug, submissionId: (await readySubmissionOf(h)).submissionId }),
      body: async (h) => ({
        block: "lead",
        typedName: "A Person",
        role: "Lead",
        signedOn: new Date().toISOString().slice(0, 10),
        fingerprint: (await readySubmissionOf(h)).fingerprint,
      }),
      allow: ["lead:own"],
    },
  ],
};

export const meta = () => [
  { title: `${translate("submission.signTitle")} – ${translate("layout.product")}` },
];

export async function loader({ request, params }: Route.LoaderArgs) {
  const { ctx, actor } = await requestContext(request);
  try {
    const s = await getSubmission(ctx, params.slug, params.submissionId);
    return { s, me: actor.kind === "user" ? actor.name : "", today: todayInLondon() };
  } catch (error) {
    pageError(error, request);
  }
}

export async function action({ request, params }: Route.ActionArgs) {
  const { ctx } = await requestContext(request);
  const form = await request.formData();
  try {
    const { state } = await signSubmission(ctx, params.slug, params.submissionId, {
      block: form.get("block") ?? "",
      typedName: form.get("typedName") ?? "",
      role: form.get("role") ?? "",
      signedOn: form.get("signedOn") ?? "",
      fingerprint: form.get("fingerprint") ?? "",
    });
    return redirect(
      `/i/${params.slug}/submissions/${params.submissionId}?done=${state === "signed" ? "signed" : "signed-one"}`,
    );
  } catch (error) {
    return formFailure(error, form);
  }
}

export default function SubmissionSign() {
  const t = useT();
  const { s, me, today } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>() as FormFailure | undefined;
  const values = failure?.values ?? {};
  const base = `/i/${s.institution.slug}/submissions/${s.submission.id}`;
  const current = s.current;
  const signed = new Set(current?.signatures.map((x) => x.block) ?? []);
  const blocks = (["lead", "signatory"] as const).filter(
    (b) => !signed.has(b) && (b === "lead" ? s.allowed.signLead : s.allowed.signSignatory),
  );
  return (
    <>
      <BackLink to={base}>{t("submission.backToSubmission")}</BackLink>
      <PageHeading caption={s.institution.name}>{t("submission.signTitle")}</PageHeading>
      {!current || s.submission.state !== "ready" ? (
        <p className="mb-8 max-w-3xl">{t("submission.nothingToSign")}</p>
      ) : (
        <>
          <p className="mb-4 max-w-3xl">
            {t("submission.signIntro", { number: current.number, window: s.window.label })}{" "}
            <Link to={`${base}/versions/${current.number}`}>
              {t("submission.readVersion", { number: current.number })}
            </Link>
          </p>
          <p className="mb-4 font-mono">
            {t("submission.fingerprint")}: {shortFingerprint(current.fingerprint)}
          </p>
          <SignatureList signatures={current.signatures} />
          {blocks.length === 0 ? (
            <p className="my-8 max-w-3xl">{t("submission.noBlockForYou")}</p>
          ) : (
            <section className="mt-8 max-w-3xl">
              <ErrorSummary errors={failure?.fieldErrors} formError={failure?.formError} />
              <Form method="post" noValidate>
                <input type="hidden" name="fingerprint" value={current.fingerprint} />
                <ChoiceField
                  type="radio"
                  name="block"
                  legend={t("submission.blockQuestion")}
                  errors={failure?.fieldErrors}
                  checked={[values.block ?? blocks[0] ?? ""]}
                  options={blocks.map((b) => ({ value: b, label: BLOCK_LABELS[b] }))}
                />
                <TextField
                  name="typedName"
                  label={t("submission.typedName")}
                  hint={t("submission.typedNameHint")}
                  errors={failure?.fieldErrors}
                  defaultValue={values.typedName ?? me}
                  autoComplete="name"
                />
                <TextField
                  name="role"
                  label={t("submission.role")}
                  hint={t("submission.roleHint")}
                  errors={failure?.fieldErrors}
                  defaultValue={values.role}
                  autoComplete="organization-title"
                />
                <TextField
                  name="signedOn"
                  type="date"
                  label={t("submission.signedOn")}
                  errors={failure?.fieldErrors}
                  defaultValue={values.signedOn ?? today}
                />
                <p className="mb-4 max-w-3xl">{t("submission.signDeclaration")}</p>
                <Button>{t("submission.signButton")}</Button>
              </Form>
            </section>
          )}
        </>
      )}
    </>
  );
}
