import { Form, redirect, useActionData, useLoaderData } from "react-router";
import { getCharter } from "../../src/core/charters/get-charter.server";
import { forbidden } from "../../src/core/errors";
import { getEvidence } from "../../src/core/evidence/get-evidence.server";
import { updateEvidence } from "../../src/core/evidence/update-evidence.server";
import { EvidenceFields, EvidenceStale } from "../components/evidence-ui";
import { Button, ErrorSummary } from "../components/forms";
import { BackLink } from "../components/plan-ui";
import { PageHeading } from "../components/ui";
import { t as translate, useT } from "../i18n/i18n";
import { requestContext } from "../lib/context.server";
import { pageError } from "../lib/errors.server";
import { EVIDENCE_MANAGERS, evidenceOf, itemParams } from "../lib/evidence-fixtures";
import { evidenceFormState } from "../lib/evidence-forms";
import {
  type EvidenceFormFailure,
  handleEvidenceForm,
  type MoreSessions,
} from "../lib/evidence-forms.server";
import type { RouteAccess } from "../lib/route-access";
import type { Route } from "./+types/evidence-edit";

export const access: RouteAccess = {
  kind: "page",
  requests: [
    {
      method: "GET",
      params: itemParams(),
      allow: EVIDENCE_MANAGERS,
    },
    {
      method: "POST",
      params: itemParams(),
      body: async (h) => ({
        title: `Edited ${h.unique()}`,
        expectedVersion: String((await evidenceOf(h)).version),
      }),
      allow: EVIDENCE_MANAGERS,
    },
  ],
};

export const meta = () => [{ title: `${translate("evidence.editTitle")} – ${translate("layout.product")}` }];

export async function loader({ request, params }: Route.LoaderArgs) {
  const { ctx } = await requestContext(request);
  try {
    const detail = await getEvidence(ctx, params.slug, params.evidenceId);
    if (!detail.allowed.manage) throw forbidden();
    const charter = await getCharter(ctx);
    return {
      institution: detail.institution,
      item: detail.item,
      fileName: detail.file?.fileName,
      pillars: charter.pillars,
    };
  } catch (error) {
    pageError(error, request);
  }
}

export async function action({ request, params }: Route.ActionArgs) {
  const { ctx } = await requestContext(request);
  return handleEvidenceForm(request, async ({ form, file, input }) => {
    const expectedVersion = String(form.get("expectedVersion") ?? "");
    await updateEvidence(ctx, params.slug, params.evidenceId, { ...input, expectedVersion }, { file });
    return redirect(`/i/${params.slug}/evidence/${params.evidenceId}?done=updated`);
  });
}

export default function EditEvidence() {
  const t = useT();
  const { institution: i, item, fileName, pillars } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as EvidenceFormFailure | MoreSessions | undefined;
  const failure = result && "ok" in result ? result : undefined;
  const current =
    failure?.code === "STALE" ? (failure.current as Parameters<typeof evidenceFormState>[0]) : null;
  const state = result ? { values: result.values, lists: result.lists } : evidenceFormState(item);
  // On a stale save the form keeps what this person typed but carries the new version, so
  // saving again is a deliberate choice made with the other change in view.
  const version = current ? failure?.currentVersion : item.version;
  return (
    <>
      <BackLink to={`/i/${i.slug}/evidence/${item.id}`}>
        {t("evidence.backTo", { title: item.title })}
      </BackLink>
      <PageHeading caption={item.title}>{t("evidence.editTitle")}</PageHeading>
      <ErrorSummary errors={failure?.fieldErrors} formError={failure?.formError} />
      {current && <EvidenceStale yours={state} theirs={evidenceFormState(current)} pillars={pillars} />}
      <Form method="post" encType="multipart/form-data" noValidate>
        <input type="hidden" name="expectedVersion" value={version} />
        <EvidenceFields
          kind={item.kind}
          state={state}
          errors={failure?.fieldErrors}
          pillars={pillars}
          isNew={false}
          fileName={fileName}
        />
        <Button>{current ? t("evidence.saveAnyway") : t("evidence.save")}</Button>
      </Form>
    </>
  );
}
