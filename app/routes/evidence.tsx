import { Form, Link, redirect, useLoaderData, useSearchParams } from "react-router";
import { getCharter } from "../../src/core/charters/get-charter.server";
import { AppError, type FieldErrors } from "../../src/core/errors";
import { EVIDENCE_KINDS } from "../../src/core/evidence/evidence-types";
import { linkEvidence, parseLinkChoice } from "../../src/core/evidence/link-evidence.server";
import { listEvidence } from "../../src/core/evidence/list-evidence.server";
import { getInstitution } from "../../src/core/institutions/get-institution.server";
import { ConsentTags, formatBytes, KindTag } from "../components/evidence-ui";
import { Button, ErrorSummary, SelectField, TextField } from "../components/forms";
import { BackLink, ButtonLink } from "../components/plan-ui";
import { PageHeading, Panel } from "../components/ui";
import { t as translate, useT } from "../i18n/i18n";
import { requestContext } from "../lib/context.server";
import { pageError } from "../lib/errors.server";
import { EVIDENCE_ADDERS, evidenceOf } from "../lib/evidence-fixtures";
import { formatDate } from "../lib/format";
import { MEMBERS_OWN, type RouteAccess } from "../lib/route-access";
import type { Route } from "./+types/evidence";

export const access: RouteAccess = {
  kind: "page",
  requests: [
    // The library is private to the institution's members.
    { method: "GET", params: (h) => ({ slug: h.slug }), allow: MEMBERS_OWN },
    {
      // The action page's "Link evidence" form posts here.
      method: "POST",
      params: (h) => ({ slug: h.slug }),
      body: async (h) => {
        const { evidenceId, actionId } = await evidenceOf(h);
        return { intent: "link", evidenceId, to: `action:${actionId}`, actionId };
      },
      allow: EVIDENCE_ADDERS,
    },
  ],
};

export const meta = ({ data }: Route.MetaArgs) => [
  {
    title: `${translate("evidence.title")}${data ? ` – ${data.institution.name}` : ""} – ${translate("layout.product")}`,
  },
];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const FILTERS = ["kind", "pillar", "year", "q"] as const;

export async function loader({ request, params }: Route.LoaderArgs) {
  const { ctx } = await requestContext(request);
  const search = new URL(request.url).searchParams;
  const filters = Object.fromEntries(FILTERS.map((f) => [f, search.get(f) ?? ""])) as Record<
    (typeof FILTERS)[number],
    string
  >;
  try {
    let filterErrors: FieldErrors | undefined;
    const library = await listEvidence(ctx, params.slug, {
      ...filters,
      cursor: search.get("cursor") ?? undefined,
    }).catch((error) => {
      // A filter typed into the address (a kind that does not exist, "year=soon") is shown on the
      // form with the whole library below, rather than as an error page.
      if (!(error instanceof AppError && error.code === "INVALID")) throw error;
      filterErrors = error.details.fieldErrors;
      return listEvidence(ctx, params.slug, {});
    });
    const [institution, charter] = await Promise.all([getInstitution(ctx, params.slug), getCharter(ctx)]);
    return {
      institution: { name: institution.name, slug: institution.slug },
      pillars: charter.pillars.map((p) => ({ key: p.key, name: p.name })),
      filters,
      filterErrors,
      ...library,
    };
  } catch (error) {
    pageError(error, request);
  }
}

/**
 * Links an item chosen on an action page to that action, then goes back there. Without JavaScript
 * a form cannot post to a URL that depends on a choice in it, so the item comes as a field.
 */
export async function action({ request, params }: Route.ActionArgs) {
  const { ctx } = await requestContext(request);
  const form = await request.formData();
  const actionId = String(form.get("actionId") ?? "");
  const back = UUID.test(actionId) ? `/i/${params.slug}/actions/${actionId}` : `/i/${params.slug}/evidence`;
  const evidenceId = String(form.get("evidenceId") ?? "");
  if (!evidenceId) return redirect(`${back}?evidence=choose#evidence`);
  try {
    await linkEvidence(ctx, params.slug, evidenceId, parseLinkChoice(String(form.get("to") ?? "")));
    return redirect(`${back}?evidence=linked#evidence`);
  } catch (error) {
    if ((error as { code?: string })?.code === "CONFLICT")
      return redirect(`${back}?evidence=already#evidence`);
    pageError(error, request);
  }
}

export default function EvidenceLibrary() {
  const t = useT();
  const {
    institution: i,
    pillars,
    filters,
    items,
    nextCursor,
    years,
    allowed,
    filterErrors,
  } = useLoaderData<typeof loader>();
  const [search] = useSearchParams();
  const pillarName = (key: string) => pillars.find((p) => p.key === key)?.name ?? key;
  const filtered = FILTERS.some((f) => filters[f]);
  const next = new URLSearchParams(Object.entries(filters).filter(([, v]) => v));
  if (nextCursor) next.set("cursor", nextCursor);
  return (
    <>
      <BackLink to={`/i/${i.slug}`}>{t("members.back", { name: i.name })}</BackLink>
      <PageHeading caption={i.name}>{t("evidence.title")}</PageHeading>
      {search.get("done") === "deleted" && <Panel title={t("evidence.done.deleted")}>{null}</Panel>}
      <p className="mb-6 max-w-3xl">{t("evidence.intro")}</p>
      {allowed.add && (
        <p className="mb-8">
          <ButtonLink to={`/i/${i.slug}/evidence/new`}>{t("evidence.add")}</ButtonLink>
        </p>
      )}
      <ErrorSummary errors={filterErrors} />
      <Form
        method="get"
        role="search"
        aria-labelledby="filter-title"
        className="mb-8 border-l-4 border-slate-300 pl-4"
      >
        <h2 id="filter-title" className="mb-3 text-xl font-bold">
          {t("evidence.filterTitle")}
        </h2>
        <div className="flex flex-wrap gap-x-6">
          {(
            [
              [
                "kind",
                "allKinds",
                EVIDENCE_KINDS.map((k) => ({ value: k, label: t(`evidence.kinds.${k}`) })),
              ],
              ["pillar", "allPillars", pillars.map((p) => ({ value: p.key, label: p.name }))],
              ["year", "allYears", years.map((y) => ({ value: String(y), label: String(y) }))],
            ] as const
          ).map(([name, all, options]) => (
            <SelectField
              key={name}
              name={name}
              label={t(`evidence.fields.${name}`)}
              defaultValue={filters[name]}
              errors={filterErrors}
              options={[{ value: "", label: t(`evidence.${all}`) }, ...options]}
            />
          ))}
          <TextField
            name="q"
            type="search"
            label={t("evidence.fields.q")}
            defaultValue={filters.q}
            errors={filterErrors}
            width="w-64"
          />
        </div>
        <div className="flex flex-wrap items-center gap-6">
          <Button variant="secondary">{t("evidence.applyFilters")}</Button>
          {filtered && <Link to={`/i/${i.slug}/evidence`}>{t("evidence.clearFilters")}</Link>}
        </div>
      </Form>
      <h2 className="mb-3 text-2xl font-bold" id="results">
        {filtered ? t("evidence.resultsFiltered") : t("evidence.results")}
      </h2>
      {items.length === 0 && <p>{filtered ? t("evidence.noneMatching") : t("evidence.none")}</p>}
      <ul
        className="mb-8 max-w-4xl divide-y divide-slate-300 border-y border-slate-300"
        aria-labelledby="results"
      >
        {items.map((item) => (
          <li key={item.id} className="py-4">
            <h3 className="text-xl font-bold">
              <Link to={`/i/${i.slug}/evidence/${item.id}`}>{item.title}</Link>
            </h3>
            <p className="mt-1 flex flex-wrap items-center gap-2">
              <KindTag kind={item.kind} />
              <ConsentTags kind={item.kind} consent={item.consent} shareable={item.shareable} />
            </p>
            <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
              {/* Without a date of its own an item is dated by when it was added: say which. */}
              <dt className="font-bold">
                {t(item.occurredOn ? "evidence.fields.date" : "evidence.fields.added")}
              </dt>
              <dd>{formatDate(item.dated)}</dd>
              {item.pillars.length > 0 && (
                <>
                  <dt className="font-bold">{t("evidence.fields.pillars")}</dt>
                  <dd>{item.pillars.map(pillarName).join(", ")}</dd>
                </>
              )}
              <dt className="font-bold">{t("evidence.linkedTo")}</dt>
              <dd>{t("evidence.linkCount", { count: item.linkCount })}</dd>
              {item.file && (
                <>
                  <dt className="font-bold">{t("evidence.fields.file")}</dt>
                  <dd>
                    {item.file.fileName} ({formatBytes(item.file.sizeBytes)})
                  </dd>
                </>
              )}
            </dl>
          </li>
        ))}
      </ul>
      {nextCursor && (
        <p>
          <Link to={`/i/${i.slug}/evidence?${next.toString()}`}>{t("evidence.nextPage")}</Link>
        </p>
      )}
    </>
  );
}
