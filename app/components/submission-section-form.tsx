import { useEffect, useRef, useState } from "react";
import { Form, useFetcher } from "react-router";
import type { NarrativeDoc } from "../../src/core/narrative/doc";
import type { SectionView } from "../../src/core/submissions/get-section.server";
import { emptySectionData } from "../../src/core/submissions/sections/index";
import { useT } from "../i18n/i18n";
import type { FormFailure } from "../lib/errors.server";
import { Button, ChoiceField, DefaultSubmit, TextField } from "./forms";
import { NarrativeEditor } from "./narrative/narrative-editor";
import { SectionFields } from "./sections/index";

type Failure = FormFailure & { raw?: unknown };
type Preview = { ok: true; preview?: unknown; values?: Record<string, string> };

/** How long typing pauses before an autosave: long enough not to save every word. */
const AUTOSAVE_AFTER_MS = 3000;

function keptDoc(values: Record<string, string> | undefined): NarrativeDoc | null {
  const raw = values?.["answer.doc"];
  if (!raw) return null;
  try {
    return JSON.parse(raw) as NarrativeDoc;
  } catch {
    return null;
  }
}

/**
 * The section's form: the header's fields, or the narrative editor and the structured part, then
 * "Have you completed this section?". With JavaScript the narrative autosaves as revisions; the
 * version field follows each autosave, so a later save is only refused if someone else saved.
 */
export function SectionForm({
  view,
  markdown,
  failure,
  preview,
  headerData,
  staleVersion,
}: {
  view: SectionView;
  markdown: string;
  failure?: Failure;
  preview?: Preview;
  headerData: Partial<{ leadNames: string; email: string; contactNumber: string }>;
  staleVersion?: number;
}) {
  const t = useT();
  const fetcher = useFetcher<{ ok: boolean; saved?: number; formError?: string }>();
  const [version, setVersion] = useState(staleVersion ?? view.answer?.version ?? 0);
  const [autosaveState, setAutosaveState] = useState<"idle" | "saving" | "saved" | "failed">("idle");
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const values = failure?.values ?? preview?.values;
  const question = view.shape.kind === "question" ? view.shape.question : null;
  const kind = view.shape.kind === "cross-references" ? "cross-references" : question?.structured;
  const structured = kind && kind !== "rag-analysis" ? kind : null;
  const errors = failure?.fieldErrors;

  useEffect(
    () => setVersion(staleVersion ?? view.answer?.version ?? 0),
    [staleVersion, view.answer?.version],
  );
  useEffect(() => {
    if (fetcher.state !== "idle" || !fetcher.data) return;
    if (fetcher.data.ok && typeof fetcher.data.saved === "number") {
      setVersion(fetcher.data.saved);
      setAutosaveState("saved");
    } else setAutosaveState("failed");
  }, [fetcher.state, fetcher.data]);

  const autosave = (doc: NarrativeDoc) => {
    if (timer.current) clearTimeout(timer.current);
    if (autosaveState === "failed") return;
    timer.current = setTimeout(() => {
      setAutosaveState("saving");
      fetcher.submit(
        { intent: "autosave", version: String(version), "answer.doc": JSON.stringify(doc) },
        { method: "post" },
      );
    }, AUTOSAVE_AFTER_MS);
  };

  const complete = values?.complete ?? (view.answer?.complete ? "yes" : view.answer ? "no" : "");
  return (
    <Form method="post" noValidate className="max-w-3xl">
      <input type="hidden" name="version" value={version} />
      <DefaultSubmit>{t("submission.saveAndReturn")}</DefaultSubmit>
      {view.shape.kind === "header" && (
        <>
          <TextField
            name="leadNames"
            label={t("submission.header.leadNames")}
            hint={t("submission.header.leadNamesHint")}
            errors={errors}
            defaultValue={values?.leadNames ?? headerData.leadNames}
          />
          <TextField
            name="email"
            type="email"
            label={t("submission.header.email")}
            errors={errors}
            defaultValue={values?.email ?? headerData.email}
            autoComplete="email"
          />
          {view.template.content.header.includes("contact-number") && (
            <TextField
              name="contactNumber"
              type="tel"
              label={t("submission.header.contactNumber")}
              errors={errors}
              defaultValue={values?.contactNumber ?? headerData.contactNumber}
              autoComplete="tel"
            />
          )}
        </>
      )}
      {question?.narrative && (
        <NarrativeEditor
          name="answer"
          label={t("submission.answerLabel")}
          hint={
            question.wordLimit
              ? t("submission.answerHintLimit", { count: question.wordLimit })
              : t("submission.answerHint")
          }
          doc={keptDoc(values) ?? view.answer?.narrative ?? null}
          markdown={values?.["answer.markdown"] ?? (keptDoc(values) ? undefined : markdown)}
          figures={view.figures}
          errorMessage={errors?.narrative?.join(" ") ?? errors?.answer?.join(" ")}
          onChange={autosave}
        />
      )}
      {autosaveState !== "idle" && (
        <p role="status" className="mb-4 text-slate-700">
          {t(`submission.autosave.${autosaveState}`)}
        </p>
      )}
      {structured && (
        <SectionFields
          kind={structured}
          data={preview?.preview ?? failure?.raw ?? view.answer?.data ?? emptySectionData(structured)}
          errors={errors ?? {}}
          context={view.context}
        />
      )}
      <ChoiceField
        type="radio"
        name="complete"
        legend={t("submission.completeQuestion")}
        errors={errors}
        checked={complete ? [complete] : []}
        options={[
          { value: "yes", label: t("submission.completeYes") },
          { value: "no", label: t("submission.completeNo") },
        ]}
      />
      <Button name="intent" value="save">
        {t("submission.saveAndReturn")}
      </Button>
    </Form>
  );
}
