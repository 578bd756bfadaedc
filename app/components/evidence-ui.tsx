import type { FieldErrors } from "../../src/core/errors";
import type { ConsentStatus, EvidenceDetails, EvidenceKind } from "../../src/core/evidence/evidence-types";
import { EVENT_TYPES } from "../../src/core/evidence/evidence-types";
import type { CharterData } from "../../src/core/plans/charter-data";
import { useT } from "../i18n/i18n";
import { describeEvidence, EVIDENCE_COMPARED, sessionRows } from "../lib/evidence-forms";
import { formatDate } from "../lib/format";
import type { FormState } from "../lib/plan-forms";
import { ChoiceField, DefaultSubmit, Field, TextAreaField, TextField } from "./forms";
import { StaleComparison } from "./plan-ui";
import { SummaryList, Tag } from "./ui";

type Pillars = CharterData["pillars"];

const KIND_TONE = {
  link: "blue",
  document: "grey",
  file: "grey",
  testimonial: "yellow",
  event: "green",
  "case-study": "blue",
} as const;

/** What an item is, in words (the colour only repeats it). */
export function KindTag({ kind }: { kind: EvidenceKind }) {
  const t = useT();
  return <Tag tone={KIND_TONE[kind]}>{t(`evidence.kinds.${kind}`)}</Tag>;
}

const CONSENT_TONE = { given: "green", withdrawn: "red", none: "grey" } as const;

/** A case study's consent, and "Not shareable" when it may not go into exports or public pages. */
export function ConsentTags({
  kind,
  consent,
  shareable,
}: {
  kind: EvidenceKind;
  consent: ConsentStatus | "none";
  shareable: boolean;
}) {
  const t = useT();
  if (kind !== "case-study") return null;
  return (
    <>
      <Tag tone={CONSENT_TONE[consent]}>{t(`evidence.consentStatus.${consent}`)}</Tag>
      {!shareable && <Tag tone="yellow">{t("evidence.notShareable")}</Tag>}
    </>
  );
}

/** A file size as people read it: "820 bytes", "14 KB", "2.3 MB". */
export function formatBytes(size: number): string {
  if (size < 1024) return `${size} bytes`;
  if (size < 1024 * 1024) return `${Math.round(size / 1024)} KB`;
  return `${(size / 1024 / 1024).toFixed(1)} MB`;
}

/** The file types a person may upload, for the file input's `accept`: the content decides in the end. */
export const ACCEPTED_FILES = ".pdf,.png,.jpg,.jpeg,.gif,.webp,.docx,.xlsx,.pptx";

/**
 * The fields of one kind of evidence: the common ones, then the kind's own. An event's sessions are
 * repeated rows (saved or typed ones, then blank ones; "Add another session" posts the form back
 * with one more row, so it works without JavaScript).
 */
export function EvidenceFields({
  kind,
  state,
  errors,
  pillars,
  isNew,
  fileName,
}: {
  kind: EvidenceKind;
  state: FormState;
  errors?: FieldErrors;
  pillars: Pillars;
  isNew: boolean;
  /** The stored file's name, when editing a file item. */
  fileName?: string;
}) {
  const t = useT();
  const v = (name: string) => state.values[name] ?? "";
  const text = (name: string, hint?: string) => (
    <TextField
      name={name}
      label={t(`evidence.fields.${name}`)}
      hint={hint}
      defaultValue={v(name)}
      errors={errors}
    />
  );
  const area = (name: string, hint?: string, rows = 4) => (
    <TextAreaField
      name={name}
      label={t(`evidence.fields.${name}`)}
      hint={hint}
      defaultValue={v(name)}
      errors={errors}
      rows={rows}
    />
  );
  const date = (name: string, label: string, hint: string) => (
    <TextField
      name={name}
      label={label}
      hint={hint}
      type="date"
      width="w-48"
      defaultValue={v(name)}
      errors={errors}
    />
  );
  const extra = Number(v("extraSessions") || "0");
  return (
    <>
      <input type="hidden" name="kind" value={kind} />
      {kind === "event" && <DefaultSubmit>{isNew ? t("evidence.create") : t("evidence.save")}</DefaultSubmit>}
      {text("title")}
      {area("description", t("evidence.hints.description"))}
      {kind === "event"
        ? date("occurredOn", t("evidence.fields.firstDay"), t("evidence.hints.firstDay"))
        : date("occurredOn", t("evidence.fields.occurredOn"), t("evidence.hints.occurredOn"))}
      <ChoiceField
        type="checkbox"
        name="pillars"
        legend={t("evidence.fields.pillars")}
        hint={t("evidence.hints.pillars")}
        errors={errors}
        options={pillars.map((p) => ({ value: p.key, label: p.name }))}
        checked={state.lists.pillars ?? []}
      />
      {kind === "link" && (
        <TextField
          name="url"
          type="url"
          label={t("evidence.fields.url")}
          hint={t("evidence.hints.url")}
          defaultValue={v("url")}
          errors={errors}
        />
      )}
      {kind === "document" && area("heldBy", t("evidence.hints.heldBy"), 2)}
      {kind === "file" && (
        <Field
          name="file"
          label={isNew ? t("evidence.fields.file") : t("evidence.fields.replaceFile")}
          hint={
            fileName
              ? `${t("evidence.hints.file")} ${t("evidence.hints.currentFile", { name: fileName })}`
              : t("evidence.hints.file")
          }
          errors={errors}
        >
          {(a) => (
            <input {...a} type="file" name="file" accept={ACCEPTED_FILES} className="mt-1 block max-w-xl" />
          )}
        </Field>
      )}
      {kind === "testimonial" && (
        <>
          {area("quote")}
          {text("who")}
          {text("role")}
        </>
      )}
      {kind === "event" && (
        <>
          <ChoiceField
            type="radio"
            name="eventType"
            legend={t("evidence.fields.eventType")}
            errors={errors}
            options={EVENT_TYPES.map((e) => ({ value: e, label: t(`evidence.eventTypes.${e}`) }))}
            checked={v("eventType") ? [v("eventType")] : []}
          />
          {date("endsOn", t("evidence.fields.endsOn"), t("evidence.hints.endsOn"))}
          <TextField
            name="attendance"
            label={t("evidence.fields.attendance")}
            hint={t("evidence.hints.attendance")}
            width="w-48"
            defaultValue={v("attendance")}
            errors={errors}
          />
          {area("feedback")}
          <h2 className="mb-2 mt-8 text-2xl font-bold">{t("evidence.sessionsTitle")}</h2>
          <p className="mb-4 max-w-3xl text-slate-600">{t("evidence.sessionsHint")}</p>
          {sessionRows(state.values, 3 + extra).map((n) => (
            <fieldset key={n} className="mb-4 border-l-4 border-slate-300 pl-4">
              <legend className="mb-1 font-bold">{t("evidence.session", { n: n + 1 })}</legend>
              <div className="grid max-w-3xl gap-x-6 sm:grid-cols-2">
                <TextField
                  name={`sessions.${n}.title`}
                  label={t("evidence.fields.sessionTitle")}
                  defaultValue={v(`sessions.${n}.title`)}
                  errors={errors}
                />
                <TextField
                  name={`sessions.${n}.ranBy`}
                  label={t("evidence.fields.ranBy")}
                  defaultValue={v(`sessions.${n}.ranBy`)}
                  errors={errors}
                />
              </div>
            </fieldset>
          ))}
          <input type="hidden" name="extraSessions" value={extra} />
          <p className="mb-6">
            <button
              type="submit"
              name="intent"
              value="add-session"
              className="bg-slate-200 px-4 py-2 font-bold text-slate-900 shadow-[0_2px_0_#0b0c0c] hover:bg-slate-300"
            >
              {t("evidence.addSession")}
            </button>
          </p>
        </>
      )}
      {kind === "case-study" && (
        <>
          {text("person", t("evidence.hints.person"))}
          {text("roleThen")}
          {text("roleNow")}
          {area("whatHelped")}
          {area("ownWords", t("evidence.hints.ownWords"))}
          {isNew && (
            <section aria-labelledby="consent-title" className="mb-6 border-l-4 border-slate-300 pl-4">
              <h2 id="consent-title" className="mb-2 text-2xl font-bold">
                {t("evidence.consentTitle")}
              </h2>
              <p className="mb-4 max-w-3xl text-slate-600">{t("evidence.consentIntro")}</p>
              <ChoiceField
                type="checkbox"
                name="consentGiven"
                legend={t("evidence.fields.consentGiven")}
                errors={errors}
                options={[{ value: "yes", label: t("evidence.fields.consentGivenLabel") }]}
                checked={v("consentGiven") ? ["yes"] : []}
              />
              {date("consentOn", t("evidence.fields.consentOn"), t("evidence.hints.consentOn"))}
              <TextAreaField
                name="consentScope"
                label={t("evidence.fields.scope")}
                hint={t("evidence.hints.scope")}
                defaultValue={v("consentScope")}
                errors={errors}
                rows={2}
              />
            </section>
          )}
        </>
      )}
    </>
  );
}

/** Someone else saved first: the fields that differ, theirs beside the person's own. */
export function EvidenceStale({
  yours,
  theirs,
  pillars,
}: {
  yours: FormState;
  theirs: FormState;
  pillars: Pillars;
}) {
  const t = useT();
  const pillar = (key: string) => pillars.find((p) => p.key === key)?.name ?? key;
  const mine = describeEvidence(yours, pillar);
  const saved = describeEvidence(theirs, pillar);
  return (
    <StaleComparison
      title={t("evidence.staleTitle")}
      intro={t("evidence.staleIntro")}
      fields={EVIDENCE_COMPARED}
      yours={mine}
      theirs={saved}
      label={(f) => fieldName(t(`evidence.fields.${f}`))}
    />
  );
}

type SummaryItem = {
  kind: EvidenceKind;
  description: string;
  occurredOn: string | null;
  url: string | null;
  pillars: string[];
  details: unknown;
};

/** An item's fields as a GOV.UK summary list, the kind's own after the common ones. */
export function EvidenceSummary({
  item,
  pillars,
  file,
}: {
  item: SummaryItem;
  pillars: Pillars;
  file: { href: string; fileName: string; sizeBytes: number } | null;
}) {
  const t = useT();
  const d = (item.details ?? {}) as EvidenceDetails;
  const row = (key: string, value: React.ReactNode) => ({
    key: fieldName(t(`evidence.fields.${key}`)),
    value,
  });
  const para = (value?: string) => value && <span className="whitespace-pre-line">{value}</span>;
  const rows = [
    row("kind", <KindTag kind={item.kind} />),
    row(
      item.kind === "event" ? "firstDay" : "occurredOn",
      item.occurredOn ? formatDate(item.occurredOn) : "",
    ),
    row("description", para(item.description)),
    row("pillars", item.pillars.map((p) => pillars.find((x) => x.key === p)?.name ?? p).join(", ")),
  ];
  if (item.kind === "link")
    rows.push(
      row(
        "url",
        item.url && (
          <a href={item.url} rel="noopener noreferrer" className="break-all">
            {item.url}
          </a>
        ),
      ),
    );
  if (item.kind === "document") rows.push(row("heldBy", para(d.heldBy)));
  if (item.kind === "file")
    rows.push(
      row(
        "file",
        file && (
          <>
            <a href={file.href}>{t("evidence.download", { name: file.fileName })}</a> (
            {formatBytes(file.sizeBytes)})
          </>
        ),
      ),
    );
  if (item.kind === "testimonial")
    rows.push(row("quote", para(d.quote)), row("who", d.who), row("role", d.role));
  if (item.kind === "event")
    rows.push(
      row("eventType", d.eventType ? t(`evidence.eventTypes.${d.eventType}`) : ""),
      row("endsOn", d.endsOn ? formatDate(d.endsOn) : ""),
      row("attendance", d.attendance ?? ""),
      row("feedback", para(d.feedback)),
      row(
        "sessions",
        d.sessions?.length ? (
          <ul className="list-disc pl-5">
            {d.sessions.map((s, n) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: two sessions may share a title.
              <li key={n}>{s.ranBy ? t("evidence.sessionBy", { title: s.title, by: s.ranBy }) : s.title}</li>
            ))}
          </ul>
        ) : (
          ""
        ),
      ),
    );
  if (item.kind === "case-study")
    rows.push(
      row("person", d.person),
      row("roleThen", d.roleThen),
      row("roleNow", d.roleNow),
      row("whatHelped", para(d.whatHelped)),
      row("ownWords", para(d.ownWords)),
    );
  return <SummaryList rows={rows} />;
}

/**
 * A form label as a heading for what was answered: "(optional)" tells a person filling the form
 * they may leave it, and means nothing beside an answer or in a table of them.
 */
export const fieldName = (label: string) => label.replace(/\s*\(optional\)$/, "");
