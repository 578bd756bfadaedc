import { data, Form, Link, useActionData, useLoaderData } from "react-router";
import { createInstitution } from "../../src/core/institutions/create-institution.server";
import { listInstitutions } from "../../src/core/institutions/list-institutions.server";
import { authorize } from "../../src/core/policy";
import { Button, ErrorSummary } from "../components/forms";
import { InstitutionFields, institutionInput } from "../components/institution-fields";
import { PageHeading, Panel, Tag } from "../components/ui";
import { t as translate, useT } from "../i18n/i18n";
import { requestContext } from "../lib/context.server";
import { type FormFailure, formFailure, pageError } from "../lib/errors.server";
import { formatDate } from "../lib/format";
import type { RouteAccess } from "../lib/route-access";
import type { Route } from "./+types/central-institutions";

export const access: RouteAccess = {
  kind: "page",
  requests: [
    { method: "GET", allow: ["central"] },
    {
      method: "POST",
      body: (h) => ({ name: `Institute ${h.unique()}`, slug: `inst-${h.unique()}`, type: "supporter" }),
      allow: ["central"],
    },
  ],
};

export const meta = () => [{ title: `${translate("central.title")} – ${translate("layout.product")}` }];

export async function loader({ request }: Route.LoaderArgs) {
  const { ctx, actor } = await requestContext(request);
  try {
    authorize(actor, "institution.list-all");
    const cursor = new URL(request.url).searchParams.get("cursor") ?? undefined;
    return await listInstitutions(ctx, { cursor, limit: 100 });
  } catch (error) {
    pageError(error, request);
  }
}

export async function action({ request }: Route.ActionArgs) {
  const { ctx } = await requestContext(request);
  const form = await request.formData();
  try {
    const created = await createInstitution(ctx, institutionInput(form));
    return data({ ok: true as const, name: created.name, slug: created.slug });
  } catch (error) {
    return formFailure(error, form);
  }
}

export default function CentralInstitutions() {
  const t = useT();
  const { items, nextCursor } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const failure = result && !result.ok ? (result as FormFailure) : undefined;
  const created = result?.ok ? result : undefined;
  return (
    <>
      <PageHeading caption={t("central.caption")}>{t("central.title")}</PageHeading>
      <p className="mb-6 flex flex-wrap gap-6">
        <Link to="/central/deadlines">{t("windows.centralLink")}</Link>
        <Link to="/central/templates">{t("templates.centralLink")}</Link>
      </p>
      {created && (
        <Panel title={t("central.created", { name: created.name })}>
          <Link to={`/institutions/${created.slug}`}>{t("central.viewCreated")}</Link>
        </Panel>
      )}
      <table className="mb-10 w-full text-left">
        <caption className="mb-2 text-left text-xl font-bold">
          {t("central.tableCaption", { count: items.length })}
        </caption>
        <thead>
          <tr className="border-b-2 border-slate-800">
            <th scope="col" className="py-2 pr-4">
              {t("institution.name")}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t("institution.type")}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t("institution.signingDate")}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t("institution.leadName")}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t("central.members")}
            </th>
            <th scope="col" className="py-2">
              {t("central.pending")}
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((i) => (
            <tr key={i.id} className="border-b border-slate-300">
              <td className="py-2 pr-4">
                <Link to={`/institutions/${i.slug}`}>{i.name}</Link>
                <Link to={`/i/${i.slug}/settings`} className="ml-3 text-sm">
                  {t("institutionHome.editDetails")}
                  <span className="sr-only"> {i.name}</span>
                </Link>
              </td>
              <td className="py-2 pr-4">
                <Tag tone={i.type === "signatory" ? "green" : "grey"}>{t(`institutionTypes.${i.type}`)}</Tag>
              </td>
              <td className="py-2 pr-4">{formatDate(i.signingDate)}</td>
              <td className="py-2 pr-4">{i.leadName}</td>
              <td className="py-2 pr-4">{i.memberCount}</td>
              <td className="py-2">{i.pendingInvitations}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {nextCursor && (
        <p className="mb-8">
          <Link to={`?cursor=${encodeURIComponent(nextCursor)}`}>{t("directory.next")}</Link>
        </p>
      )}
      <h2 className="mb-3 text-2xl font-bold">{t("central.createTitle")}</h2>
      <ErrorSummary errors={failure?.fieldErrors} formError={failure?.formError} />
      <Form method="post" noValidate>
        <InstitutionFields values={failure?.values ?? {}} errors={failure?.fieldErrors} />
        <Button>{t("central.createSubmit")}</Button>
      </Form>
    </>
  );
}
