import type { TConsentInput } from "../../src/core/evidence/evidence-fields";
import type { EvidenceDetails, EvidenceKind } from "../../src/core/evidence/evidence-types";
import { type FormState, listValues, type MappedInput, rowIndexes, rowMapper } from "./plan-forms";

/**
 * The evidence forms ↔ the evidence use-cases' inputs (pure, tested as tables). Field names are the
 * names `ZEvidenceInput` reports errors under; an event's sessions are repeated rows
 * `sessions.<n>.title` / `sessions.<n>.ranBy`, and rows left blank are dropped.
 */

/** Every single-value field of the evidence form, common and per kind, in the form's order. */
export const EVIDENCE_FIELDS = [
  "title",
  "description",
  "occurredOn",
  "url",
  "heldBy",
  "quote",
  "who",
  "role",
  "eventType",
  "endsOn",
  "attendance",
  "feedback",
  "person",
  "roleThen",
  "roleNow",
  "whatHelped",
  "ownWords",
] as const;

export const EVIDENCE_LISTS = ["pillars"] as const;

/** The consent block of a new case study: its fields, and the consent use-case's names for them. */
const CONSENT_FIELDS = { on: "consentOn", scope: "consentScope", note: "consentNote" } as const;

const str = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
};

/** The evidence form → createEvidence/updateEvidence input (without the file or expectedVersion). */
export function evidenceInput(form: FormData): MappedInput {
  const sessions: { title: string; ranBy: string }[] = [];
  const kept: number[] = [];
  for (const i of rowIndexes(form.keys(), "sessions")) {
    const title = str(form, `sessions.${i}.title`).trim();
    const ranBy = str(form, `sessions.${i}.ranBy`).trim();
    if (!title && !ranBy) continue;
    sessions.push({ title, ranBy });
    kept.push(i);
  }
  const input: Record<string, unknown> = {
    kind: str(form, "kind"),
    pillars: listValues(form, EVIDENCE_LISTS).pillars,
    sessions,
  };
  for (const field of EVIDENCE_FIELDS) input[field] = str(form, field);
  const rows = rowMapper({ sessions: kept });
  return {
    input,
    fieldFor: (key) => CONSENT_FIELDS[key as keyof typeof CONSENT_FIELDS] ?? rows(key),
  };
}

/** The consent recorded with a new case study, when its box is ticked. */
export function consentInput(form: FormData): TConsentInput | null {
  if (str(form, "consentGiven") !== "yes") return null;
  return {
    status: "given",
    on: str(form, CONSENT_FIELDS.on),
    scope: str(form, CONSENT_FIELDS.scope),
    note: str(form, CONSENT_FIELDS.note),
  };
}

type EvidenceLike = {
  kind: EvidenceKind;
  title: string;
  description: string;
  occurredOn: string | null;
  url: string | null;
  pillars: readonly string[];
  details: unknown;
};

/** A saved item as the form's fields, so the edit form and a stale comparison read the same way. */
export function evidenceFormState(item: EvidenceLike): FormState {
  const d = (item.details ?? {}) as EvidenceDetails;
  const values: Record<string, string> = {
    kind: item.kind,
    title: item.title,
    description: item.description,
    occurredOn: item.occurredOn ?? "",
    url: item.url ?? "",
    heldBy: d.heldBy ?? "",
    quote: d.quote ?? "",
    who: d.who ?? "",
    role: d.role ?? "",
    eventType: d.eventType ?? "",
    endsOn: d.endsOn ?? "",
    attendance: d.attendance === null || d.attendance === undefined ? "" : String(d.attendance),
    feedback: d.feedback ?? "",
    person: d.person ?? "",
    roleThen: d.roleThen ?? "",
    roleNow: d.roleNow ?? "",
    whatHelped: d.whatHelped ?? "",
    ownWords: d.ownWords ?? "",
  };
  (d.sessions ?? []).forEach((s, i) => {
    values[`sessions.${i}.title`] = s.title;
    values[`sessions.${i}.ranBy`] = s.ranBy;
  });
  return { values, lists: { pillars: [...item.pillars] } };
}

/** Session rows to draw: every row with something typed (or saved), then `blank` empty ones. */
export function sessionRows(values: Record<string, string>, blank = 3): number[] {
  const filled = rowIndexes(Object.keys(values), "sessions").filter(
    (i) => (values[`sessions.${i}.title`] ?? "").trim() || (values[`sessions.${i}.ranBy`] ?? "").trim(),
  );
  const count = filled.length ? filled[filled.length - 1]! + 1 : 0;
  return Array.from({ length: count + blank }, (_, i) => i);
}

/** The fields a stale comparison shows, one line of text each, the same way for both versions. */
export const EVIDENCE_COMPARED = [...EVIDENCE_FIELDS, "pillars", "sessions"] as const;
export type EvidenceCompared = (typeof EVIDENCE_COMPARED)[number];

export function describeEvidence(
  state: FormState,
  pillar: (key: string) => string,
): Record<EvidenceCompared, string> {
  const v = (name: string) => (state.values[name] ?? "").trim();
  const out = Object.fromEntries(EVIDENCE_FIELDS.map((f) => [f, v(f)])) as Record<EvidenceCompared, string>;
  out.pillars = [...new Set(state.lists.pillars ?? [])].map(pillar).join(", ");
  out.sessions = sessionRows(state.values, 0)
    .map((i) => [v(`sessions.${i}.title`), v(`sessions.${i}.ranBy`)].filter(Boolean).join(" – "))
    .filter(Boolean)
    .join("\n");
  return out;
}
