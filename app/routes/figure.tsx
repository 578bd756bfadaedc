import { Form, Link, redirect, useActionData, useLoaderData, useSearchParams } from "react-router";
import { deleteObservation } from "../../src/core/figures/delete-observation.server";
import { formatPercent } from "../../src/core/figures/derived";
import { breakdownLabel, formatChange, formatFigure } from "../../src/core/figures/figure-format";
import { getIndicator } from "../../src/core/figures/get-indicator.server";
import { periodLabel } from "../../src/core/figures/periods";
import { recordObservation } from "../../src/core/figures/record-observation.server";
import { ChangeFlags, ColumnHeads, IndicatorChart, ProvisionalTag } from "../components/figure-ui";
import { Button, ErrorSummary } from "../components/forms";
import {
  ObservationFields,
  ObservationStale,
  observationFormValues,
  observationInput,
} from "../components/observation-form";
import { BackLink, ButtonLink } from "../components/plan-ui";
import { PageHeading, Panel } from "../components/ui";
import { t as translate, useT } from "../i18n/i18n";
import { requestContext } from "../lib/context.server";
import { type FormFailure, formFailure, pageError } from "../lib/errors.server";
import { formatDate } from "../lib/format";
import { indicatorOf, MEMBERS_OWN, type RouteAccess } from "../lib/route-access";
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
    {
      method: "POST",
      params: async (h) => ({ slug: h.slug, indicatorId: (await indicatorOf(h)).indicatorId }),
      body: async (h) => ({
        observationId: (await indicatorOf(h)).observationId,
        expectedVersion: "1",
        period: "2023",
        value: "11",
      }),
      allow: EDITORS,
    },
    {
      method: "POST",
      params: async (h) => ({ slug: h.slug, indicatorId: (await indicatorOf(h)).indicatorId }),
      body: async (h) => ({
        intent: "delete",
        observationId: (await indicatorOf(h)).observationId,
        expectedVersion: "1",
      }),
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

export async function action({ request, params }: Route.ActionArgs) {
  const { ctx } = await requestContext(request);
  const form = await request.formData();
  const observationId = String(form.get("observationId") ?? "") || null;
  const expectedVersion = String(form.get("expectedVersion") ?? "") || null;
  const back = `/i/${params.slug}/figures/${params.indicatorId}`;
  try {
    if (form.get("intent") === "delete") {
      await deleteObservation(ctx, params.slug, params.indicatorId, observationId ?? "", {
        // Without a version the figure would be deleted whatever it now says: ask for one.
        expectedVersion: expectedVersion ?? "0",
      });
      return redirect(`${back}?done=deleted`);
    }
    await recordObservation(ctx, params.slug, params.indicatorId, {
      ...observationInput(form),
      observationId,
      expectedVersion,
    });
    return redirect(`${back}?done=${observationId ? "changed" : "added"}`);
  } catch (error) {
    return formFailure(error, form);
  }
}

export default function IndicatorPage() {
  const t = useT();
  const { slug, indicator: ind, observations, derived, allowed } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>() as FormFailure | undefined;
  const [search] = useSearchParams();
  const done = search.get("done");
  const unit = ind.unit;
  const keys = ind.breakdownKeys;
  const failedIntent = failure?.values.intent === "delete" ? "delete" : failure ? "record" : null;
  // The figure being changed: from the link, or from the form that just failed.
  const changingId = failedIntent === "record" ? failure?.values.observationId : search.get("change");
  const changing = observations.find((o) => o.id === changingId);
  const deletingId = failedIntent === "delete" ? failure?.values.observationId : search.get("delete");
  const deleting = allowed.edit ? observations.find((o) => o.id === deletingId) : undefined;
  const recordFailure = failedIntent === "record" ? failure : undefined;
  const stale = recordFailure?.code === "STALE" ? (recordFailure.current as typeof changing) : undefined;
  const values: Record<string, string> =
    recordFailure?.values ?? (changing ? observationFormValues(changing, keys) : {});
  const errors = recordFailure?.fieldErrors;
  // On a stale save the form keeps what this person typed but carries the saved version, so
  // saving again is a deliberate choice made with the other change in view.
  const version = stale ? recordFailure?.currentVersion : changing?.version;
  const cell = "border-b border-slate-300 py-2 pr-4 align-top";
  const figureFor = (label: string) => (
    <span className="sr-only"> {t("figures.figureFor", { period: label })}</span>
  );
  return (
    <>
      <BackLink to={`/i/${slug}/figures`}>{t("figures.back")}</BackLink>
      <PageHeading caption={t("figures.title")}>{ind.name}</PageHeading>
      {done && ["added", "imported", "changed", "deleted"].includes(done) && (
        <Panel title={t(`figures.${done}`)}>{null}</Panel>
      )}
      {deleting && (
        <section aria-labelledby="delete-title" className="mb-8 border-4 border-red-700 p-4">
          <h2 id="delete-title" className="text-xl font-bold">
            {t("figures.deleteTitle", { period: deleting.label })}
          </h2>
          {failedIntent === "delete" && <ErrorSummary formError={failure?.formError} />}
          <p className="my-2">
            {t("figures.deleteBody", { value: formatFigure(deleting.observed.value, unit) })}
          </p>
          <Form method="post" className="flex flex-wrap items-center gap-4">
            <input type="hidden" name="intent" value="delete" />
            <input type="hidden" name="observationId" value={deleting.id} />
            <input type="hidden" name="expectedVersion" value={deleting.version} />
            <Button variant="warning">{t("figures.deleteSubmit")}</Button>
            <Link to={`/i/${slug}/figures/${ind.id}`}>{t("figures.cancel")}</Link>
          </Form>
        </section>
      )}
      {ind.definition && <p className="mb-4 max-w-3xl">{ind.definition}</p>}
      <p className="mb-6">
        {t("figures.unitIs", { unit: t(`figures.units.${unit}`) })}
        {keys.length > 0 && ` ${t("figures.breakdownIs", { keys: keys.join(", ") })}`}
      </p>
      {allowed.edit && (
        <p className="mb-6">
          <ButtonLink to={`/i/${slug}/figures/${ind.id}/edit`} variant="secondary">
            {t("figures.editIndicator")}
          </ButtonLink>
        </p>
      )}

      {observations.length > 0 && (
        <IndicatorChart
          name={ind.name}
          breakdownKeys={keys}
          observations={observations}
          idPrefix="indicator-figures"
        />
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
                allowed.edit && t("figures.rowActions"),
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
                        .map((k) => `${breakdownLabel(k)}: ${o.breakdown?.[k]}`)
                        .join(", ") || "—"}
                    </td>
                  )}
                  <td className={cell}>{o.isProvisional ? <ProvisionalTag /> : t("figures.final")}</td>
                  <td className={cell}>{o.asOf ? formatDate(o.asOf) : "—"}</td>
                  <td className={cell}>{o.note || "—"}</td>
                  {allowed.edit && (
                    <td className={cell}>
                      <span className="flex flex-wrap gap-3">
                        <Link to={`?change=${o.id}#figure-form`}>
                          {t("figures.changeLink")}
                          {figureFor(o.label)}
                        </Link>
                        <Link to={`?delete=${o.id}`}>
                          {t("figures.deleteLink")}
                          {figureFor(o.label)}
                        </Link>
                      </span>
                    </td>
                  )}
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
        <section id="figure-form" aria-labelledby="figure-form-title" className="mb-10">
          <h2 id="figure-form-title" className="mb-3 text-2xl font-bold">
            {changing ? t("figures.changeTitle", { period: changing.label }) : t("figures.addFigure")}
          </h2>
          {!changing && (
            <p className="mb-4">
              <ButtonLink to={`/i/${slug}/figures/${ind.id}/import`}>{t("figures.importLink")}</ButtonLink>
            </p>
          )}
          <ErrorSummary errors={errors} formError={recordFailure?.formError} />
          {stale && <ObservationStale yours={values} theirs={stale} keys={keys} />}
          <Form method="post" noValidate>
            {changing && (
              <>
                <input type="hidden" name="observationId" value={changing.id} />
                <input type="hidden" name="expectedVersion" value={version} />
              </>
            )}
            <ObservationFields unit={unit} keys={keys} values={values} errors={errors} />
            <div className="flex flex-wrap items-center gap-4">
              <Button>
                {stale
                  ? t("figures.saveAnyway")
                  : changing
                    ? t("figures.changeSubmit")
                    : t("figures.addFigureSubmit")}
              </Button>
              {changing && <Link to={`/i/${slug}/figures/${ind.id}`}>{t("figures.cancel")}</Link>}
            </div>
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
