import { Form, Link, redirect, useActionData, useLoaderData } from "react-router";
import { forbidden } from "../../src/core/errors";
import { deleteEvidence } from "../../src/core/evidence/delete-evidence.server";
import { getEvidence } from "../../src/core/evidence/get-evidence.server";
import { KindTag } from "../components/evidence-ui";
import { Button, ErrorSummary } from "../components/forms";
import { BackLink } from "../components/plan-ui";
import { PageHeading } from "../components/ui";
import { t as translate, useT } from "../i18n/i18n";
import { requestContext } from "../lib/context.server";
import { type FormFailure, formFailure, pageError } from "../lib/errors.server";
import { EVIDENCE_MANAGERS, evidenceOf, itemParams } from "../lib/evidence-fixtures";
import type { RouteAccess } from "../lib/route-access";
import type { Route } from "./+types/evidence-delete";

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
      body: async (h) => ({ expectedVersion: String((await evidenceOf(h)).version) }),
      allow: EVIDENCE_MANAGERS,
    },
  ],
};

export const meta = () => [
  { title: `${translate("evidence.deleteTitle")} – ${translate("layout.product")}` },
];

export async function loader({ request, params }: Route.LoaderArgs) {
  const { ctx } = await requestContext(request);
  try {
    const detail = await getEvidence(ctx, params.slug, params.evidenceId);
    if (!detail.allowed.manage) throw forbidden();
    return {
      institution: detail.institution,
      item: {
        id: detail.item.id,
        title: detail.item.title,
        kind: detail.item.kind,
        version: detail.item.version,
      },
      linkCount: detail.links.length,
    };
  } catch (error) {
    pageError(error, request);
  }
}

export async function action({ request, params }: Route.ActionArgs) {
  const { ctx } = await requestContext(request);
  const form = await request.formData();
  try {
    await deleteEvidence(ctx, params.slug, params.evidenceId, {
      expectedVersion: String(form.get("expectedVersion") ?? ""),
    });
    return redirect(`/i/${params.slug}/evidence?done=deleted`);
  } catch (error) {
    return formFailure(error, form);
  }
}

/** A confirmation step: deleting is done by a second, deliberate press. */
export default function DeleteEvidence() {
  const t = useT();
  const { institution: i, item, linkCount } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>() as FormFailure | undefined;
  const here = `/i/${i.slug}/evidence/${item.id}`;
  return (
    <>
      <BackLink to={here}>{t("evidence.backTo", { title: item.title })}</BackLink>
      <PageHeading caption={item.title}>{t("evidence.deleteQuestion", { title: item.title })}</PageHeading>
      <ErrorSummary formError={failure?.formError} />
      <p className="mb-4 flex flex-wrap items-center gap-2">
        <KindTag kind={item.kind} />
      </p>
      <p className="mb-6 max-w-3xl">{t("evidence.deleteBody", { count: linkCount })}</p>
      <Form method="post" className="flex flex-wrap items-center gap-6">
        <input type="hidden" name="expectedVersion" value={failure?.currentVersion ?? item.version} />
        <Button variant="warning">{t("evidence.deleteSubmit")}</Button>
        <Link to={here}>{t("evidence.cancel")}</Link>
      </Form>
    </>
  );
}
