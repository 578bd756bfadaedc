import { Form, Link, redirect, useActionData, useLoaderData, useSearchParams } from "react-router";
import { getCharter } from "../../src/core/charters/get-charter.server";
import { getEvidence } from "../../src/core/evidence/get-evidence.server";
import { linkEvidence, parseLinkChoice } from "../../src/core/evidence/link-evidence.server";
import { linkLookups } from "../../src/core/evidence/link-views.server";
import { recordConsent } from "../../src/core/evidence/record-consent.server";
import { unlinkEvidence } from "../../src/core/evidence/unlink-evidence.server";
import { todayInLondon } from "../../src/core/plans/today";
import { ConsentTags, EvidenceSummary, fieldName } from "../components/evidence-ui";
import { Button, ChoiceField, ErrorSummary, Field, TextAreaField, TextField } from "../components/forms";
import { BackLink, ButtonLink } from "../components/plan-ui";
import { PageHeading, Panel } from "../components/ui";
import { t as translate, useT } from "../i18n/i18n";
import { requestContext } from "../lib/context.server";
import { type FormFailure, formFailure, pageError } from "../lib/errors.server";
import {
  EVIDENCE_ADDERS,
  EVIDENCE_MANAGERS,
  evidenceLinkOf,
  evidenceOf,
  itemParams,
} from "../lib/evidence-fixtures";
import { formatDate, formatDateTime } from "../lib/format";
import { MEMBERS_OWN, type RouteAccess } from "../lib/route-access";
import type { Route } from "./+types/evidence-item";

export const access: RouteAccess = {
  kind: "page",
  requests: [
    // Evidence is private to the institution's members.
    {
      method: "GET",
      params: itemParams("case-study"),
      allow: MEMBERS_OWN,
    },
    {
      method: "POST",
      params: itemParams(),
      body: async (h) => ({ intent: "link", to: `action:${(await evidenceOf(h)).actionId}` }),
      allow: EVIDENCE_ADDERS,
    },
    {
      method: "POST",
      params: async (h) => ({ slug: h.slug, evidenceId: (await evidenceLinkOf(h)).evidenceId }),
      body: async (h) => ({ intent: "unlink", linkId: (await evidenceLinkOf(h)).linkId }),
      allow: EVIDENCE_ADDERS,
    },
    {
      method: "POST",
      params: itemParams("case-study"),
      body: () => ({ intent: "consent", status: "withdrawn", on: "2024-06-01", scope: "", note: "By email" }),
      allow: EVIDENCE_MANAGERS,
    },
  ],
};

export const meta = ({ data }: Route.MetaArgs) => [
  { title: `${data?.item.title ?? translate("evidence.title")} – ${translate("layout.product")}` },
];

export async function loader({ request, params }: Route.LoaderArgs) {
  const { ctx } = await requestContext(request);
  try {
    const detail = await getEvidence(ctx, params.slug, params.evidenceId);
    const [charter, lookups] = await Promise.all([
      getCharter(ctx),
      detail.allowed.add ? linkLookups(ctx, params.slug) : null,
    ]);
    return { ...detail, pillars: charter.pillars, targets: lookups, today: todayInLondon() };
  } catch (error) {
    pageError(error, request);
  }
}

const DONE = ["added", "updated", "linked", "unlinked", "consent"] as const;

export async function action({ request, params }: Route.ActionArgs) {
  const { ctx } = await requestContext(request);
  const form = await request.formData();
  const field = (name: string) => String(form.get(name) ?? "");
  const intent = field("intent");
  const here = `/i/${params.slug}/evidence/${params.evidenceId}`;
  try {
    if (intent === "link") {
      await linkEvidence(ctx, params.slug, params.evidenceId, parseLinkChoice(field("to")));
      return redirect(`${here}?done=linked#links`);
    }
    if (intent === "unlink") {
      await unlinkEvidence(ctx, params.slug, params.evidenceId, field("linkId"));
      return redirect(`${here}?done=unlinked#links`);
    }
    if (intent === "consent") {
      await recordConsent(ctx, params.slug, params.evidenceId, {
        status: field("status"),
        on: field("on"),
        scope: field("scope"),
        note: field("note"),
      });
      return redirect(`${here}?done=consent#consent`);
    }
    throw new Response(translate("errors.badRequest"), { status: 400 });
  } catch (error) {
    return formFailure(error, form);
  }
}

export default function EvidenceItem() {
  const t = useT();
  const d = useLoaderData<typeof loader>();
  const { institution: i, item, allowed } = d;
  const failure = useActionData<typeof action>() as FormFailure | undefined;
  const [search] = useSearchParams();
  const done = DONE.find((x) => x === search.get("done"));
  const base = `/i/${i.slug}`;
  const failed = (intent: string) => (failure?.values.intent === intent ? failure : undefined);
  const linkFailure = failed("link") ?? failed("unlink");
  const consentFailure = failed("consent");
  const consentValues = consentFailure?.values ?? { on: d.today };
  return (
    <>
      <BackLink to={`${base}/evidence`}>{t("evidence.back")}</BackLink>
      <PageHeading caption={t("evidence.title")}>{item.title}</PageHeading>
      <p className="-mt-3 mb-6 flex flex-wrap items-center gap-2">
        <ConsentTags kind={item.kind} consent={d.consent.current} shareable={d.shareable} />
      </p>
      {done && <Panel title={t(`evidence.done.${done}`)}>{null}</Panel>}
      {d.citedBy.length > 0 && (
        <section
          aria-labelledby="cited-by"
          className={`mb-8 max-w-3xl border-l-4 pl-4 ${d.consent.current === "withdrawn" ? "border-red-700" : "border-slate-400"}`}
        >
          <h2 id="cited-by" className="text-xl font-bold">
            {d.consent.current === "withdrawn" ? t("evidence.citedWithdrawn") : t("evidence.citedBy")}
          </h2>
          <p>{t("evidence.citedIntro")}</p>
          <ul className="list-disc pl-6">
            {d.citedBy.map((c) => (
              <li key={`${c.submissionId}-${c.number}`}>
                <Link to={`${base}/submissions/${c.submissionId}/versions/${c.number}`}>
                  {t("evidence.citedVersion", { window: c.windowLabel, number: c.number })}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      {allowed.manage && (
        <div className="mb-8 flex flex-wrap gap-4">
          <ButtonLink to={`${base}/evidence/${item.id}/edit`} variant="secondary">
            {t("evidence.edit")}
          </ButtonLink>
          <ButtonLink to={`${base}/evidence/${item.id}/delete`} variant="secondary">
            {t("evidence.delete")}
          </ButtonLink>
        </div>
      )}
      <h2 className="mb-3 text-2xl font-bold">{t("evidence.details")}</h2>
      <EvidenceSummary
        item={item}
        pillars={d.pillars}
        file={d.file && { ...d.file, href: `${base}/evidence/${item.id}/file` }}
      />

      {item.kind === "case-study" && (
        <section aria-labelledby="consent" className="mb-10">
          <h2 id="consent" className="mb-3 text-2xl font-bold" tabIndex={-1}>
            {t("evidence.consentTitle")}
          </h2>
          <p className="mb-4 max-w-3xl">
            {d.shareable ? t("evidence.shareableYes") : t("evidence.shareableNo")}
          </p>
          {d.consent.entries.length === 0 ? (
            <p className="mb-6">{t("evidence.noConsent")}</p>
          ) : (
            <table className="mb-6 w-full max-w-4xl text-left">
              <caption className="sr-only">{t("evidence.consentRecord")}</caption>
              <thead>
                <tr className="border-b-2 border-slate-800">
                  {["consentDate", "consentEntry", "scope", "note", "recordedBy"].map((k) => (
                    <th key={k} scope="col" className="py-1 pr-4">
                      {fieldName(t(`evidence.fields.${k}`))}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {d.consent.entries.map((e) => (
                  <tr key={e.id} className="border-b border-slate-300 align-top">
                    <td className="py-2 pr-4">{formatDate(e.on)}</td>
                    <td className="py-2 pr-4">{t(`evidence.consentStatus.${e.status}`)}</td>
                    <td className="py-2 pr-4">{e.scope || "—"}</td>
                    <td className="py-2 pr-4">{e.note || "—"}</td>
                    <td className="py-2">
                      {t("evidence.recordedBy", {
                        name: e.recordedByName ?? t("action.someone"),
                        date: formatDateTime(e.recordedAt),
                      })}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {allowed.manage && (
            <Form method="post" noValidate className="max-w-3xl border-l-4 border-slate-300 pl-4">
              <h3 className="mb-3 text-xl font-bold">{t("evidence.recordConsent")}</h3>
              <ErrorSummary errors={consentFailure?.fieldErrors} formError={consentFailure?.formError} />
              <input type="hidden" name="intent" value="consent" />
              <ChoiceField
                type="radio"
                name="status"
                legend={t("evidence.fields.consentEntry")}
                errors={consentFailure?.fieldErrors}
                checked={consentValues.status ? [consentValues.status] : []}
                options={[
                  { value: "given", label: t("evidence.consentGiven") },
                  { value: "withdrawn", label: t("evidence.consentWithdrawn") },
                ]}
              />
              <TextField
                name="on"
                type="date"
                width="w-48"
                label={t("evidence.fields.consentDate")}
                hint={t("evidence.hints.consentOn")}
                defaultValue={consentValues.on}
                errors={consentFailure?.fieldErrors}
              />
              <TextAreaField
                name="scope"
                label={t("evidence.fields.scope")}
                hint={t("evidence.hints.scope")}
                defaultValue={consentValues.scope}
                errors={consentFailure?.fieldErrors}
                rows={2}
              />
              <TextField
                name="note"
                label={t("evidence.fields.note")}
                hint={t("evidence.hints.note")}
                defaultValue={consentValues.note}
                errors={consentFailure?.fieldErrors}
              />
              <Button>{t("evidence.recordConsentSubmit")}</Button>
            </Form>
          )}
        </section>
      )}

      <section aria-labelledby="links" className="mb-10">
        <h2 id="links" className="mb-3 text-2xl font-bold" tabIndex={-1}>
          {t("evidence.linkedTo")}
        </h2>
        {allowed.add && <ErrorSummary errors={linkFailure?.fieldErrors} formError={linkFailure?.formError} />}
        {d.links.length === 0 ? (
          <p className="mb-6">{t("evidence.noLinks")}</p>
        ) : (
          <ul className="mb-6 max-w-3xl space-y-4">
            {d.links.map((l) => (
              <li key={l.id} className="border-l-4 border-slate-300 pl-4">
                <p className="font-bold">
                  {l.actionId ? <Link to={`${base}/actions/${l.actionId}`}>{l.label}</Link> : l.label}
                </p>
                <p>
                  {t(`evidence.linkTargets.${l.target}`)}
                  {l.detail && `: ${l.detail}`}
                </p>
                {l.planTitle && <p className="text-slate-700">{l.planTitle}</p>}
                {allowed.add && (
                  <Form method="post" className="mt-2">
                    <input type="hidden" name="intent" value="unlink" />
                    <input type="hidden" name="linkId" value={l.id} />
                    <Button variant="secondary">
                      {t("evidence.removeLink")}
                      <span className="sr-only"> {t("evidence.removeLinkTo", { label: l.label })}</span>
                    </Button>
                  </Form>
                )}
              </li>
            ))}
          </ul>
        )}
        {d.targets && (
          <Form method="post" noValidate className="max-w-3xl">
            <input type="hidden" name="intent" value="link" />
            <Field
              name="to"
              label={t("evidence.linkTo")}
              hint={t("evidence.hints.linkTo")}
              errors={linkFailure?.fieldErrors}
            >
              {(a) => (
                <select
                  {...a}
                  name="to"
                  defaultValue={linkFailure?.values.to ?? ""}
                  className="mt-1 block w-full max-w-xl border-2 border-slate-800 p-2"
                >
                  <option value="">{t("evidence.chooseTarget")}</option>
                  {groupByPlan(d.targets!.actions).map(([plan, actions]) => (
                    <optgroup key={plan} label={plan}>
                      {actions.flatMap((a) => [
                        <option key={a.id} value={`action:${a.id}`}>
                          {`${a.number} · ${a.title}`}
                        </option>,
                        ...a.markers.map((m) => (
                          <option key={`m${m.id}`} value={`marker:${a.id}:${m.id}`}>
                            {`${a.number} · ${t("evidence.markerOption", { text: m.text })}`}
                          </option>
                        )),
                        ...a.ratings.map((r) => (
                          <option key={`r${r.id}`} value={`rating:${a.id}:${r.id}`}>
                            {`${a.number} · ${t("evidence.ratingOption", { label: r.label, date: formatDate(r.assessedOn) })}`}
                          </option>
                        )),
                      ])}
                    </optgroup>
                  ))}
                  <optgroup label={t("evidence.talentGroup")}>
                    {d.targets!.talent.map((r) => (
                      <option key={r.id} value={`talent:${r.id}`}>
                        {`TALENT ${r.number} · ${r.summary}`}
                      </option>
                    ))}
                  </optgroup>
                </select>
              )}
            </Field>
            <Button>{t("evidence.linkSubmit")}</Button>
          </Form>
        )}
      </section>
    </>
  );
}

function groupByPlan<T extends { planTitle: string }>(actions: T[]): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const a of actions) groups.set(a.planTitle, [...(groups.get(a.planTitle) ?? []), a]);
  return [...groups];
}
