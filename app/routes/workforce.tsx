import { Form, Link, redirect, useActionData, useLoaderData, useSearchParams } from "react-router";
import { createGradeStructure } from "../../src/core/figures/create-grade-structure.server";
import { formatPercent } from "../../src/core/figures/derived";
import { breakdownLabel, formatChange, formatFigure } from "../../src/core/figures/figure-format";
import { getWorkforceProfile } from "../../src/core/figures/get-workforce-profile.server";
import { ColumnHeads, IndicatorChart } from "../components/figure-ui";
import { Button, ErrorSummary, TextAreaField, TextField } from "../components/forms";
import { BackLink } from "../components/plan-ui";
import { PageHeading, Panel } from "../components/ui";
import { t as translate, useT } from "../i18n/i18n";
import { requestContext } from "../lib/context.server";
import { type FormFailure, formFailure, pageError } from "../lib/errors.server";
import { formatDate } from "../lib/format";
import { MEMBERS_OWN, type RouteAccess } from "../lib/route-access";
import type { Route } from "./+types/workforce";

export const access: RouteAccess = {
  kind: "page",
  requests: [
    // The workforce profile is made of figures, which are private to the institution's members.
    { method: "GET", params: (h) => ({ slug: h.slug }), allow: MEMBERS_OWN },
    {
      method: "POST",
      params: (h) => ({ slug: h.slug }),
      body: (h) => ({ name: `Grades ${h.unique()}`, effectiveFrom: "2025-08-01", grades: "G4 – Technician" }),
      allow: ["lead:own", "editor:own"],
    },
  ],
};

export const meta = ({ data }: Route.MetaArgs) => [
  {
    title: `${translate("workforce.title")}${data ? ` – ${data.institution.name}` : ""} – ${translate("layout.product")}`,
  },
];

export async function loader({ request, params }: Route.LoaderArgs) {
  const { ctx } = await requestContext(request);
  try {
    return await getWorkforceProfile(ctx, params.slug);
  } catch (error) {
    pageError(error, request);
  }
}

export async function action({ request, params }: Route.ActionArgs) {
  const { ctx } = await requestContext(request);
  const form = await request.formData();
  const field = (name: string) => String(form.get(name) ?? "");
  try {
    await createGradeStructure(ctx, params.slug, {
      name: field("name"),
      effectiveFrom: field("effectiveFrom"),
      effectiveTo: field("effectiveTo"),
      grades: field("grades"),
    });
    return redirect(`/i/${params.slug}/workforce?done=grades-added#grade-structures`);
  } catch (error) {
    return formFailure(error, form);
  }
}

const CELL = "border-b border-slate-300 py-2 pr-4 align-top";
const NUMBER = `${CELL} tabular-nums`;

type Profile = NonNullable<Awaited<ReturnType<typeof loader>>>;

/** One indicator as a table of periods × breakdown, with each part's share and the change into each period. */
function HeadcountTable({ slug, figures }: { slug: string; figures: Profile["headcount"][number] }) {
  const t = useT();
  const { indicator: ind, rows, observations } = figures;
  const keys = ind.breakdownKeys;
  const parts = keys.filter((k) => k !== "total");
  return (
    <section aria-labelledby={`indicator-${ind.id}`} className="mb-10">
      <h3 id={`indicator-${ind.id}`} className="mb-2 text-xl font-bold">
        <Link to={`/i/${slug}/figures/${ind.id}`}>{ind.name}</Link>
      </h3>
      {ind.definition && <p className="mb-4 max-w-3xl">{ind.definition}</p>}
      {rows.length === 0 ? (
        <p>{t("figures.noFigures")}</p>
      ) : (
        <>
          <div className="mb-4 overflow-x-auto">
            <table className="w-full">
              <caption className="sr-only">{t("workforce.byPeriod", { name: ind.name })}</caption>
              <ColumnHeads
                labels={[
                  t("figures.period"),
                  ...(keys.length ? keys.map(breakdownLabel) : [t("figures.value")]),
                  ...parts.map((k) => t("workforce.shareOf", { key: breakdownLabel(k) })),
                  t("workforce.changeInto"),
                ]}
              />
              <tbody>
                {rows.map((r) => (
                  <tr key={r.label}>
                    <th scope="row" className={`${CELL} text-left font-normal`}>
                      {r.label}
                    </th>
                    {keys.length === 0 && <td className={NUMBER}>{formatFigure(r.value, ind.unit)}</td>}
                    {keys.map((k) => (
                      <td key={k} className={NUMBER}>
                        {formatFigure(r.counts[k], ind.unit)}
                      </td>
                    ))}
                    {parts.map((k) => (
                      <td key={k} className={NUMBER}>
                        {r.shares[k] == null ? "—" : formatPercent(r.shares[k])}
                      </td>
                    ))}
                    <td className={NUMBER}>{r.change ? formatChange(r.change, ind.unit) : "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {observations.length > 1 && (
            <IndicatorChart
              name={ind.name}
              breakdownKeys={keys}
              observations={observations}
              idPrefix={`workforce-${ind.id}`}
            />
          )}
        </>
      )}
    </section>
  );
}

function CohortTable({ slug, figures }: { slug: string; figures: Profile["cohorts"][number] }) {
  const t = useT();
  const { indicator: ind, cohorts } = figures;
  const { rows, totals } = cohorts;
  const n = (v: number | null) => (v === null ? "—" : formatFigure(v, "count"));
  return (
    <section aria-labelledby={`indicator-${ind.id}`} className="mb-10">
      <h3 id={`indicator-${ind.id}`} className="mb-2 text-xl font-bold">
        <Link to={`/i/${slug}/figures/${ind.id}`}>{ind.name}</Link>
      </h3>
      <div className="mb-4 overflow-x-auto">
        <table className="w-full">
          <caption className="sr-only">{t("workforce.cohortsCaption", { name: ind.name })}</caption>
          <ColumnHeads
            labels={[
              t("workforce.cohort"),
              t("workforce.started"),
              t("workforce.completed"),
              t("workforce.inPermanentRoles"),
            ]}
          />
          <tbody>
            {rows.map((r) => (
              <tr key={r.label}>
                <th scope="row" className={`${CELL} text-left font-normal`}>
                  {r.label}
                </th>
                <td className={NUMBER}>{n(r.started)}</td>
                <td className={NUMBER}>{n(r.completed)}</td>
                <td className={NUMBER}>{n(r.inPermanentRoles)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="font-bold">
              <th scope="row" className={`${CELL} text-left`}>
                {t("workforce.total")}
              </th>
              <td className={NUMBER}>{totals.started}</td>
              <td className={NUMBER}>{totals.completed}</td>
              <td className={NUMBER}>{totals.inPermanentRoles}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      <ul className="mb-4 list-disc pl-6">
        {totals.completionRate !== null && (
          <li>
            {t("workforce.completionRate", {
              completed: totals.completed,
              started: totals.started,
              rate: formatPercent(totals.completionRate),
            })}
          </li>
        )}
        {totals.permanentRate !== null && (
          <li>{t("workforce.permanentRate", { rate: formatPercent(totals.permanentRate) })}</li>
        )}
        {totals.isPartial && <li>{t("workforce.partial")}</li>}
      </ul>
    </section>
  );
}

export default function Workforce() {
  const t = useT();
  const profile = useLoaderData<typeof loader>();
  const { institution: i, headcount, cohorts, apprenticeships, gradeStructures, allowed } = profile;
  const failure = useActionData<typeof action>() as FormFailure | undefined;
  const [search] = useSearchParams();
  const values: Record<string, string> = failure?.values ?? {};
  const errors = failure?.fieldErrors;
  const day = (d: string | null) => (d ? formatDate(d) : t("workforce.notKnown"));
  return (
    <>
      <BackLink to={`/i/${i.slug}/figures`}>{t("figures.back")}</BackLink>
      <PageHeading caption={i.name}>{t("workforce.title")}</PageHeading>
      <p className="mb-8 max-w-3xl">{t("workforce.intro")}</p>
      {search.get("done") === "grades-added" && <Panel title={t("workforce.gradesAdded")}>{null}</Panel>}

      <section aria-labelledby="headcount" className="mb-12">
        <h2 id="headcount" className="mb-4 text-2xl font-bold">
          {t("workforce.headcountTitle")}
        </h2>
        {headcount.length === 0 && <p>{t("workforce.noHeadcount")}</p>}
        {headcount.map((h) => (
          <HeadcountTable key={h.indicator.id} slug={i.slug} figures={h} />
        ))}
      </section>

      <section aria-labelledby="apprenticeships" className="mb-12">
        <h2 id="apprenticeships" className="mb-4 text-2xl font-bold">
          {t("workforce.cohortsTitle")}
        </h2>
        {cohorts.length + apprenticeships.length === 0 && <p>{t("workforce.noCohorts")}</p>}
        {cohorts.map((c) => (
          <CohortTable key={c.indicator.id} slug={i.slug} figures={c} />
        ))}
        {apprenticeships.map((h) => (
          <HeadcountTable key={h.indicator.id} slug={i.slug} figures={h} />
        ))}
      </section>

      <section id="grade-structures" aria-labelledby="grades" className="mb-12">
        <h2 id="grades" className="mb-4 text-2xl font-bold">
          {t("workforce.gradesTitle")}
        </h2>
        {gradeStructures.length === 0 && <p className="mb-6">{t("workforce.noGrades")}</p>}
        {gradeStructures.map((g) => (
          <section key={g.id} aria-labelledby={`grades-${g.id}`} className="mb-6">
            <h3 id={`grades-${g.id}`} className="text-xl font-bold">
              {g.name}
            </h3>
            <p className="mb-2">
              {t("workforce.applied", {
                from: day(g.effectiveFrom),
                to: g.effectiveTo ? formatDate(g.effectiveTo) : t("workforce.stillApplies"),
              })}
            </p>
            <ol className="list-decimal pl-6">
              {g.grades.map((grade) => (
                <li key={grade.code}>{grade.name ? `${grade.code} – ${grade.name}` : grade.code}</li>
              ))}
            </ol>
          </section>
        ))}
        {allowed.edit && (
          <>
            <h3 className="mb-3 mt-8 text-xl font-bold">{t("workforce.addGrades")}</h3>
            <ErrorSummary errors={errors} formError={failure?.formError} />
            <Form method="post" noValidate>
              <TextField
                name="name"
                label={t("workforce.gradesName")}
                defaultValue={values.name}
                errors={errors}
              />
              <TextField
                name="effectiveFrom"
                label={t("workforce.effectiveFrom")}
                hint={t("workforce.effectiveFromHint")}
                width="w-48"
                defaultValue={values.effectiveFrom}
                errors={errors}
              />
              <TextField
                name="effectiveTo"
                label={t("workforce.effectiveTo")}
                hint={t("workforce.effectiveToHint")}
                width="w-48"
                defaultValue={values.effectiveTo}
                errors={errors}
              />
              <TextAreaField
                name="grades"
                label={t("workforce.grades")}
                hint={t("workforce.gradesHint")}
                defaultValue={values.grades}
                errors={errors}
              />
              <Button>{t("workforce.addGradesSubmit")}</Button>
            </Form>
          </>
        )}
      </section>
    </>
  );
}
