import { z } from "zod";
import { ZConsentInput, ZEvidenceFields } from "../../src/core/evidence/evidence-fields";
import { ZLinkEvidenceInput } from "../../src/core/evidence/link-evidence.server";
import { ZListEvidenceInput } from "../../src/core/evidence/list-evidence.server";
import { ZImportObservationsInput } from "../../src/core/figures/import-observations.server";
import {
  ZIndicatorFields,
  ZObservationInput,
  ZUpdateIndicatorInput,
} from "../../src/core/figures/indicator-fields";
import { ZUpdateObservationInput } from "../../src/core/figures/update-observation.server";
import { ZCreateInstitutionInput } from "../../src/core/institutions/create-institution.server";
import { ZListInstitutionsInput } from "../../src/core/institutions/list-institutions.server";
import { ZUpdateInstitutionInput } from "../../src/core/institutions/update-institution.server";
import { ZChangeMemberRoleInput } from "../../src/core/people/change-member-role.server";
import { ZInviteMemberInput } from "../../src/core/people/invite-member.server";
import {
  ZCarryForwardInput,
  ZCreateActionInput,
  ZCreatePlanInput,
  ZPlanStatusChange,
  ZRateActionInput,
  ZRetireActionInput,
  ZUpdateActionInput,
  ZUpdatePlanInput,
} from "../../src/core/plans/plan-fields";
import {
  ZSaveAnswerInput,
  ZSignInput,
  ZStartSubmissionInput,
  ZSubmitInput,
} from "../../src/core/submissions/submission-fields";
import { ZUpdateTalentRecommendationInput } from "../../src/core/talent/update-talent-recommendation.server";
import { ZPublishVersionInput } from "../../src/core/templates/publish-version.server";
import { ZTemplateContent } from "../../src/core/templates/template-types";
import { ZCreateTokenInput } from "../../src/core/tokens/create-token.server";
import { ZRecordPastSubmissionInput, ZSetScheduleInput } from "../../src/core/windows/windows-fields";
import { appVersion } from "../../src/db/project-root.server";
import { ZFileUploadJson } from "./evidence-body.server";
import {
  list,
  page,
  ZActionDetailJson,
  ZActionJson,
  ZActionLocationJson,
  ZActionSummaryJson,
  ZAnalysisRatingJson,
  ZCharterJson,
  ZConsentRecordedJson,
  ZDeadlineJson,
  ZDeadlineListJson,
  ZEvidenceDetailJson,
  ZEvidenceJson,
  ZEvidenceLibraryJson,
  ZEvidenceLinkJson,
  ZFrozenJson,
  ZHealthJson,
  ZIndicatorFiguresJson,
  ZIndicatorJson,
  ZInstitutionJson,
  ZInvitationCreatedJson,
  ZInvitationJson,
  ZMeJson,
  ZMemberJson,
  ZObservationImportReportJson,
  ZObservationJson,
  ZPastSubmissionJson,
  ZPastSubmissionsJson,
  ZPlanJson,
  ZPlanListItemJson,
  ZPlanOverviewJson,
  ZProblem,
  ZRatingJson,
  ZReadinessJson,
  ZScheduleJson,
  ZSectionJson,
  ZSignedJson,
  ZSubmissionListJson,
  ZSubmissionOverviewJson,
  ZSubmissionStartedJson,
  ZSubmissionVersionJson,
  ZSubmittedJson,
  ZTalentRecommendationJson,
  ZTemplateJson,
  ZTemplateVersionJson,
  ZTokenCreatedJson,
  ZTokenJson,
} from "./schemas";

export type Operation = {
  method: "get" | "post" | "put" | "patch" | "delete";
  /** OpenAPI path template, e.g. /api/v1/institutions/{slug}. */
  path: string;
  summary: string;
  tag: string;
  public?: boolean;
  query?: z.ZodObject;
  body?: z.ZodType;
  ifMatch?: boolean;
  /** The body may also come as multipart/form-data, with the file as its `file` part. */
  upload?: boolean;
  /** The response is a file's bytes (in its own media type), not JSON. */
  response?: { status: number; schema?: z.ZodType; etag?: boolean; download?: boolean };
};

const FILE_NOTE =
  'For kind "file", send the file either in JSON as file: { name, contentBase64 } or as multipart/form-data with a file part and the other fields as form fields (pillars repeated; sessions and consent as JSON text). The file is checked by its content (PDF, PNG, JPEG, GIF, WebP, .docx, .xlsx, .pptx) and must be at most 10 MB: otherwise 422 with errors.file, and nothing is written';

const ZEvidenceBody = ZEvidenceFields.extend({
  file: ZFileUploadJson.optional().describe('kind "file" only: the file, in JSON'),
});

/**
 * Every JSON API operation. Request bodies are the use-cases' own zod inputs, so the document
 * and the validation cannot disagree; api-spec.test.ts checks every API route is listed here.
 */
export const OPERATIONS: Operation[] = [
  {
    method: "get",
    path: "/healthz",
    summary: "Health after migrations",
    tag: "platform",
    public: true,
    response: { status: 200, schema: ZHealthJson },
  },
  {
    method: "get",
    path: "/api/v1/openapi.json",
    summary: "This document",
    tag: "platform",
    public: true,
    response: { status: 200 },
  },
  {
    method: "get",
    path: "/api/v1/me",
    summary: "The caller and their memberships",
    tag: "people",
    response: { status: 200, schema: ZMeJson },
  },
  {
    method: "get",
    path: "/api/v1/institutions",
    summary: "List institutions (public; the central team also gets people counts)",
    tag: "institutions",
    public: true,
    query: ZListInstitutionsInput,
    response: { status: 200, schema: page(ZInstitutionJson) },
  },
  {
    method: "post",
    path: "/api/v1/institutions",
    summary: "Create an institution (central team)",
    tag: "institutions",
    body: ZCreateInstitutionInput,
    response: { status: 201, schema: ZInstitutionJson, etag: true },
  },
  {
    method: "get",
    path: "/api/v1/institutions/{slug}",
    summary: "One institution's public details",
    tag: "institutions",
    public: true,
    response: { status: 200, schema: ZInstitutionJson, etag: true },
  },
  {
    method: "patch",
    path: "/api/v1/institutions/{slug}",
    summary: "Change an institution's details (lead, central team)",
    tag: "institutions",
    body: ZUpdateInstitutionInput.omit({ expectedVersion: true }),
    ifMatch: true,
    response: { status: 200, schema: ZInstitutionJson, etag: true },
  },
  {
    method: "get",
    path: "/api/v1/institutions/{slug}/members",
    summary: "Members and roles (members only)",
    tag: "people",
    response: { status: 200, schema: list(ZMemberJson) },
  },
  {
    method: "patch",
    path: "/api/v1/institutions/{slug}/members/{memberId}",
    summary: "Change a member's role (lead)",
    tag: "people",
    body: ZChangeMemberRoleInput.pick({ role: true }),
    ifMatch: true,
    response: { status: 204 },
  },
  {
    method: "delete",
    path: "/api/v1/institutions/{slug}/members/{memberId}",
    summary: "Remove a member (lead); the history keeps a record",
    tag: "people",
    response: { status: 204 },
  },
  {
    method: "get",
    path: "/api/v1/institutions/{slug}/invitations",
    summary: "Invitations with their links (lead)",
    tag: "people",
    response: { status: 200, schema: list(ZInvitationJson) },
  },
  {
    method: "post",
    path: "/api/v1/institutions/{slug}/invitations",
    summary: "Invite someone by email; the link is valid for 7 days and works once (lead)",
    tag: "people",
    body: ZInviteMemberInput,
    response: { status: 201, schema: ZInvitationCreatedJson },
  },
  {
    method: "delete",
    path: "/api/v1/institutions/{slug}/invitations/{invitationId}",
    summary: "Cancel a pending invitation (lead)",
    tag: "people",
    response: { status: 204 },
  },
  {
    method: "get",
    path: "/api/v1/charter",
    summary: "The Technician Commitment: its four pillars with their official aims, and the RAG scales",
    tag: "plans",
    public: true,
    response: { status: 200, schema: ZCharterJson, etag: true },
  },
  {
    method: "get",
    path: "/api/v1/institutions/{slug}/plans",
    summary:
      "An institution's action plans, newest first, the current one marked (not paged). Members see drafts; everyone else only published plans",
    tag: "plans",
    public: true,
    response: { status: 200, schema: list(ZPlanListItemJson) },
  },
  {
    method: "post",
    path: "/api/v1/institutions/{slug}/plans",
    summary: "Start a draft plan, optionally carrying actions of the previous one forward (lead, editor)",
    tag: "plans",
    body: ZCreatePlanInput,
    response: { status: 201, schema: ZPlanJson, etag: true },
  },
  {
    method: "get",
    path: "/api/v1/institutions/{slug}/plans/{planId}",
    summary:
      "A plan with its actions (display number, current rating, parsed timescale) and RAG counts; drafts to members only",
    tag: "plans",
    public: true,
    response: { status: 200, schema: ZPlanOverviewJson, etag: true },
  },
  {
    method: "patch",
    path: "/api/v1/institutions/{slug}/plans/{planId}",
    summary:
      "Change a plan's title, period, pillar aims, or its RAG scale until the first rating (lead, editor)",
    tag: "plans",
    body: ZUpdatePlanInput.omit({ expectedVersion: true }),
    ifMatch: true,
    response: { status: 200, schema: ZPlanJson, etag: true },
  },
  {
    method: "post",
    path: "/api/v1/institutions/{slug}/plans/{planId}/status",
    summary: "Approve a draft, publish an approved plan, or reopen an approved plan as a draft (lead)",
    tag: "plans",
    body: ZPlanStatusChange.pick({ to: true }),
    ifMatch: true,
    response: { status: 200, schema: ZPlanJson, etag: true },
  },
  {
    method: "get",
    path: "/api/v1/institutions/{slug}/plans/{planId}/actions",
    summary:
      "The plan's actions in order, as in the plan (not paged: numbers and counts come from the whole plan)",
    tag: "plans",
    public: true,
    response: { status: 200, schema: list(ZActionSummaryJson) },
  },
  {
    method: "post",
    path: "/api/v1/institutions/{slug}/plans/{planId}/actions",
    summary: "Add an action, at the end unless a position is given (lead, editor)",
    tag: "plans",
    body: ZCreateActionInput,
    response: { status: 201, schema: ZActionJson, etag: true },
  },
  {
    method: "get",
    path: "/api/v1/institutions/{slug}/actions/{actionId}",
    summary:
      "An action with its number, rating timeline and evidence, marker statuses and carried-from/to and superseded-by links",
    tag: "plans",
    public: true,
    response: { status: 200, schema: ZActionDetailJson, etag: true },
  },
  {
    method: "patch",
    path: "/api/v1/institutions/{slug}/actions/{actionId}",
    summary:
      "Change an action; fields left out keep their values. A stale If-Match gets 412 with the current action (lead, editor)",
    tag: "plans",
    body: ZUpdateActionInput.omit({ expectedVersion: true }).partial(),
    ifMatch: true,
    response: { status: 200, schema: ZActionJson, etag: true },
  },
  {
    method: "get",
    path: "/api/v1/institutions/{slug}/actions/{actionId}/ratings",
    summary: "The action's ratings, oldest judgement first, with their evidence links",
    tag: "plans",
    public: true,
    response: { status: 200, schema: list(ZRatingJson) },
  },
  {
    method: "post",
    path: "/api/v1/institutions/{slug}/actions/{actionId}/ratings",
    summary:
      "Record a RAG judgement; a level that means red needs commentary (422 with errors.commentary) (lead, editor)",
    tag: "plans",
    body: ZRateActionInput,
    response: { status: 201, schema: ZRatingJson },
  },
  {
    method: "post",
    path: "/api/v1/institutions/{slug}/actions/{actionId}/carry-forward",
    summary: "Carry the action into a later, unpublished plan; returns the new action (lead, editor)",
    tag: "plans",
    body: ZCarryForwardInput,
    response: { status: 201, schema: ZActionJson, etag: true },
  },
  {
    method: "post",
    path: "/api/v1/institutions/{slug}/actions/{actionId}/retire",
    summary:
      "Retire the action with a reason, optionally naming the action that supersedes it (lead, editor)",
    tag: "plans",
    body: ZRetireActionInput,
    response: { status: 200, schema: ZActionJson, etag: true },
  },
  {
    method: "get",
    path: "/api/v1/actions/{actionId}",
    summary:
      "Where an action lives, from its id alone: its institution, plan and address; not found unless the caller may read it",
    tag: "plans",
    public: true,
    response: { status: 200, schema: ZActionLocationJson },
  },
  {
    method: "get",
    path: "/api/v1/institutions/{slug}/indicators",
    summary:
      "The institution's indicators by category and name, each with its figures and year-on-year changes (members only; not paged)",
    tag: "figures",
    response: { status: 200, schema: list(ZIndicatorFiguresJson) },
  },
  {
    method: "post",
    path: "/api/v1/institutions/{slug}/indicators",
    summary: "Add an indicator: what is counted, how, in which unit and with which breakdown (lead, editor)",
    tag: "figures",
    body: ZIndicatorFields,
    response: { status: 201, schema: ZIndicatorJson, etag: true },
  },
  {
    method: "get",
    path: "/api/v1/institutions/{slug}/indicators/{indicatorId}",
    summary:
      "An indicator with its figures in period order and what is derived from them (members only; 404 to anyone else signed in)",
    tag: "figures",
    response: { status: 200, schema: ZIndicatorFiguresJson, etag: true },
  },
  {
    method: "patch",
    path: "/api/v1/institutions/{slug}/indicators/{indicatorId}",
    summary:
      "Change an indicator; fields left out keep their values. The unit is fixed once figures are recorded (lead, editor)",
    tag: "figures",
    body: ZUpdateIndicatorInput.omit({ expectedVersion: true }),
    ifMatch: true,
    response: { status: 200, schema: ZIndicatorJson, etag: true },
  },
  {
    method: "post",
    path: "/api/v1/institutions/{slug}/indicators/{indicatorId}/observations",
    summary:
      "Record a figure for a period; a period that already has one gets 409 with errors.period (lead, editor)",
    tag: "figures",
    body: ZObservationInput,
    response: { status: 201, schema: ZObservationJson, etag: true },
  },
  {
    method: "patch",
    path: "/api/v1/institutions/{slug}/indicators/{indicatorId}/observations/{observationId}",
    summary:
      "Change a figure; fields left out keep their values (a breakdown sent replaces the whole breakdown). A stale If-Match gets 412 with the current figure; a period that already has a figure gets 409 (lead, editor)",
    tag: "figures",
    body: ZUpdateObservationInput.omit({ expectedVersion: true }),
    ifMatch: true,
    response: { status: 200, schema: ZObservationJson, etag: true },
  },
  {
    method: "delete",
    path: "/api/v1/institutions/{slug}/indicators/{indicatorId}/observations/{observationId}",
    summary:
      "Delete a figure (kept in the history; its period is free again). A stale If-Match gets 412 with the current figure (lead, editor)",
    tag: "figures",
    ifMatch: true,
    response: { status: 204 },
  },
  {
    method: "post",
    path: "/api/v1/institutions/{slug}/indicators/{indicatorId}/import",
    summary:
      'Check ("preview") or save ("import") a pasted table or CSV of figures, with a report per row. An import is all or nothing: any bad row gets 422 with errors.rows and the report (lead, editor)',
    tag: "figures",
    body: ZImportObservationsInput,
    response: { status: 200, schema: ZObservationImportReportJson },
  },
  {
    method: "get",
    path: "/api/v1/institutions/{slug}/evidence",
    summary:
      "The evidence library, newest first, filtered by kind, pillar (tagged or through a linked action), year and words; paged by cursor (members only; 404 to anyone else signed in)",
    tag: "evidence",
    query: ZListEvidenceInput,
    response: { status: 200, schema: ZEvidenceLibraryJson },
  },
  {
    method: "post",
    path: "/api/v1/institutions/{slug}/evidence",
    summary: `Add evidence: a link, document, file, testimonial, event or case study (with an optional consent object) (lead, editor, contributor). ${FILE_NOTE}`,
    tag: "evidence",
    body: ZEvidenceBody.extend({
      consent: ZConsentInput.optional().describe("case study only: the consent the person gave"),
    }),
    upload: true,
    response: { status: 201, schema: ZEvidenceJson, etag: true },
  },
  {
    method: "get",
    path: "/api/v1/institutions/{slug}/evidence/{evidenceId}",
    summary:
      "An evidence item with its file's details (not its bytes), consent record, links named in words and whether it may be shared (members only)",
    tag: "evidence",
    response: { status: 200, schema: ZEvidenceDetailJson, etag: true },
  },
  {
    method: "patch",
    path: "/api/v1/institutions/{slug}/evidence/{evidenceId}",
    summary:
      "Change an item; fields left out keep their values and the kind cannot change. A file item may get a new file, sent as for POST. A stale If-Match gets 412 with the current item (lead, editor)",
    tag: "evidence",
    body: ZEvidenceBody.omit({ kind: true }).partial(),
    upload: true,
    ifMatch: true,
    response: { status: 200, schema: ZEvidenceJson, etag: true },
  },
  {
    method: "delete",
    path: "/api/v1/institutions/{slug}/evidence/{evidenceId}",
    summary: "Delete an item; its links go with it and the history keeps a record (lead, editor)",
    tag: "evidence",
    ifMatch: true,
    response: { status: 204 },
  },
  {
    method: "get",
    path: "/api/v1/institutions/{slug}/evidence/{evidenceId}/file",
    summary:
      "A file item's bytes, as an attachment in the media type found from its content, with nosniff and a sandbox policy (members only)",
    tag: "evidence",
    response: { status: 200, download: true },
  },
  {
    method: "post",
    path: "/api/v1/institutions/{slug}/evidence/{evidenceId}/links",
    summary:
      "Link the item to one of the institution's actions, a rating or marker of one, or a TALENT recommendation; the same link twice gets 409 (lead, editor, contributor)",
    tag: "evidence",
    body: ZLinkEvidenceInput,
    response: { status: 201, schema: ZEvidenceLinkJson },
  },
  {
    method: "delete",
    path: "/api/v1/institutions/{slug}/evidence/{evidenceId}/links/{linkId}",
    summary: "Remove one link (lead, editor, contributor)",
    tag: "evidence",
    response: { status: 204 },
  },
  {
    method: "post",
    path: "/api/v1/institutions/{slug}/evidence/{evidenceId}/consent",
    summary:
      "Record a case study's consent given or withdrawn; the newest entry decides whether it may be shared (lead, editor)",
    tag: "evidence",
    body: ZConsentInput,
    response: { status: 201, schema: ZConsentRecordedJson },
  },
  {
    method: "get",
    path: "/api/v1/talent-recommendations",
    summary: "The TALENT Commission's recommendations in number order, which evidence can be linked to",
    tag: "evidence",
    public: true,
    response: { status: 200, schema: list(ZTalentRecommendationJson) },
  },
  {
    method: "get",
    path: "/api/v1/talent-recommendations/{talentId}",
    summary: "One recommendation, by its stable id (talent-01 … talent-16)",
    tag: "evidence",
    public: true,
    response: { status: 200, schema: ZTalentRecommendationJson, etag: true },
  },
  {
    method: "patch",
    path: "/api/v1/talent-recommendations/{talentId}",
    summary:
      "Change a recommendation's wording or mark it checked; fields left out keep their values (central team)",
    tag: "evidence",
    body: ZUpdateTalentRecommendationInput.omit({ expectedVersion: true }).partial(),
    ifMatch: true,
    response: { status: 200, schema: ZTalentRecommendationJson, etag: true },
  },
  {
    method: "get",
    path: "/api/v1/institutions/{slug}/deadline",
    summary:
      "The next due window (closing 23:59:59 UK time on its day), days remaining, whether it is overdue and which rule gave it: initial (12 months after signing) or renewal (36 months after the window of the latest recorded submission) (members and the central team)",
    tag: "windows",
    response: { status: 200, schema: ZDeadlineJson },
  },
  {
    method: "patch",
    path: "/api/v1/institutions/{slug}/deadline",
    summary:
      "Set the months the institution's windows close in, for the older phase timetable (e.g. [4] for April); [] for 31 January and 31 July (central team)",
    tag: "windows",
    body: ZSetScheduleInput,
    response: { status: 200, schema: ZScheduleJson },
  },
  {
    method: "get",
    path: "/api/v1/institutions/{slug}/submission-history",
    summary: "Past submissions made outside the product, newest first, with their files' names (members)",
    tag: "windows",
    response: { status: 200, schema: ZPastSubmissionsJson },
  },
  {
    method: "post",
    path: "/api/v1/institutions/{slug}/submission-history",
    summary: `Record a past submission made outside the product: stage, date, note and an optional file, kept in the evidence library (lead). Send the file in JSON as file: { name, contentBase64 } or as multipart/form-data with a file part; it is checked as evidence files are`,
    tag: "windows",
    body: ZRecordPastSubmissionInput.extend({ file: ZFileUploadJson.optional() }),
    upload: true,
    response: { status: 201, schema: ZPastSubmissionJson, etag: true },
  },
  {
    method: "delete",
    path: "/api/v1/institutions/{slug}/submission-history/{id}",
    summary: "Remove a recorded past submission (lead); its file stays in the evidence library",
    tag: "windows",
    ifMatch: true,
    response: { status: 204 },
  },
  {
    method: "get",
    path: "/api/v1/institutions/{slug}/submissions",
    summary:
      "The institution's submissions, newest window first, with the next due window (members; the central team sees submitted ones only)",
    tag: "submissions",
    response: { status: 200, schema: ZSubmissionListJson },
  },
  {
    method: "post",
    path: "/api/v1/institutions/{slug}/submissions",
    summary:
      "Start a submission for a window (default: the next due one) on the newest published template (default: initial before any submission, renewal after), with the plan in force as the previous plan; one per window, 409 for a second (lead, editor)",
    tag: "submissions",
    body: ZStartSubmissionInput,
    response: { status: 201, schema: ZSubmissionStartedJson },
  },
  {
    method: "get",
    path: "/api/v1/institutions/{slug}/submissions/{submissionId}",
    summary:
      "A submission with its task list (each section's state and who saved it last) and its frozen versions with fingerprints and signatures (members; the central team once submitted)",
    tag: "submissions",
    response: { status: 200, schema: ZSubmissionOverviewJson, etag: true },
  },
  {
    method: "get",
    path: "/api/v1/institutions/{slug}/submissions/{submissionId}/answers/{sectionKey}",
    summary:
      'One section (header, q1…, q6.new-plan, cross-references): what it asks and its answer, the narrative as the document tree and as Markdown; ETag: the answer\'s version, "0" before the first save (members)',
    tag: "submissions",
    response: { status: 200, schema: ZSectionJson, etag: true },
  },
  {
    method: "put",
    path: "/api/v1/institutions/{slug}/submissions/{submissionId}/answers/{sectionKey}",
    summary:
      "Save a section: markdown or narrative (the tree), data (the structured part), complete; what is left out keeps its value. If-Match: the answer's version, \"0\" for a first answer; 412 with the other person's answer (tree and Markdown) when someone saved since. A change after freezing makes the submission a draft again (lead, editor)",
    tag: "submissions",
    body: ZSaveAnswerInput.pick({ narrative: true, data: true, complete: true }).extend({
      markdown: z.string().optional().describe("the narrative as Markdown; send it or narrative, not both"),
    }),
    ifMatch: true,
    response: { status: 200, schema: ZSectionJson, etag: true },
  },
  {
    method: "post",
    path: "/api/v1/institutions/{slug}/submissions/{submissionId}/ratings",
    summary:
      "Rate an action of the previous plan from the RAG analysis: a new dated rating on the plan itself; a red level needs commentary; reopens a frozen submission (lead, editor)",
    tag: "submissions",
    body: ZRateActionInput.extend({
      actionId: z.uuid().describe("an action of the submission's previous plan"),
    }),
    response: { status: 201, schema: ZAnalysisRatingJson },
  },
  {
    method: "get",
    path: "/api/v1/institutions/{slug}/submissions/{submissionId}/readiness",
    summary:
      "The readiness check: blocking findings (unanswered question, word limit, red without explanation, a TALENT recommendation answered twice, a missing signature) then warnings, each with where to fix it (members)",
    tag: "submissions",
    response: { status: 200, schema: ZReadinessJson },
  },
  {
    method: "get",
    path: "/api/v1/institutions/{slug}/readiness",
    summary:
      "The readiness check of the institution's open submission (the newest not yet submitted); 404 when none is open (members)",
    tag: "submissions",
    response: { status: 200, schema: ZReadinessJson },
  },
  {
    method: "post",
    path: "/api/v1/institutions/{slug}/submissions/{submissionId}/freeze",
    summary:
      "Freeze for sign-off: a snapshot of everything the submission shows as version n+1 with its SHA-256 fingerprint; not held back by the readiness check (the submit is); 409 unless a draft (lead)",
    tag: "submissions",
    response: { status: 201, schema: ZFrozenJson },
  },
  {
    method: "post",
    path: "/api/v1/institutions/{slug}/submissions/{submissionId}/signatures",
    summary:
      "Sign one block of the frozen version named by its fingerprint, as the token's owner: block lead needs the lead, block signatory the signatory, and one person signs one block; 412 when the fingerprint is not the current version's",
    tag: "submissions",
    body: ZSignInput,
    response: { status: 201, schema: ZSignedJson },
  },
  {
    method: "post",
    path: "/api/v1/institutions/{slug}/submissions/{submissionId}/submit",
    summary:
      "Submit the signed version named by its fingerprint to the central team; 409 before both signatures, 422 with the blocking findings while the readiness check finds any (lead)",
    tag: "submissions",
    body: ZSubmitInput,
    response: { status: 200, schema: ZSubmittedJson },
  },
  {
    method: "get",
    path: "/api/v1/institutions/{slug}/submissions/{submissionId}/versions/{number}",
    summary:
      "One frozen version exactly as frozen, with its fingerprint re-checked (intact) and its signatures (members; the central team once submitted)",
    tag: "submissions",
    response: { status: 200, schema: ZSubmissionVersionJson },
  },
  {
    method: "get",
    path: "/api/v1/central/overdue",
    summary:
      "Every signatory's next window: overdue first (longest first, with days overdue), then upcoming (soonest first) (central team)",
    tag: "windows",
    response: { status: 200, schema: ZDeadlineListJson },
  },
  {
    method: "get",
    path: "/api/v1/templates",
    summary:
      "The submission templates (renewal, stage-3, initial) with their versions, newest first: the published one, superseded ones, and the open draft for the central team (anyone signed in)",
    tag: "templates",
    response: { status: 200, schema: list(ZTemplateJson) },
  },
  {
    method: "post",
    path: "/api/v1/templates/{key}/versions",
    summary:
      "Start the next version as a draft, a copy of the newest; 409 while a draft is open (central team)",
    tag: "templates",
    response: { status: 201, schema: ZTemplateVersionJson, etag: true },
  },
  {
    method: "get",
    path: "/api/v1/templates/{key}/versions/{number}",
    summary:
      'One version with its guidance and questions, by number or "published" for the one new submissions start on; drafts only for the central team (anyone signed in)',
    tag: "templates",
    response: { status: 200, schema: ZTemplateVersionJson, etag: true },
  },
  {
    method: "patch",
    path: "/api/v1/templates/{key}/versions/{number}",
    summary:
      "Change a draft's content: the fields sent replace the draft's (questions as a whole list, each question's id kept so answers stay keyed to it); 409 for a published or superseded version (central team)",
    tag: "templates",
    body: z.object(ZTemplateContent.shape).partial(),
    ifMatch: true,
    response: { status: 200, schema: ZTemplateVersionJson, etag: true },
  },
  {
    method: "post",
    path: "/api/v1/templates/{key}/versions/{number}/publish",
    summary:
      "Publish a draft: new submissions start on it and the version published before is superseded; submissions already started keep theirs (central team)",
    tag: "templates",
    body: ZPublishVersionInput.omit({ expectedVersion: true }),
    ifMatch: true,
    response: { status: 200, schema: ZTemplateVersionJson, etag: true },
  },
  {
    method: "get",
    path: "/api/v1/tokens",
    summary: "Your API tokens",
    tag: "tokens",
    response: { status: 200, schema: list(ZTokenJson) },
  },
  {
    method: "post",
    path: "/api/v1/tokens",
    summary: "Create an API token; the secret is returned once",
    tag: "tokens",
    body: ZCreateTokenInput,
    response: { status: 201, schema: ZTokenCreatedJson },
  },
  {
    method: "delete",
    path: "/api/v1/tokens/{tokenId}",
    summary: "Revoke one of your tokens",
    tag: "tokens",
    response: { status: 204 },
  },
];

const schema = (s: z.ZodType, io: "input" | "output") =>
  z.toJSONSchema(s, { io, unrepresentable: "any", target: "draft-2020-12" });

/** The JSON body's schema as form fields: the file as a binary part, lists and objects as they are sent. */
function formSchema(body: z.ZodType) {
  const json = schema(body, "input") as { properties?: Record<string, unknown> };
  return {
    ...json,
    properties: {
      ...json.properties,
      file: { type: "string", format: "binary", description: "the file, as a file part" },
    },
  };
}

/** Path parameters that are not UUIDs: slugs, template keys and version numbers. */
const NOT_UUID = new Set(["slug", "key", "number", "sectionKey"]);

export function openApiDocument(serverUrl: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of OPERATIONS) {
    const params = [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => ({
      name: m[1],
      in: "path",
      required: true,
      schema: { type: "string", ...(NOT_UUID.has(m[1]!) ? {} : { format: "uuid" }) },
    }));
    if (op.query) {
      for (const [name, field] of Object.entries(op.query.shape)) {
        params.push({
          name,
          in: "query",
          required: false,
          schema: schema(field as z.ZodType, "input") as never,
        });
      }
    }
    if (op.ifMatch)
      params.push({ name: "If-Match", in: "header", required: true, schema: { type: "string" } });
    const responses: Record<string, unknown> = {
      [op.response?.status ?? 200]: {
        description: op.summary,
        ...(op.response?.schema
          ? { content: { "application/json": { schema: schema(op.response.schema, "output") } } }
          : {}),
        ...(op.response?.download
          ? { content: { "application/octet-stream": { schema: { type: "string", format: "binary" } } } }
          : {}),
        ...(op.response?.etag ? { headers: { ETag: { schema: { type: "string" } } } } : {}),
      },
      default: {
        description: "A problem",
        content: { "application/problem+json": { schema: schema(ZProblem, "output") } },
      },
    };
    paths[op.path] ??= {};
    paths[op.path]![op.method] = {
      summary: op.summary,
      tags: [op.tag],
      ...(op.public ? { security: [] } : {}),
      parameters: params,
      ...(op.body
        ? {
            requestBody: {
              required: true,
              content: {
                "application/json": { schema: schema(op.body, "input") },
                ...(op.upload ? { "multipart/form-data": { schema: formSchema(op.body) } } : {}),
              },
            },
          }
        : {}),
      responses,
    };
  }
  return {
    openapi: "3.1.0",
    info: { title: "Commitment Hub API", version: appVersion() },
    servers: [{ url: serverUrl }],
    security: [{ bearer: [] }],
    components: {
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer", description: "A personal API token (chub_…)" },
      },
    },
    paths,
  };
}
