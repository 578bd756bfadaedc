import { createHash } from "node:crypto";
import { templateSections } from "../templates/template-sections";
import type { TemplateContent } from "../templates/template-types";

/** How a further part of a question is named on the task list ("6. … (technician voice)"). */
const PART_TITLES: Record<string, string> = {
  governance: "governance",
  "rag-analysis": "RAG analysis",
  "impact-evidence": "evidence of impact",
  talent: "TALENT recommendations",
  "new-plan": "the new plan",
  "technician-voice": "technician voice",
  "public-page": "public page",
};

/**
 * Pure rules of a submission: its states, the task list, which section keys exist, and the
 * fingerprint of a frozen version. No I/O; tested as tables in submission-rules.test.ts.
 */

export const SUBMISSION_STATES = ["draft", "ready", "signed", "submitted"] as const;
export type SubmissionState = (typeof SUBMISSION_STATES)[number];

export const STATE_LABELS: Record<SubmissionState, string> = {
  draft: "Draft",
  ready: "Ready for sign-off",
  signed: "Signed",
  submitted: "Submitted",
};

/** The fixed sections every submission has besides the template's questions. */
export const HEADER_SECTION = "header";
export const CROSS_REFERENCES_SECTION = "cross-references";

export type SectionDef = {
  key: string;
  number: string | null;
  title: string;
  required: boolean;
};

/** The sections of a submission in task-list order: the header, each question, cross-references. */
export function sectionsOf(content: TemplateContent): SectionDef[] {
  return [
    { key: HEADER_SECTION, number: null, title: "Your institution and lead", required: true },
    ...templateSections(content).map((s) => ({
      key: s.key,
      number: s.number,
      title: s.kind === "part" ? `${s.title} (${PART_TITLES[s.structured ?? ""] ?? s.structured})` : s.title,
      required: s.required,
    })),
    ...(content.crossReferenceSchemes.length
      ? [
          {
            key: CROSS_REFERENCES_SECTION,
            number: null,
            title: "Cross-references to other charters",
            required: false,
          },
        ]
      : []),
  ];
}

export const TASK_STATUSES = ["not-started", "in-progress", "complete"] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/**
 * A section is complete when its author says so (GOV.UK's "Have you completed this section?"),
 * in progress once anything is saved, and not started before that.
 */
export function taskStatus(answer: { hasContent: boolean; complete: boolean } | null): TaskStatus {
  if (!answer) return "not-started";
  if (answer.complete) return "complete";
  return answer.hasContent ? "in-progress" : "not-started";
}

/**
 * What each change does to the state. An edit to a frozen submission (ready or signed) reopens it:
 * the signatures belong to the version they signed, so the submission is a draft again and the next
 * freeze makes version n+1. A submitted submission is closed: the next window gets a new one.
 */
export type SubmissionEvent = "edit" | "freeze" | "sign-complete" | "submit";

export function nextState(state: SubmissionState, event: SubmissionEvent): SubmissionState | null {
  switch (event) {
    case "edit":
      return state === "submitted" ? null : "draft";
    case "freeze":
      return state === "draft" ? "ready" : null;
    case "sign-complete":
      return state === "ready" ? "signed" : null;
    case "submit":
      return state === "signed" ? "submitted" : null;
  }
}

export const isFrozen = (state: SubmissionState) => state === "ready" || state === "signed";

export const SIGNATURE_BLOCKS = ["lead", "signatory"] as const;
export type SignatureBlock = (typeof SIGNATURE_BLOCKS)[number];

/** The form's labels for the two blocks. */
export const BLOCK_LABELS: Record<SignatureBlock, string> = {
  lead: "Technician Commitment nominated institutional lead",
  signatory: "Technician Commitment signatory – leader of the institution",
};

/**
 * JSON with object keys sorted at every level and no insignificant whitespace, so one content gives
 * one string on every engine (jsonb reorders keys) and the fingerprint can be re-checked on read.
 * `undefined` members are dropped, as JSON.stringify does; dates must already be strings.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") {
    if (typeof value === "number" && !Number.isFinite(value)) throw new Error("Not a finite number.");
    return JSON.stringify(value) ?? "null";
  }
  if (Array.isArray(value))
    return `[${value.map((v) => (v === undefined ? "null" : canonicalJson(v))).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

/** The fingerprint of a frozen version: SHA-256 of its canonical JSON, hex. */
export function fingerprint(snapshot: unknown): string {
  return createHash("sha256").update(canonicalJson(snapshot), "utf8").digest("hex");
}

/** Shown to people: the first 16 hex digits in groups of four. */
export function shortFingerprint(hex: string): string {
  return (hex.slice(0, 16).match(/.{4}/g) ?? []).join(" ");
}

/** The template a new submission starts on: the initial form before any submission, else renewal. */
export function templateKeyFor(lastSubmission: { stage: string } | null): "initial" | "renewal" {
  return lastSubmission ? "renewal" : "initial";
}
