import type { StructuredKind } from "../../templates/template-types";

/**
 * What a section's structured part needs to know about the institution to be filled in, checked and
 * shown: the lists its choices come from. The page (and the API) loads it once per request; the
 * rules, forms and views here only read it, so they stay pure.
 */

/** Every structured part of a submission: a template question's, or the fixed cross-references. */
export type SectionKind = StructuredKind | "cross-references";

/** The kinds built here; "rag-analysis" is the previous plan's ratings, drawn from the plan itself. */
export const SECTION_KINDS = [
  "governance",
  "impact-evidence",
  "talent",
  "new-plan",
  "technician-voice",
  "public-page",
  "cross-references",
] as const satisfies readonly SectionKind[];
export type DataSectionKind = (typeof SECTION_KINDS)[number];

export function isDataSectionKind(kind: string): kind is DataSectionKind {
  return (SECTION_KINDS as readonly string[]).includes(kind);
}

export type SectionContext = {
  slug: string;
  /** The institution's plans, to choose the new one. */
  plans: { id: string; title: string; startsOn: string; endsOn: string; status: string }[];
  /** The new plan's actions (what a consultation may have shaped). */
  actions: { id: string; ref: string; title: string; pillars: string[] }[];
  pillars: { id: string; name: string }[];
  /** The library's events (kind "event"): the consultations technicians took part in. */
  events: { id: string; title: string; occurredOn: string | null; attendance: number | null }[];
  /** The whole evidence library, for evidence of impact. */
  evidence: { id: string; title: string; kind: string }[];
  recommendations: { id: string; number: number; summary: string }[];
  /** From the template version: the other charters' submissions it invites cross-references to. */
  crossReferenceSchemes: string[];
  /**
   * From the template version: TALENT answered one recommendation at a time, or as one narrative
   * (then the section only records which recommendations the narrative cites). Per recommendation
   * unless told.
   */
  talentMode?: "narrative" | "per-recommendation";
};

/** A problem with an answer found against the context, under the answer's field path. */
export type ContextIssue = { path: (string | number)[]; message: string };
