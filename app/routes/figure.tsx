import { Form, Link, redirect, useActionData, useLoaderData, useSearchParams } from "react-router";
import type { StackedBarsSeries } from "../../src/charts/stacked-bars";
import { formatPercent } from "../../src/core/figures/derived";
import { getIndicator } from "../../src/core/figures/get-indicator.server";
import { periodLabel } from "../../src/core/figures/periods";
import { recordObservation } from "../../src/core/figures/record-observation.server";
import { ChartWithTable } from "../components/charts/stacked-bar-chart";
import {
  ChangeFlags,
  ColumnHeads,
  formatChange,
  formatFigure,
  ProvisionalTag,
} from "../components/figure-ui";
import { Button, ChoiceField, ErrorSummary, TextField } from "../components/forms";
import { BackLink, ButtonLink } from "../components/plan-ui";
import { PageHeading, Panel } from "../components/ui";
import { t as translate, useT } from "../i18n/i18n";
import { requestContext } from "../lib/context.server";
import { type FormFailure, formFailure, pageError } from "../lib/errors.server";
import { formatDate } from "../lib/format";
import { MEMBERS_OWN, type RouteAccess } from "../lib/route-access";
import type { Route } from "./+types/figure";

const EDITORS = ["lead:own", "editor:own"] as const;

export const access: RouteAccess = {
  kind: "page",
  requests: [
    {
      method: "GET",
      params: async (h) => ({ slug: h.slug, indicatorId: (await h.newIndicator()).indicatorId }),
      allow: MEMBERS_OWN,
    },
    {
      method: "POST",
      params: async (h) => ({ slug: h.slug, indicatorId: (await h.newIndicator()).indicatorId }),
      body: () => ({ period: "2019", value: "12", note: "Counted in the spring." }),
      allow: EDITORS,
    },
  ],
};

export const meta = ({ data }: Route.MetaArgs) => [
  { title: `${data?.indicator.name ?? translate("figures.title")} – ${translate("layout.product")}` },
];

export async function loader({ request, params }: Route.LoaderArgs) {
  const { ctx } = await requestContext(request);
  try {
    const figures = await getIndicator(ctx, params.slug, params.indicatorId);
    return { slug: params.slug, ...figures };
  } catch (error) {
    pageError(error, request);
  }
}

const BREAKDOWN = "breakdown.";

export async function action({ request, params }: Route.ActionArgs) {
  const { ctx } = await requestContext(request);
  const form = await request.formData();
  const field = (name: string) => String(form.get(name) ?? "");
  const breakdown: Record<string, string> = {};
  form.forEach((v, k) => {
    if (k.startsWith(BREAKDOWN) && typeof v === "string") breakdown[k.slice(BREAKDOWN.length)] = v;
  });
  try {
    await recordObservation(ctx, params.slug, params.indicatorId, {
      period: field("period"),
      value: field("value"),
      numerator: field("numerator"),
      denominator: field("denominator"),
      breakdown,
      provisional: field("provisional"),
      asOf: field("asOf"),
      note: field("note"),
    });
    return redirect(`/i/${params.slug}/figures/${params.indicatorId}?done=added`);
  } catch (error) {
    return formFailure(error, form);
  }
}

const TOTAL = "total";
const OTHERS = "others";
const COLOURS = ["grey", "green", "amber", "red"] as const;

export default function IndicatorPage() {
  const t = useT();
  const { slug, indicator: ind, observations, derived, allowed } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>() as FormFailure | undefined;
  const [search] = useSearchParams();
  const done = search.get("done");
  const values: Record<string, string> = failure?.values ?? {};
  const errors = failure?.fieldErrors;
  const unit = ind.unit;
  const keys = ind.breakdownKeys;
  const parts = keys.filter((k) => k !== TOTAL);
  // The chart stacks its series: with a total, show its parts and the rest ("others"); without
  // one the breakdowns overlap (started, completed…), so the chart shows the figure alone.
  const stacked = keys.includes(TOTAL) && parts.length > 0;
  const series: StackedBarsSeries[] = stacked
    ? [...parts, OTHERS].map((k, n) => ({
        key: k,
        label: k === OTHERS ? t("figures.others") : k,
        colour: COLOURS[n % COLOURS.length]!,
      }))
    : [{ key: "value", label: t("figures.value"), colour: "grey" }];
  const chartValues = Object.fromEntries(
    observations.map((o) => {
      if (!stacked) return [o.id, { value: Math.max(0, o.observed.value ?? 0) }];
      const b = o.breakdown ?? {};
      const counted = parts.reduce((sum, k) => sum + (b[k] ?? 0), 0);
      const rest = Math.max(0, (b[TOTAL] ?? o.value ?? counted) - counted);
      return [o.id, { ...Object.fromEntries(parts.map((k) => [k, b[k] ?? 0])), [OTHERS]: rest }];
    }),
  );
  const cell = "border-b border-slate-300 py-2 pr-4 align-top";
  return (
    <>
      <BackLink to={`/i/${slug}/figures`}>{t("figures.back")}</BackLink>
      <PageHeading caption={t("figures.title")}>{ind.name}</PageHeading>
      {done === "added" && <Panel title={t("figures.added")}>{null}</Panel>}
      {done === "imported" && <Panel title={t("figures.imported")}>{null}</Panel>}
      {ind.definition && <p className="mb-4 max-w-3xl">{ind.definition}</p>}
      <p className="mb-6">
        {t("figures.unitIs", { unit: t(`figures.units.${unit}`) })}
        {keys.length > 0 && ` ${t("figures.breakdownIs", { keys: keys.join(", ") })}`}
      </p>

      {observations.length > 0 && (
        <div className="[&>div]:flex-col">
          <ChartWithTable
            title={t("figures.chartTitle", { name: ind.name })}
            description={
              stacked ? t("figures.chartStacked", { parts: parts.join(", ") }) : t("figures.chartDescription")
            }
            categories={observations.map((o) => ({ key: o.id, label: o.label }))}
            series={series}
            values={chartValues}
            labels={{ category: t("figures.period"), total: t("figures.total") }}
            idPrefix="indicator-figures"
          />
        </div>
      )}

      <section aria-labelledby="figures-table" className="mb-10 overflow-x-auto">
        <h2 id="figures-table" className="mb-3 text-2xl font-bold">
          {t("figures.tableTitle")}
        </h2>
        {observations.length === 0 ? (
          <p>{t("figures.noFigures")}</p>
        ) : (
          <table className="w-full">
            <caption className="sr-only">{t("figures.tableTitle")}</caption>
            <ColumnHeads
              labels={[
                t("figures.period"),
                t("figures.value"),
                keys.length > 0 && t("figures.breakdown"),
                t("figures.status"),
                t("figures.asOf"),
                t("figures.note"),
              ]}
            />
            <tbody>
              {observations.map((o) => (
                <tr key={o.id}>
                  <th scope="row" className={`${cell} text-left font-normal`}>
                    {o.label}
                  </th>
                  <td className={`${cell} tabular-nums`}>
                    {formatFigure(o.observed.value, unit)}
                    {o.numerator != null && o.denominator != null && (
                      <span className="block text-slate-600">
                        {t("figures.ofParts", { numerator: o.numerator, denominator: o.denominator })}
                      </span>
                    )}
                  </td>
                  {keys.length > 0 && (
                    <td className={cell}>
                      {keys
                        .filter((k) => o.breakdown?.[k] !== undefined)
                        .map((k) => `${k}: ${o.breakdown?.[k]}`)
                        .join(", ") || "—"}
                    </td>
                  )}
                  <td className={cell}>{o.isProvisional ? <ProvisionalTag /> : t("figures.final")}</td>
                  <td className={cell}>{o.asOf ? formatDate(o.asOf) : "—"}</td>
                  <td className={cell}>{o.note || "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      {derived.yearOnYear.length > 0 && (
        <section aria-labelledby="changes" className="mb-10 overflow-x-auto">
          <h2 id="changes" className="mb-3 text-2xl font-bold">
            {t("figures.changesTitle")}
          </h2>
          <table className="w-full">
            <caption className="sr-only">{t("figures.changesTitle")}</caption>
            <ColumnHeads
              labels={[
                t("figures.fromTo"),
                t("figures.figures"),
                t("figures.change"),
                t("figures.flagsTitle"),
              ]}
            />
            <tbody>
              {derived.yearOnYear.map((c) => (
                <tr key={`${periodLabel(c.from)}-${periodLabel(c.to)}`}>
                  <th scope="row" className={`${cell} text-left font-normal`}>
                    {t("figures.fromToValue", { from: periodLabel(c.from), to: periodLabel(c.to) })}
                  </th>
                  <td className={`${cell} tabular-nums`}>
                    {formatFigure(c.fromValue, unit)} → {formatFigure(c.toValue, unit)}
                  </td>
                  <td className={`${cell} tabular-nums`}>{formatChange(c, unit)}</td>
                  <td className={cell}>
                    {c.flags.length ? <ChangeFlags flags={c.flags} /> : t("figures.likeForLike")}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}

      {derived.breakdowns.some((b) => b.shares.length > 0) && (
        <section aria-labelledby="shares" className="mb-10 overflow-x-auto">
          <h2 id="shares" className="mb-3 text-2xl font-bold">
            {t("figures.sharesTitle")}
          </h2>
          {derived.breakdowns
            .filter((b) => b.shares.length > 0)
            .map((b) => (
              <table key={b.key} className="mb-6 w-full">
                <caption className="mb-2 text-left text-lg font-bold">
                  {t("figures.shareOf", { key: b.key })}
                </caption>
                <ColumnHeads labels={[t("figures.period"), t("figures.share"), t("figures.status")]} />
                <tbody>
                  {b.shares.map((s) => (
                    <tr key={s.label}>
                      <th scope="row" className={`${cell} text-left font-normal`}>
                        {s.label}
                      </th>
                      <td className={`${cell} tabular-nums`}>{formatPercent(s.share)}</td>
                      <td className={cell}>{s.isProvisional ? <ProvisionalTag /> : t("figures.final")}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ))}
        </section>
      )}

      {allowed.edit && (
        <section aria-labelledby="add-figure" className="mb-10">
          <h2 id="add-figure" className="mb-3 text-2xl font-bold">
            {t("figures.addFigure")}
          </h2>
          <p className="mb-4">
            <ButtonLink to={`/i/${slug}/figures/${ind.id}/import`}>{t("figures.importLink")}</ButtonLink>
          </p>
          <ErrorSummary errors={errors} formError={failure?.formError} />
          <Form method="post" noValidate>
            <TextField
              name="period"
              label={t("figures.period")}
              hint={t("figures.periodHint")}
              defaultValue={values.period}
              errors={errors}
            />
            <TextField
              name="value"
              label={t("figures.value")}
              hint={unit === "percent" ? t("figures.valuePercentHint") : undefined}
              width="w-48"
              defaultValue={values.value}
              errors={errors}
            />
            {unit === "percent" && (
              <div className="grid max-w-xl gap-x-6 sm:grid-cols-2">
                <TextField
                  name="numerator"
                  label={t("figures.numerator")}
                  defaultValue={values.numerator}
                  errors={errors}
                />
                <TextField
                  name="denominator"
                  label={t("figures.denominator")}
                  defaultValue={values.denominator}
                  errors={errors}
                />
              </div>
            )}
            {keys.map((k) => (
              <TextField
                key={k}
                name={`${BREAKDOWN}${k}`}
                label={t("figures.breakdownField", { key: k })}
                width="w-48"
                defaultValue={values[`${BREAKDOWN}${k}`]}
                errors={errors}
              />
            ))}
            <ChoiceField
              type="checkbox"
              name="provisional"
              legend={t("figures.provisionalLegend")}
              errors={errors}
              checked={values.provisional ? ["yes"] : []}
              options={[{ value: "yes", label: t("figures.provisionalLabel") }]}
            />
            <TextField
              name="asOf"
              label={t("figures.asOf")}
              hint={t("figures.asOfHint")}
              defaultValue={values.asOf}
              errors={errors}
            />
            <TextField name="note" label={t("figures.note")} defaultValue={values.note} errors={errors} />
            <Button>{t("figures.addFigureSubmit")}</Button>
          </Form>
        </section>
      )}
      {!allowed.edit && (
        <p>
          <Link to={`/i/${slug}/figures`}>{t("figures.back")}</Link>
        </p>
      )}
    </>
  );
}
