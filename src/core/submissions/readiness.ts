import type { NarrativeDoc } from "../narrative/doc";
import type { StructuredKind } from "../templates/template-types";
import type { FigureFact } from "./figure-facts";
import type { FindingMessageKey, FindingParams } from "./readiness-messages";
import { planFindings } from "./readiness-plan-rules";
import { questionFindings, signatureFindings, talentFindings } from "./readiness-rules";

/*
 * The readiness check (pure): what stops a submission going to the central team, and what a
 * reviewer would query. `check-readiness.server.ts`, `hub check`, the page and the API all call
 * `checkReadiness` with the submission as loaded; hrefs are explained in readiness-href.ts and the
 * words in readiness-messages.ts.
 */

export const FINDING_CODES = [
  // Blocking.
  "unanswered",
  "word-limit",
  "red-without-explanation",
  "talent-duplicate",
  "not-signed",
  // Warnings.
  "action-without-owner",
  "action-without-timescale",
  "action-without-outcome",
  "pillar-without-action",
  "previous-plan-old",
  "no-technician-voice",
  "no-public-url",
  "no-new-plan",
  "contradiction",
] as const;
export type FindingCode = (typeof FINDING_CODES)[number];
export type Severity = "blocking" | "warning";

export type Finding = {
  code: FindingCode;
  severity: Severity;
  message: string;
  /** Path relative to the submission page, e.g. "sections/q3" plus an optional "#anchor" (readiness-href.ts). */
  href: string;
  /** Ids for the UI: question id, action id, recommendation id, pillar id, figure ref… */
  subject?: string;
  /** For a message catalogue: `message` is FINDING_MESSAGES[messageKey] with `params`. */
  messageKey: FindingMessageKey;
  params: FindingParams;
};

export type ReadinessQuestion = {
  id: string;
  number: string;
  title: string;
  required: boolean;
  narrative: boolean;
  structured: StructuredKind | null;
  wordLimit: number | null;
};

export type ReadinessInput = {
  /** ISO date, Europe/London. */
  today: string;
  /** ISO date. */
  windowCloses: string;
  state: "draft" | "ready" | "signed" | "submitted";
  questions: ReadinessQuestion[];
  talentMode: "narrative" | "per-recommendation";
  /** By question id, or "cross-references". */
  answers: Record<string, { narrative: NarrativeDoc | null; data: unknown; complete: boolean }>;
  previousPlan: null | {
    id: string;
    title: string;
    endsOn: string;
    actions: {
      id: string;
      ref: string;
      title: string;
      rating: null | { colour: "red" | "amber" | "green"; label: string; commentary: string };
    }[];
  };
  newPlan: null | {
    id: string;
    pillars: { id: string; name: string }[];
    actions: {
      id: string;
      ref: string;
      title: string;
      pillars: string[];
      owner: string;
      leadName: string;
      timescaleText: string;
      markers: string[];
    }[];
  };
  /** In answer order; `position` is the point it is answered at (1-based). */
  talentAnswers: { recommendationId: string; number: number | null; position: number }[];
  technicianVoice: { consultations: number; participants: number | null };
  publicUrl: string | null;
  signatures: { lead: boolean; signatory: boolean };
  /** From figure-facts.ts. */
  figures: FigureFact[];
  /** Bound figures are read from the narratives themselves. */
  boundRefs?: never;
};

/** A finding and where it sorts: its question's place, or past the last question. */
export type Placed = { finding: Finding; at: number };

/** Blocking first, then in question order (the cross-references, then signing, come last). */
export function checkReadiness(input: ReadinessInput): Finding[] {
  const placed: Placed[] = [
    ...questionFindings(input),
    ...talentFindings(input),
    ...planFindings(input),
    ...signatureFindings(input),
  ];
  const rank = (s: Severity) => (s === "blocking" ? 0 : 1);
  return placed
    .map((p, i) => ({ ...p, i }))
    .sort((a, b) => rank(a.finding.severity) - rank(b.finding.severity) || a.at - b.at || a.i - b.i)
    .map((p) => p.finding);
}

/** Anything that stops the submission being submitted. */
export const isBlocked = (findings: Finding[]) => findings.some((f) => f.severity === "blocking");

/**
 * Anything that stops it being frozen for sign-off: everything blocking but the signatures, which
 * can only come after the freeze.
 */
export const blocksSignOff = (findings: Finding[]) =>
  findings.some((f) => f.severity === "blocking" && f.code !== "not-signed");
