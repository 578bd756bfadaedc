import { data, Form, redirect, useActionData, useLoaderData } from "react-router";
import { AppError } from "../../src/core/errors";
import { authorize } from "../../src/core/policy";
import { getTemplateVersion } from "../../src/core/templates/get-template-version.server";
import {
  applyIntent,
  comparableFields,
  comparedFieldNames,
  contentFromForm,
  formEntries,
  formFromContent,
  formFromEntries,
  parseIntent,
  type TemplateForm,
} from "../../src/core/templates/template-form";
import type { TemplateContent } from "../../src/core/templates/template-types";
import { updateDraftVersion } from "../../src/core/templates/update-draft-version.server";
import { Button, ErrorSummary } from "../components/forms";
import { BackLink, StaleComparison } from "../components/plan-ui";
import { TemplateEditorFields } from "../components/template-editor";
import { PageHeading } from "../components/ui";
import { t as translate, useT } from "../i18n/i18n";
import { requestContext } from "../lib/context.server";
import { type FormFailure, formFailure, pageError } from "../lib/errors.server";
import type { FixtureHelpers, RouteAccess } from "../lib/route-access";
import type { Route } from "./+types/central-template-edit";

const draftParams = async (h: FixtureHelpers) => ({
  key: "stage-3",
  number: String((await h.templateDraft("stage-3")).number),
});

export const access: RouteAccess = {
  kind: "page",
  requests: [
    { method: "GET", params: draftParams, allow: ["central"] },
    {
      method: "POST",
      params: draftParams,
      body: async (h) => {
        const draft = await h.templateDraft("stage-3");
        return {
          ...Object.fromEntries(formEntries(formFromContent(draft.content))),
          expectedVersion: String(draft.version),
          intent: "save",
        };
      },
      allow: ["central"],
    },
  ],
};

export const meta = () => [{ title: `${translate("templates.editTitle")} – ${translate("layout.product")}` }];

export async function loader({ request, params }: Route.LoaderArgs) {
  const { ctx, actor } = await requestContext(request);
  try {
    authorize(actor, "template.edit");
    const version = await getTemplateVersion(ctx, params.key, params.number);
    if (version.status !== "draft") throw new AppError("CONFLICT", translate("templates.onlyDrafts"));
    return { version };
  } catch (error) {
    pageError(error, request);
  }
}

type EditorResult = {
  /** The form as it now stands: posted, with an add/remove/move applied. */
  form: TemplateForm;
  expectedVersion: string;
  /** Remounts the form, so its fields show this state rather than what the browser kept. */
  revision: string;
  failure?: FormFailure;
};

/**
 * "Save" validates and saves the draft; add, remove and move only change the form sent back, so
 * they work without JavaScript and lose nothing typed. Every intent is the central team's alone.
 */
export async function action({ request, params }: Route.ActionArgs) {
  const { ctx, actor } = await requestContext(request);
  const posted = await request.formData();
  const form = formFromEntries(posted.entries());
  const intent = parseIntent(posted.get("intent"));
  const expectedVersion = String(posted.get("expectedVersion") ?? "");
  try {
    authorize(actor, "template.edit");
    if (intent.kind !== "save") {
      const result: EditorResult = {
        form: applyIntent(form, intent),
        expectedVersion,
        revision: crypto.randomUUID(),
      };
      return data(result);
    }
    await updateDraftVersion(ctx, params.key, Number(params.number), {
      content: contentFromForm(form),
      expectedVersion,
    });
    return redirect(`/central/templates/${params.key}/versions/${params.number}?saved=1`);
  } catch (error) {
    const failed = formFailure(error);
    const result: EditorResult = {
      form,
      expectedVersion,
      revision: crypto.randomUUID(),
      failure: failed.data,
    };
    return data(result, failed.init ?? undefined);
  }
}

export default function EditTemplateVersion() {
  const t = useT();
  const { version: v } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as EditorResult | undefined;
  const failure = result?.failure;
  const form = result?.form ?? formFromContent(v.content);
  const current = failure?.code === "STALE" ? (failure.current as { content: TemplateContent }) : undefined;
  const theirs = current ? comparableFields(formFromContent(current.content)) : undefined;
  const yours = comparableFields(form);
  // A stale save keeps this person's copy and carries the saved version: saving again is a
  // deliberate choice made with the other change in view.
  const expectedVersion = current
    ? String(failure?.currentVersion)
    : (result?.expectedVersion ?? String(v.version));
  const numberOf = (id: string) =>
    form.questions.find((q) => q.id === id)?.number ??
    (current ? formFromContent(current.content).questions.find((q) => q.id === id)?.number : undefined) ??
    id;
  const label = (field: string) => {
    const m = /^q:([^.]+)\.(\w+)$/.exec(field);
    if (!m) return t(`templates.fields.${field}`);
    return t("templates.questionField", {
      number: numberOf(m[1]!),
      field: t(`templates.questionFields.${m[2]}`),
    });
  };
  const show = (field: string, value: string | undefined) => {
    if (!value) return "—";
    if (value === "yes" || value === "no") return t(`templates.${value}`);
    if (field.endsWith(".structured")) return t(`templates.structured.${value}`);
    if (field.endsWith(".additionalParts"))
      return value
        .split(", ")
        .map((k) => t(`templates.structured.${k}`))
        .join(", ");
    if (field === "header")
      return value
        .split(", ")
        .map((h) => t(`templates.headerFields.${h}`))
        .join(", ");
    if (field === "talentMode") return t(`templates.talentModes.${value}`);
    if (field === "order")
      return value
        .split(", ")
        .map((id) => numberOf(id))
        .join(", ");
    return value;
  };
  return (
    <>
      <BackLink to={`/central/templates/${v.key}/versions/${v.number}`}>
        {t("templates.backToVersion", { number: v.number })}
      </BackLink>
      <PageHeading caption={t("templates.versionOf", { number: v.number, name: v.name })}>
        {t("templates.editTitle")}
      </PageHeading>
      <ErrorSummary errors={failure?.fieldErrors} formError={failure?.formError} />
      {theirs && (
        <StaleComparison
          title={t("templates.staleTitle")}
          intro={t("templates.staleIntro")}
          fields={comparedFieldNames(yours, theirs)}
          yours={yours}
          theirs={theirs}
          label={label}
          show={show}
        />
      )}
      <p className="mb-6 max-w-3xl">{t("templates.editIntro")}</p>
      <Form method="post" noValidate key={result?.revision ?? "loaded"}>
        <input type="hidden" name="expectedVersion" value={expectedVersion} />
        <TemplateEditorFields form={form} errors={failure?.fieldErrors} />
        <Button name="intent" value="save">
          {theirs ? t("templates.saveAnyway") : t("templates.save")}
        </Button>
      </Form>
    </>
  );
}
