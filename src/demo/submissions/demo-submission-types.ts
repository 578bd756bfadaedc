/**
 * The demo's submissions as data: each institution's 2024 submission (signed and submitted) and an
 * unfinished draft for its next window. The loader (src/core/platform/load-demo-submissions.server.ts)
 * starts each through the use-cases, saves the answers, and freezes, signs and submits where asked.
 *
 * Narratives are Markdown (src/core/narrative/markdown.ts turns them into the document tree).
 * Structured parts follow the section schemas (src/core/submissions/sections); where they name
 * something the demo made, they use a reference the loader resolves:
 *   { $evidence: "<demo evidence title>" } → that evidence item's id
 *   { $action: "<demo action key>" }      → that action's id (plan keys and action keys from src/demo/plans)
 *   { $talent: <number> }                 → the id of TALENT recommendation <number>
 *   { $plan: "<demo plan key>" }          → that plan's id
 */
export type DemoRef = { $evidence: string } | { $action: string } | { $talent: number } | { $plan: string };

export type DemoAnswer = {
  markdown?: string;
  /** The structured part, with DemoRef objects where an id is needed. */
  data?: unknown;
  complete: boolean;
};

export type DemoSignature = {
  block: "lead" | "signatory";
  /** A demo account of the institution with the right role (lead@…, signatory@…). */
  email: string;
  typedName: string;
  role: string;
  signedOn: string;
};

export type DemoSubmission = {
  key: string;
  institutionSlug: "lstm" | "birmingham";
  templateKey: "renewal" | "stage-3" | "initial";
  windowCloses: string;
  previousPlanKey: string | null;
  newPlanKey: string | null;
  /** Keyed by section: "header", the template's question ids ("q1"…), "cross-references". */
  answers: Record<string, DemoAnswer>;
  /** Signed and submitted submissions: the day it was frozen, the signatures, the day it was submitted. */
  frozenOn?: string;
  signatures?: DemoSignature[];
  submittedOn?: string;
};
