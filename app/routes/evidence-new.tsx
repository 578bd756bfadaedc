import { Form, Link, redirect, useActionData, useLoaderData } from "react-router";
import { getCharter } from "../../src/core/charters/get-charter.server";
import { createEvidence } from "../../src/core/evidence/create-evidence.server";
import { evidenceInstitution } from "../../src/core/evidence/evidence-access.server";
import { EVIDENCE_KINDS, type EvidenceKind } from "../../src/core/evidence/evidence-types";
import { EvidenceFields } from "../components/evidence-ui";
import { Button, ChoiceField, ErrorSummary } from "../components/forms";
import { BackLink } from "../components/plan-ui";
import { PageHeading } from "../components/ui";
import { t as translate, useT } from "../i18n/i18n";
import { requestContext } from "../lib/context.server";
import { pageError } from "../lib/errors.server";
import { EVIDENCE_ADDERS } from "../lib/evidence-fixtures";
import { consentInput } from "../lib/evidence-forms";
import {
  type EvidenceFormFailure,
  handleEvidenceForm,
  type MoreSessions,
} from "../lib/evidence-forms.server";
import type { RouteAccess } from "../lib/route-access";
import type { Route } from "./+types/evidence-new";

export const access: RouteAccess = {
  kind: "page",
  requests: [
    { method: "GET", params: (h) => ({ slug: h.slug }), allow: EVIDENCE_ADDERS },
    {
      method: "POST",
      params: (h) => ({ slug: h.slug }),
      body: (h) => ({ kind: "document", title: `Policy ${h.unique()}`, heldBy: "The HR office" }),
      allow: EVIDENCE_ADDERS,
    },
  ],
};

export const meta = () => [{ title: `${translate("evidence.newTitle")} – ${translate("layout.product")}` }];

const isKind = (k: string | null): k is EvidenceKind => EVIDENCE_KINDS.includes(k as EvidenceKind);

export async function loader({ request, params }: Route.LoaderArgs) {
  const { ctx } = await requestContext(request);
  const search = new URL(request.url).searchParams;
  const asked = search.get("kind");
  try {
    const institution = await evidenceInstitution(ctx, params.slug, "evidence.add");
    const charter = await getCharter(ctx);
    return {
      institution: { name: institution.name, slug: institution.slug },
      pillars: charter.pillars,
      kind: isKind(asked) ? asked : null,
      // "Continue" with no kind chosen sends only the form's hidden step.
      kindMissing: search.has("step") && !isKind(asked),
    };
  } catch (error) {
    pageError(error, request);
  }
}

export async function action({ request, params }: Route.ActionArgs) {
  const { ctx } = await requestContext(request);
  return handleEvidenceForm(request, async ({ form, file, input }) => {
    const created = await createEvidence(ctx, params.slug, input, { file, consent: consentInput(form) });
    return redirect(`/i/${params.slug}/evidence/${created.id}?done=added`);
  });
}

type Result = EvidenceFormFailure | MoreSessions;

export default function NewEvidence() {
  const t = useT();
  const { institution: i, pillars, kind, kindMissing } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as Result | undefined;
  const failure = result && "ok" in result ? result : undefined;
  const state = { values: result?.values ?? {}, lists: result?.lists ?? {} };
  return (
    <>
      <BackLink to={`/i/${i.slug}/evidence`}>{t("evidence.back")}</BackLink>
      <PageHeading caption={i.name}>
        {kind
          ? t("evidence.newKindTitle", { kind: t(`evidence.kindsLower.${kind}`) })
          : t("evidence.newTitle")}
      </PageHeading>
      {!kind ? (
        <>
          <ErrorSummary errors={kindMissing ? { kind: [t("evidence.chooseKind")] } : undefined} />
          <Form method="get" noValidate>
            <input type="hidden" name="step" value="kind" />
            <ChoiceField
              type="radio"
              name="kind"
              legend={t("evidence.kindQuestion")}
              errors={kindMissing ? { kind: [t("evidence.chooseKind")] } : undefined}
              checked={[]}
              options={EVIDENCE_KINDS.map((k) => ({
                value: k,
                label: t(`evidence.kinds.${k}`),
                hint: t(`evidence.kindHints.${k}`),
              }))}
            />
            <Button>{t("evidence.continue")}</Button>
          </Form>
        </>
      ) : (
        <>
          <p className="mb-6">
            <Link to={`/i/${i.slug}/evidence/new`}>{t("evidence.changeKind")}</Link>
          </p>
          <ErrorSummary errors={failure?.fieldErrors} formError={failure?.formError} />
          <Form method="post" encType="multipart/form-data" noValidate>
            <EvidenceFields kind={kind} state={state} errors={failure?.fieldErrors} pillars={pillars} isNew />
            <Button>{t("evidence.create")}</Button>
          </Form>
        </>
      )}
    </>
  );
}
