import { Form, redirect, useActionData, useLoaderData } from "react-router";
import { notFound } from "../../src/core/errors";
import { authorize } from "../../src/core/policy";
import { listTalentRecommendations } from "../../src/core/talent/list-talent-recommendations.server";
import { updateTalentRecommendation } from "../../src/core/talent/update-talent-recommendation.server";
import { Button, ChoiceField, ErrorSummary, TextAreaField, TextField } from "../components/forms";
import { BackLink, StaleComparison } from "../components/plan-ui";
import { PageHeading } from "../components/ui";
import { t as translate, useT } from "../i18n/i18n";
import { requestContext } from "../lib/context.server";
import { type FormFailure, formFailure, pageError } from "../lib/errors.server";
import type { RouteAccess } from "../lib/route-access";
import type { Route } from "./+types/central-talent-edit";

export const access: RouteAccess = {
  kind: "page",
  requests: [
    { method: "GET", params: () => ({ talentId: "talent-04" }), allow: ["central"] },
    {
      method: "POST",
      params: () => ({ talentId: "talent-05" }),
      body: () => ({ summary: "Checked wording.", addressedTo: "Employers", expectedVersion: "1" }),
      allow: ["central"],
    },
  ],
};

export const meta = () => [{ title: `${translate("talent.editTitle")} – ${translate("layout.product")}` }];

const FIELDS = ["summary", "addressedTo", "verified"] as const;

export async function loader({ request, params }: Route.LoaderArgs) {
  const { ctx, actor } = await requestContext(request);
  try {
    authorize(actor, "talent.edit");
    const item = (await listTalentRecommendations(ctx)).find((r) => r.id === params.talentId);
    if (!item) throw notFound("The recommendation");
    return { item };
  } catch (error) {
    pageError(error, request);
  }
}

export async function action({ request, params }: Route.ActionArgs) {
  const { ctx } = await requestContext(request);
  const form = await request.formData();
  try {
    const saved = await updateTalentRecommendation(ctx, params.talentId, {
      summary: String(form.get("summary") ?? ""),
      addressedTo: String(form.get("addressedTo") ?? ""),
      verified: form.get("verified") === "yes",
      expectedVersion: String(form.get("expectedVersion") ?? ""),
    });
    return redirect(`/central/talent?saved=${saved.id}`);
  } catch (error) {
    return formFailure(error, form);
  }
}

type Item = { summary: string; addressedTo: string; verified: boolean };
const asValues = (r: Item): Record<string, string> => ({
  summary: r.summary,
  addressedTo: r.addressedTo,
  verified: r.verified ? "yes" : "",
});

export default function EditTalent() {
  const t = useT();
  const { item } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>() as FormFailure | undefined;
  const stale = failure?.code === "STALE" ? (failure.current as Item) : undefined;
  const values = failure?.values ?? asValues(item);
  const theirs = stale ? asValues(stale) : {};
  // A stale save keeps what this person typed and carries the saved version: saving again is a
  // deliberate choice made with the other change in view.
  const version = stale ? failure?.currentVersion : item.version;
  const shown = (f: string, v?: string) =>
    f === "verified" ? (v ? t("talent.verified") : t("talent.unverified")) : v || "—";
  return (
    <>
      <BackLink to="/central/talent">{t("talent.back")}</BackLink>
      <PageHeading caption={t("talent.number", { number: item.number })}>{t("talent.editTitle")}</PageHeading>
      <ErrorSummary errors={failure?.fieldErrors} formError={failure?.formError} />
      {stale && (
        <StaleComparison
          title={t("talent.staleTitle")}
          intro={t("talent.staleIntro")}
          fields={FIELDS}
          yours={values}
          theirs={theirs}
          label={(f) => t(`talent.fields.${f}`)}
          show={shown}
        />
      )}
      <Form method="post" noValidate>
        <input type="hidden" name="expectedVersion" value={version} />
        <TextAreaField
          name="summary"
          label={t("talent.fields.summary")}
          hint={t("talent.hints.summary")}
          defaultValue={values.summary}
          errors={failure?.fieldErrors}
        />
        <TextField
          name="addressedTo"
          label={t("talent.fields.addressedTo")}
          hint={t("talent.hints.addressedTo")}
          defaultValue={values.addressedTo}
          errors={failure?.fieldErrors}
        />
        <ChoiceField
          type="checkbox"
          name="verified"
          legend={t("talent.fields.verified")}
          options={[{ value: "yes", label: t("talent.verifiedLabel") }]}
          checked={values.verified ? ["yes"] : []}
          errors={failure?.fieldErrors}
        />
        <Button>{stale ? t("talent.saveAnyway") : t("talent.save")}</Button>
      </Form>
    </>
  );
}
