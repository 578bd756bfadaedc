import { isEmptyDoc, type NarrativeDoc } from "../narrative/doc";
import type { StructuredKind } from "../templates/template-types";

/*
 * Whether a section has an answer, for the readiness check (pure). A section's structured data is
 * `unknown` here: it was checked against its kind's schema when saved, but a template may have
 * changed kind since, and an old row may predate a field, so every read is defensive and anything
 * unexpected counts as no content.
 */

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === "object" && x !== null && !Array.isArray(x);
const list = (data: Obj, key: string): unknown[] =>
  Array.isArray(data[key]) ? (data[key] as unknown[]) : [];
const filled = (x: unknown) => typeof x === "string" && x.trim() !== "";

/** Any row with some text in one of `keys`: a blank row left by "add another" is not content. */
const anyRow = (rows: unknown[], keys: string[]) =>
  rows.some((r) => isObj(r) && keys.some((k) => filled(r[k])));

/**
 * Whether a structured part has something in it. The RAG analysis is filled from the previous plan's
 * ratings, so it has content exactly when there is a previous plan.
 */
export function hasStructuredContent(kind: StructuredKind, data: unknown, hasPreviousPlan: boolean): boolean {
  if (kind === "rag-analysis") return hasPreviousPlan;
  if (!isObj(data)) return false;
  switch (kind) {
    case "governance":
      return anyRow(list(data, "groups"), ["name", "chair"]) || anyRow(list(data, "committees"), ["name"]);
    case "impact-evidence":
      return anyRow(list(data, "items"), ["evidenceId"]);
    case "talent":
      return anyRow(list(data, "answers"), ["text"]) || list(data, "cited").some(filled);
    case "new-plan":
      return filled(data.planId);
    case "technician-voice":
      return anyRow(list(data, "consultations"), ["evidenceId"]) || filled(data.outcomes);
    case "public-page":
      return filled(data.url);
  }
}

export type SectionAnswer = { narrative: NarrativeDoc | null; data: unknown; complete: boolean };

/** Answered when either part has content: a question may be answered in its narrative or its data. */
export function isAnswered(
  question: { narrative: boolean; structured: StructuredKind | null },
  answer: SectionAnswer | undefined,
  hasPreviousPlan: boolean,
): boolean {
  const hasNarrative = question.narrative && !isEmptyDoc(answer?.narrative);
  const hasData =
    question.structured !== null && hasStructuredContent(question.structured, answer?.data, hasPreviousPlan);
  return hasNarrative || hasData;
}

/** The plain-text TALENT answers of a per-recommendation section, by position (1-based). */
export function talentTexts(data: unknown): { position: number; text: string }[] {
  if (!isObj(data)) return [];
  return list(data, "answers").flatMap((a, i) =>
    isObj(a) && filled(a.text) ? [{ position: i + 1, text: a.text as string }] : [],
  );
}

/** A plain-text answer (paragraphs separated by blank lines) as a narrative, to read its claims. */
export function textDoc(text: string): NarrativeDoc {
  return {
    type: "root",
    children: text
      .split(/\n\s*\n/)
      .filter((p) => p.trim())
      .map((p) => ({ type: "paragraph", children: [{ type: "text", value: p.trim() }] })),
  };
}
