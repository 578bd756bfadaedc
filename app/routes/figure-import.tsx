import { data, Form, redirect, useActionData, useLoaderData } from "react-router";
import type { FieldErrors } from "../../src/core/errors";
import { getIndicator } from "../../src/core/figures/get-indicator.server";
import {
  importObservations,
  type ObservationImportReport,
} from "../../src/core/figures/import-observations.server";
import { ColumnHeads } from "../components/figure-ui";
import { Button, ChoiceField, ErrorSummary, TextAreaField } from "../components/forms";
import { BackLink } from "../components/plan-ui";
import { PageHeading, Tag } from "../components/ui";
import { t as translate, useT } from "../i18n/i18n";
import { requestContext } from "../lib/context.server";
import { type FormFailure, formFailure, pageError } from "../lib/errors.server";
import type { RouteAccess } from "../lib/route-access";
import type { Route } from "./+types/figure-import";

const EDITORS = ["lead:own", "editor:own"] as const;
const indicatorParams = async (h: { slug: string; newIndicator(): Promise<{ indicatorId: string }> }) => ({
  slug: h.slug,
  indicatorId: (await h.newIndicator()).indicatorId,
});

export const access: RouteAccess = {
  kind: "page",
  requests: [
    { method: "GET", params: indicatorParams, allow: EDITORS },
    {
      method: "POST",
      params: indicatorParams,
      body: () => ({ intent: "preview", text: "period,value\n2019,4" }),
      allow: EDITORS,
    },
    {
      method: "POST",
      params: indicatorParams,
      body: () => ({ intent: "import", text: "period,value\n2019,4" }),
      allow: EDITORS,
    },
  ],
};

export const meta = () => [{ title: `${translate("figures.importTitle")} – ${translate("layout.product")}` }];

export async function loader({ request, params }: Route.LoaderArgs) {
  const { ctx } = await requestContext(request);
  try {
    const { indicator, allowed } = await getIndicator(ctx, params.slug, params.indicatorId);
    if (!allowed.edit) throw data({ message: translate("figures.notAllowed") }, { status: 403 });
    return {
      slug: params.slug,
      indicator: { id: indicator.id, name: indicator.name, breakdownKeys: indicator.breakdownKeys },
    };
  } catch (error) {
    pageError(error, request);
  }
}

type ImportResult = {
  values: Record<string, string>;
  report: ObservationImportReport | null;
  formError?: string;
  fieldErrors?: FieldErrors;
};

export async function action({ request, params }: Route.ActionArgs) {
  const { ctx } = await requestContext(request);
  const form = await request.formData();
  const values: Record<string, string> = {};
  form.forEach((v, k) => {
    if (typeof v === "string") values[k] = v;
  });
  const mode = values.intent === "import" ? "import" : "preview";
  const input = { text: values.text ?? "", mode, replaceExisting: values.replaceExisting ?? "" };
  try {
    const report = await importObservations(ctx, params.slug, params.indicatorId, input);
    if (mode === "import") return redirect(`/i/${params.slug}/figures/${params.indicatorId}?done=imported`);
    return data<ImportResult>({ values, report });
  } catch (error) {
    const failure = formFailure(error, form);
    // Nothing was saved: show every row's report beside the message, as a preview would.
    let report: ObservationImportReport | null = null;
    if (mode === "import" && failure.data.code === "INVALID") {
      report = await importObservations(ctx, params.slug, params.indicatorId, {
        ...input,
        mode: "preview",
      }).catch(() => null);
    }
    return data<ImportResult>(
      { values, report, formError: failure.data.formError, fieldErrors: failure.data.fieldErrors },
      failure.init ?? undefined,
    );
  }
}

export default function ImportFigures() {
  const t = useT();
  const { slug, indicator: ind } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as ImportResult | FormFailure | undefined;
  const values: Record<string, string> = result?.values ?? {};
  const report = result && "report" in result ? result.report : null;
  const columns = ["period", "value", ...ind.breakdownKeys, "provisional", "as of", "note"].join(", ");
  const cell = "border-b border-slate-300 py-2 pr-4 align-top";
  return (
    <>
      <BackLink to={`/i/${slug}/figures/${ind.id}`}>{t("figures.backTo", { name: ind.name })}</BackLink>
      <PageHeading caption={ind.name}>{t("figures.importTitle")}</PageHeading>
      <p className="mb-4 max-w-3xl">{t("figures.importIntro", { columns })}</p>
      <p className="mb-6 max-w-3xl">{t("figures.allOrNothing")}</p>
      <ErrorSummary errors={result?.fieldErrors} formError={result?.formError} />
      {report && (
        <section
          id="field-rows"
          tabIndex={-1}
          aria-labelledby="report-title"
          className="mb-8 overflow-x-auto"
        >
          <h2 id="report-title" className="mb-2 text-2xl font-bold">
            {t("figures.reportTitle")}
          </h2>
          <p className="mb-4" role="status">
            {report.ok
              ? t("figures.reportOk", { add: report.counts.add, replace: report.counts.replace })
              : t("figures.reportProblems", { count: report.counts.withErrors, total: report.rows.length })}
          </p>
          {report.errors.length > 0 && (
            <ul className="mb-4 list-disc pl-6">
              {report.errors.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          )}
          {report.rows.length > 0 && (
            <table className="w-full">
              <caption className="sr-only">{t("figures.reportTitle")}</caption>
              <ColumnHeads
                labels={[t("figures.line"), t("figures.values"), t("figures.problems"), t("figures.outcome")]}
              />
              <tbody>
                {report.rows.map((r) => (
                  <tr key={r.line}>
                    <th scope="row" className={`${cell} text-left font-normal`}>
                      {r.line}
                    </th>
                    <td className={cell}>
                      {Object.entries(r.input)
                        .filter(([, v]) => v !== "")
                        .map(([k, v]) => `${k}: ${v}`)
                        .join("; ")}
                    </td>
                    <td className={cell}>
                      {r.errors.length + r.warnings.length === 0 ? (
                        t("figures.noProblems")
                      ) : (
                        <ul className="list-none">
                          {r.errors.map((e) => (
                            <li key={e} className="font-bold text-red-700">
                              {t("figures.errorPrefix")} {e}
                            </li>
                          ))}
                          {r.warnings.map((w) => (
                            <li key={w}>
                              {t("figures.warningPrefix")} {w}
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                    <td className={cell}>
                      {r.outcome ? (
                        <Tag tone={r.outcome === "add" ? "green" : "blue"}>
                          {t(`figures.outcomes.${r.outcome}`)}
                        </Tag>
                      ) : (
                        t("figures.outcomes.none")
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      )}
      <Form method="post" noValidate>
        <TextAreaField
          name="text"
          label={t("figures.pasteLabel")}
          hint={t("figures.pasteHint")}
          defaultValue={values.text}
          errors={result?.fieldErrors}
          rows={10}
        />
        <ChoiceField
          type="checkbox"
          name="replaceExisting"
          legend={t("figures.replaceLegend")}
          errors={result?.fieldErrors}
          checked={values.replaceExisting ? ["yes"] : []}
          options={[{ value: "yes", label: t("figures.replaceLabel") }]}
        />
        <div className="flex flex-wrap gap-4">
          <Button name="intent" value="preview" variant="secondary">
            {t("figures.preview")}
          </Button>
          <Button name="intent" value="import">
            {t("figures.import")}
          </Button>
        </div>
      </Form>
    </>
  );
}
