import { data } from "react-router";
import type { UploadedFile } from "../../src/core/evidence/store-file.server";
import { t } from "../i18n/i18n";
import { EVIDENCE_LISTS, evidenceInput } from "./evidence-forms";
import { type EvidenceForm, readEvidenceForm } from "./evidence-upload.server";
import { listValues } from "./plan-forms";
import { type PlanFormFailure, planFormFailure } from "./plan-forms.server";

export type EvidenceFormFailure = PlanFormFailure;

/**
 * `planFormFailure` for the evidence forms. A browser never refills a file input, so when a file
 * was sent the message says to choose it again; everything else typed is kept.
 */
export function evidenceFormFailure(
  error: unknown,
  read: Extract<EvidenceForm, { form: FormData }>,
  fieldFor: (key: string) => string,
) {
  const failure = planFormFailure(error, read.form, { lists: EVIDENCE_LISTS, fieldFor });
  if (read.file) failure.data.formError = `${failure.data.formError} ${t("evidence.chooseAgain")}`;
  return failure;
}

/** A body too large to read: refused before reading it, so nothing typed could be kept. */
export function tooLargeFailure() {
  const body: EvidenceFormFailure = {
    ok: false,
    formError: t("evidence.tooLargeForm"),
    fieldErrors: { file: [t("evidence.tooLarge")] },
    values: {},
    lists: {},
    code: "INVALID",
  };
  return data(body, { status: 413 });
}

export type MoreSessions = { added: true; values: Record<string, string>; lists: Record<string, string[]> };

/**
 * "Add another session" without JavaScript: the same form back, unsaved, with one more blank row;
 * null when the form was sent to be saved.
 */
export function moreSessions(form: FormData): MoreSessions | null {
  if (form.get("intent") !== "add-session") return null;
  const values: Record<string, string> = {};
  form.forEach((v, k) => {
    if (typeof v === "string" && k !== "intent") values[k] = v;
  });
  values.extraSessions = String(Number(values.extraSessions || "0") + 1);
  return { added: true, values, lists: listValues(form, EVIDENCE_LISTS) };
}

export type SubmittedEvidence = { form: FormData; file: UploadedFile | null; input: Record<string, unknown> };

/**
 * The add and edit pages' action: reads the form (refusing a body too large to read), answers
 * "Add another session" itself, and otherwise hands the input to `save`, whose typed errors come
 * back as the form with everything typed kept.
 */
export async function handleEvidenceForm(
  request: Request,
  save: (submitted: SubmittedEvidence) => Promise<Response>,
) {
  const read = await readEvidenceForm(request);
  if ("tooLarge" in read) return tooLargeFailure();
  const more = moreSessions(read.form);
  if (more) return more;
  const { input, fieldFor } = evidenceInput(read.form);
  try {
    return await save({ ...read, input });
  } catch (error) {
    return evidenceFormFailure(error, read, fieldFor);
  }
}
