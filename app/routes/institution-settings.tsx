import { Form, Link, redirect, useActionData, useLoaderData } from "react-router";
import { updateInstitution } from "../../src/core/institutions/update-institution.server";
import { institutionFor } from "../../src/core/people/institution-for.server";
import { Button, ErrorSummary } from "../components/forms";
import {
  INSTITUTION_FORM_FIELDS,
  InstitutionFields,
  institutionInput,
} from "../components/institution-fields";
import { PageHeading } from "../components/ui";
import { t as translate, useT } from "../i18n/i18n";
import { requestContext } from "../lib/context.server";
import { type FormFailure, formFailure, pageError } from "../lib/errors.server";
import type { RouteAccess } from "../lib/route-access";
import type { Route } from "./+types/institution-settings";

export const access: RouteAccess = {
  kind: "page",
  requests: [
    { method: "GET", params: (h) => ({ slug: h.slug }), allow: ["lead:own", "central"] },
    {
      method: "POST",
      params: (h) => ({ slug: h.slug }),
      body: async (h) => ({
        name: "University of Birmingham",
        slug: h.slug,
        type: "signatory",
        contactName: `Contact ${h.unique()}`,
        version: String(await h.institutionVersion()),
      }),
      allow: ["lead:own", "central"],
    },
  ],
};

export const meta = () => [{ title: `${translate("settings.title")} – ${translate("layout.product")}` }];

export async function loader({ request, params }: Route.LoaderArgs) {
  const { ctx } = await requestContext(request);
  try {
    return { institution: await institutionFor(ctx, params.slug, "institution.update") };
  } catch (error) {
    pageError(error, request);
  }
}

export async function action({ request, params }: Route.ActionArgs) {
  const { ctx, actor } = await requestContext(request);
  const form = await request.formData();
  try {
    const updated = await updateInstitution(ctx, params.slug, {
      ...institutionInput(form),
      expectedVersion: String(form.get("version") ?? "") as never,
    });
    // The central team edits institutions it is not a member of: it goes back to the public page.
    const member = actor.kind === "user" && actor.memberships[updated.id];
    return redirect(member ? `/i/${updated.slug}` : `/institutions/${updated.slug}`);
  } catch (error) {
    return formFailure(error, form);
  }
}

export default function Settings() {
  const t = useT();
  const { institution } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>() as FormFailure | undefined;
  const stale = failure?.code === "STALE" ? (failure.current as Record<string, string | null>) : null;
  // On a stale write the form keeps what this person typed but carries the new version, so
  // saving again is a deliberate choice made with the other change in view.
  const version = stale ? failure?.currentVersion : institution.version;
  const values: Record<string, string | null> = failure
    ? failure.values
    : Object.fromEntries(INSTITUTION_FORM_FIELDS.map((f) => [f, institution[f]]));
  return (
    <>
      <p className="mb-4">
        {institution.myRole ? (
          <Link to={`/i/${institution.slug}`}>{t("members.back", { name: institution.name })}</Link>
        ) : (
          <Link to="/central/institutions">{t("settings.backCentral")}</Link>
        )}
      </p>
      <PageHeading caption={institution.name}>{t("settings.title")}</PageHeading>
      <ErrorSummary errors={failure?.fieldErrors} formError={failure?.formError} />
      {stale && (
        <section aria-labelledby="stale-title" className="mb-8 border-4 border-yellow-500 p-4">
          <h2 id="stale-title" className="text-xl font-bold">
            {t("settings.staleTitle")}
          </h2>
          <p className="my-2">{t("settings.staleIntro")}</p>
          <table className="w-full text-left">
            <caption className="sr-only">{t("settings.staleTitle")}</caption>
            <thead>
              <tr className="border-b-2 border-slate-800">
                <th scope="col" className="py-1 pr-4">
                  {t("settings.field")}
                </th>
                <th scope="col" className="py-1 pr-4">
                  {t("settings.yours")}
                </th>
                <th scope="col" className="py-1">
                  {t("settings.theirs")}
                </th>
              </tr>
            </thead>
            <tbody>
              {INSTITUTION_FORM_FIELDS.filter((f) => (failure?.values[f] ?? "") !== (stale[f] ?? "")).map(
                (f) => (
                  <tr key={f} className="border-b border-slate-300">
                    <th scope="row" className="py-1 pr-4">
                      {t(`institution.${f}`)}
                    </th>
                    <td className="py-1 pr-4">{failure?.values[f]}</td>
                    <td className="py-1">{stale[f]}</td>
                  </tr>
                ),
              )}
            </tbody>
          </table>
        </section>
      )}
      <Form method="post" noValidate>
        <input type="hidden" name="version" value={version} />
        <InstitutionFields values={values} errors={failure?.fieldErrors} />
        <Button>{stale ? t("settings.saveAnyway") : t("settings.save")}</Button>
      </Form>
    </>
  );
}
