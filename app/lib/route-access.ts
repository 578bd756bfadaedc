import type { InstitutionRole } from "../../src/core/actor";
import type { TemplateContent } from "../../src/core/templates/template-types";

/**
 * Every route module exports `access`: how to call it and who may. The isolation test
 * (tests/integration/isolation.test.ts) calls every route as every subject against the demo
 * institution "birmingham" and fails for a route without this export.
 *
 * Subjects: "<role>:own" is a member of birmingham with that role; "<role>:other" is a member of
 * another institution (lstm) with that role, who must get no more than the anonymous do.
 */
export type Subject = "anonymous" | "central" | `${InstitutionRole}:own` | `${InstitutionRole}:other`;

export type FixtureHelpers = {
  /** The target institution's slug. */
  slug: string;
  unique(): string;
  /** A fresh viewer membership in the target institution. */
  newMember(): Promise<{ memberId: string; version: number }>;
  newInvitation(): Promise<{ invitationId: string }>;
  /** A token owned by the subject making the request (null for the anonymous). */
  ownToken(): Promise<{ tokenId: string } | null>;
  institutionVersion(): Promise<number>;
  /**
   * A fresh plan of the target institution (made by its lead through the use-cases), with one
   * action: "draft" stays a draft (members only), "published" is readable by everyone.
   */
  newPlan(status: "draft" | "published"): Promise<{ planId: string; actionId: string; planVersion: number }>;
  /** The current version of an action, for If-Match and hidden version fields. */
  actionVersion(actionId: string): Promise<number>;
  /** A fresh count indicator of the target institution (made by its lead) with one figure for 2023. */
  newIndicator(): Promise<{ indicatorId: string; version: number; observationId: string }>;
  /**
   * A fresh evidence item of the target institution (made by its lead): a PDF file by default, a PNG
   * image ("image"), or a case study with consent given. `actionId` is an action of a fresh draft plan it can be linked to.
   */
  newEvidence(
    kind?: "file" | "image" | "case-study",
  ): Promise<{ evidenceId: string; version: number; actionId: string }>;
  /** A fresh past submission of the target institution (recorded by its lead), at version 1. */
  newPastSubmission(): Promise<{ id: string }>;
  /**
   * The template's open draft version, made by the central team when none is open (the same one
   * for a request's params and body).
   */
  templateDraft(key: string): Promise<{ number: number; version: number; content: TemplateContent }>;
  /** No draft open on the template: discards any, so the next request can start one. */
  noTemplateDraft(key: string): Promise<void>;
  /** A window-closing day (31 July of a far year) that no submission of the target uses yet. */
  freshWindow(): string;
  /**
   * A submission of the target institution: "draft" is fresh (started by its lead for a fresh window);
   * "submitted" is the demo's signed and submitted one.
   */
  newSubmission(state?: "draft" | "submitted"): Promise<{ submissionId: string; version: number }>;
  /** A fresh submission of the target (started by its lead for a fresh window) frozen for sign-off. */
  newReadySubmission(): Promise<{ submissionId: string; fingerprint: string }>;
  /**
   * A fresh submission of the target that nothing blocks (the demo's submitted one's answers, for a
   * fresh window), frozen and signed by its lead and its signatory: ready to submit.
   */
  newSignedSubmission(): Promise<{ submissionId: string; fingerprint: string }>;
  /** An action of a submission's previous plan, and a level of that plan's scale that means green. */
  analysisAction(submissionId: string): Promise<{ actionId: string; level: string }>;
  /** A fresh link from a fresh evidence item to a fresh action. */
  newEvidenceLink(): Promise<{ evidenceId: string; linkId: string }>;
};

export type AccessRequest = {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  params?: (h: FixtureHelpers) => Record<string, string> | Promise<Record<string, string>>;
  /** Form fields for pages, a JSON body for the API. */
  body?: (h: FixtureHelpers) => Record<string, unknown> | Promise<Record<string, unknown>>;
  headers?: (h: FixtureHelpers) => Record<string, string> | Promise<Record<string, string>>;
  /** Who gets through; everyone else is refused (sign-in/401 for the anonymous, 403/404 for others). */
  allow: "everyone" | "signed-in" | readonly Subject[];
};

export type RouteAccess = { kind: "page" | "api"; requests: AccessRequest[] };

const ROLES = ["lead", "editor", "contributor", "signatory", "viewer"] as const;
export const MEMBERS_OWN: Subject[] = ROLES.map((r) => `${r}:own` as const);
export const LEAD_OWN: Subject[] = ["lead:own"];

const indicators = new WeakMap<FixtureHelpers, ReturnType<FixtureHelpers["newIndicator"]>>();
/** One fresh indicator per request, so its params and its body name the same indicator and figure. */
export function indicatorOf(h: FixtureHelpers): ReturnType<FixtureHelpers["newIndicator"]> {
  if (!indicators.has(h)) indicators.set(h, h.newIndicator());
  return indicators.get(h)!;
}

const readySubmissions = new WeakMap<FixtureHelpers, ReturnType<FixtureHelpers["newReadySubmission"]>>();
/** One fresh frozen submission per request, so its params and its body name the same version. */
export function readySubmissionOf(h: FixtureHelpers): ReturnType<FixtureHelpers["newReadySubmission"]> {
  if (!readySubmissions.has(h)) readySubmissions.set(h, h.newReadySubmission());
  return readySubmissions.get(h)!;
}
