import type { TemplateContent } from "../../src/core/templates/template-types";
import { useT } from "../i18n/i18n";
import { SummaryList, Tag } from "./ui";

/** A version's status in words, the colour only repeating it. */
export function TemplateStatusTag({ status }: { status: "draft" | "published" | "superseded" }) {
  const t = useT();
  const tone = status === "published" ? "green" : status === "draft" ? "blue" : "grey";
  return <Tag tone={tone}>{t(`templates.status.${status}`)}</Tag>;
}

export function VerifiedTag({ verified }: { verified: boolean }) {
  const t = useT();
  return (
    <Tag tone={verified ? "green" : "yellow"}>
      {verified ? t("templates.verified") : t("templates.unverified")}
    </Tag>
  );
}

/** The GOV.UK warning text: the unchecked wording is said in words before anyone relies on it. */
export function UnverifiedWarning() {
  const t = useT();
  return (
    <div className="mb-8 max-w-3xl border-l-8 border-yellow-500 bg-yellow-50 p-4">
      <h2 className="text-xl font-bold">{t("templates.unverifiedTitle")}</h2>
      <p className="mt-2">{t("templates.unverifiedWarning")}</p>
    </div>
  );
}

function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text
        .split(/\n\s*\n/)
        .map((p) => p.trim())
        .filter(Boolean)
        .map((p) => (
          <p key={p} className="mb-3 max-w-3xl whitespace-pre-line">
            {p}
          </p>
        ))}
    </>
  );
}

/**
 * One template version as institutions will meet it: when it is due, where questions go, the
 * header, how TALENT is answered, the guidance, then the questions in order with their help,
 * parts and word limits, and the source of the wording.
 */
export function TemplateVersionBody({ content, verified }: { content: TemplateContent; verified: boolean }) {
  const t = useT();
  return (
    <>
      {!verified && <UnverifiedWarning />}
      <SummaryList
        rows={[
          { key: t("templates.due"), value: content.due },
          {
            key: t("templates.contact"),
            value: <a href={`mailto:${content.contactEmail}`}>{content.contactEmail}</a>,
          },
          {
            key: t("templates.header"),
            value: content.header.map((h) => t(`templates.headerFields.${h}`)).join(", "),
          },
          { key: t("templates.talentMode"), value: t(`templates.talentModes.${content.talentMode}`) },
          {
            key: t("templates.crossReferences"),
            value: content.crossReferenceSchemes.length ? (
              <ul className="list-disc pl-5">
                {content.crossReferenceSchemes.map((s) => (
                  <li key={s}>{s}</li>
                ))}
              </ul>
            ) : (
              ""
            ),
          },
          { key: t("templates.sourceLabel"), value: content.source },
        ]}
      />
      <h2 className="mb-3 text-2xl font-bold">{t("templates.guidance")}</h2>
      <Paragraphs text={content.guidance} />
      <h2 className="mt-8 mb-3 text-2xl font-bold">{t("templates.questions")}</h2>
      <ol className="max-w-4xl divide-y divide-slate-300 border-y border-slate-300">
        {content.questions.map((q) => (
          <li key={q.id} className="py-4">
            <h3 className="text-xl font-bold">
              {t("templates.questionHeading", { number: q.number, title: q.title })}
            </h3>
            {q.help && <p className="mt-1 max-w-3xl whitespace-pre-line">{q.help}</p>}
            <p className="mt-2 flex flex-wrap gap-2">
              <span className="sr-only">{t("templates.partsLabel")}:</span>
              <Tag tone={q.required ? "blue" : "grey"}>
                {q.required ? t("templates.required") : t("templates.optional")}
              </Tag>
              {q.narrative && <Tag>{t("templates.writtenAnswer")}</Tag>}
              {[q.structured, ...q.additionalParts]
                .filter((p) => p !== null)
                .map((p) => (
                  <Tag key={p}>{t(`templates.structured.${p}`)}</Tag>
                ))}
              {q.narrative && (
                <Tag>
                  {q.wordLimit === null
                    ? t("templates.noWordLimit")
                    : t("templates.wordLimit", { count: q.wordLimit })}
                </Tag>
              )}
            </p>
          </li>
        ))}
      </ol>
    </>
  );
}
