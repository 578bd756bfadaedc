import { z } from "zod";
import { INSTITUTION_ROLES } from "../../src/core/actor";
import { EVENT_TYPES, EVIDENCE_KINDS, LINK_TARGETS } from "../../src/core/evidence/evidence-types";
import { CHANGE_FLAGS } from "../../src/core/figures/derived";
import { UNITS } from "../../src/core/figures/figure-types";
import { COMPARATORS, PILLARS, RAG_COLOURS } from "../../src/core/plans/plan-types";
import { FINDING_CODES } from "../../src/core/submissions/readiness";
import {
  SIGNATURE_BLOCKS,
  SUBMISSION_STATES,
  TASK_STATUSES,
} from "../../src/core/submissions/submission-rules";
import { STRUCTURED_KINDS, TEMPLATE_KEYS, ZTemplateContent } from "../../src/core/templates/template-types";

/** Response shapes of /api/v1, used for the OpenAPI document. Requests use the use-cases' own schemas. */
const dateTime = z.iso.datetime();

export const ZInstitutionJson = z.object({
  id: z.uuid(),
  name: z.string(),
  slug: z.string(),
  type: z.enum(["signatory", "supporter"]),
  signingDate: z.iso.date().nullable(),
  leadName: z.string().nullable(),
  contactName: z.string().nullable(),
  contactEmail: z.string().nullable(),
  publicUrl: z.string().nullable(),
  version: z.number().int(),
  createdAt: dateTime,
  updatedAt: dateTime,
  memberCount: z.number().int().optional().describe("central team only"),
  pendingInvitations: z.number().int().optional().describe("central team only"),
});

export const page = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });
export const list = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });

export const ZMemberJson = z.object({
  id: z.uuid(),
  userId: z.uuid(),
  name: z.string(),
  email: z.email(),
  role: z.enum(INSTITUTION_ROLES),
  joinedAt: dateTime,
  version: z.number().int(),
});

export const ZInvitationJson = z.object({
  id: z.uuid(),
  email: z.email(),
  role: z.enum(INSTITUTION_ROLES).nullable(),
  state: z.enum(["pending", "accepted", "canceled", "expired"]),
  expiresAt: dateTime,
  createdAt: dateTime,
  link: z.url(),
  version: z.number().int(),
});

export const ZInvitationCreatedJson = z.object({
  id: z.uuid(),
  email: z.email(),
  role: z.enum(INSTITUTION_ROLES),
  expiresAt: dateTime,
  link: z.url(),
  delivery: z.enum(["sent", "logged"]),
});

export const ZTokenJson = z.object({
  id: z.uuid(),
  name: z.string(),
  prefix: z.string(),
  state: z.enum(["active", "expired", "revoked"]),
  expiresAt: dateTime.nullable(),
  lastUsedAt: dateTime.nullable(),
  revokedAt: dateTime.nullable(),
  createdAt: dateTime,
});

export const ZTokenCreatedJson = z.object({
  token: z.string().describe("shown once"),
  id: z.uuid(),
  name: z.string(),
});

export const ZMeJson = z.object({
  id: z.uuid(),
  email: z.email(),
  name: z.string(),
  platformRole: z.enum(["central"]).nullable(),
  memberships: z.array(z.object({ slug: z.string(), name: z.string(), role: z.enum(INSTITUTION_ROLES) })),
});

export const ZHealthJson = z.object({
  status: z.literal("ok"),
  database: z.enum(["pglite", "postgresql"]),
  version: z.string(),
});

/* Action plans (issue 3). Dates are ISO calendar days; instants are ISO date-times. */
const isoDate = z.iso.date();
const ZPillarKey = z.enum(PILLARS);

export const ZRagScaleJson = z.object({
  id: z.string(),
  name: z.string(),
  levels: z.array(z.object({ id: z.string(), label: z.string(), colour: z.enum(RAG_COLOURS) })),
});

export const ZCharterJson = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  source: z.string(),
  version: z.number().int(),
  pillars: z.array(
    z.object({
      key: ZPillarKey,
      name: z.string(),
      shortName: z.string(),
      aim: z.string().describe("the official aim, summarised"),
    }),
  ),
  ragScales: z.array(ZRagScaleJson),
});

export const ZPlanJson = z.object({
  id: z.uuid(),
  institutionId: z.string(),
  charterId: z.uuid(),
  title: z.string(),
  startsOn: isoDate,
  endsOn: isoDate,
  status: z.enum(["draft", "approved", "published"]),
  ragScale: ZRagScaleJson.describe("the plan's own copy of the charter's scale"),
  pillarAims: z.partialRecord(ZPillarKey, z.string()),
  previousPlanId: z.uuid().nullable(),
  approvedAt: dateTime.nullable(),
  publishedAt: dateTime.nullable(),
  isDemo: z.boolean(),
  createdAt: dateTime,
  updatedAt: dateTime,
  version: z.number().int().describe("the ETag"),
});

export const ZPlanListItemJson = ZPlanJson.extend({
  isCurrent: z.boolean().describe("the plan the institution is working to today"),
});

/** A figure's period (figures, and the markers of success they feed). */
const ZPeriodJson = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("year"), year: z.number().int() }),
  z.object({ kind: z.literal("academic-year"), startYear: z.number().int() }),
  z.object({ kind: z.literal("range"), startsOn: isoDate, endsOn: isoDate }),
  z.object({ kind: z.literal("date"), on: isoDate }),
]);

const ZMarkerJson = z.object({
  id: z
    .uuid()
    .nullish()
    .describe(
      "stable within the action: send it back to keep the marker; absent only on markers saved before ids",
    ),
  text: z.string(),
  target: z
    .object({
      comparator: z.enum(COMPARATORS),
      value: z.number(),
      unit: z.string(),
      byDate: isoDate,
      baseline: z.number().nullish(),
    })
    .nullish(),
  observed: z.object({ value: z.number(), on: isoDate }).nullish(),
  indicatorId: z.uuid().nullish().describe("the institution's indicator whose latest figure is used"),
});

export const ZActionJson = z.object({
  id: z.uuid(),
  planId: z.uuid(),
  institutionId: z.string(),
  position: z.number().int(),
  title: z.string(),
  pillars: z.array(ZPillarKey),
  primaryPillar: ZPillarKey,
  aims: z.string(),
  plannedOutcomes: z.array(z.string()),
  miniGoals: z.array(z.string()),
  markers: z.array(ZMarkerJson),
  timescaleText: z.string().describe("as written"),
  owner: z.string(),
  leadMemberId: z.string().nullable(),
  leadName: z.string(),
  notes: z.string(),
  referenceAsPublished: z.string(),
  carriedFromActionId: z.uuid().nullable(),
  retiredAt: dateTime.nullable(),
  retiredReason: z.string().nullable(),
  supersededByActionId: z.uuid().nullable(),
  updatedAt: dateTime,
  version: z.number().int().describe("the ETag"),
});

export const ZRatingJson = z.object({
  id: z.uuid(),
  actionId: z.uuid(),
  level: z.string().describe("a level id of the plan's scale"),
  qualifier: z.string(),
  assessedOn: isoDate,
  commentary: z.string(),
  isDemo: z.boolean(),
  recordedAt: dateTime,
  recordedBy: z.string().nullable(),
  recordedByName: z.string().nullable(),
  evidence: z.array(z.object({ id: z.uuid(), title: z.string(), url: z.string() })),
  colour: z.enum(RAG_COLOURS),
  label: z.string().describe('the level\'s label and qualifier, e.g. "Green but with elements to develop"'),
});

const ZTimescaleJson = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("ongoing"), startsOn: isoDate, endsOn: isoDate }),
  z.object({ kind: z.literal("deadline"), endsOn: isoDate }),
  z.object({ kind: z.literal("range"), startsOn: isoDate, endsOn: isoDate }),
  z.object({ kind: z.literal("approximate"), year: z.number().int(), startsOn: isoDate, endsOn: isoDate }),
  z.object({ kind: z.literal("unparsed") }),
]);

export const ZActionSummaryJson = ZActionJson.extend({
  displayNumber: z.string().describe('derived from primary pillar and position, e.g. "RECOGNITION 3"'),
  shortNumber: z.string().describe('e.g. "R3"'),
  currentRating: ZRatingJson.nullable().describe("the newest judgement, or null when not yet rated"),
  timescale: ZTimescaleJson.describe("timescaleText as understood"),
});

export const ZInstitutionRefJson = ZInstitutionJson.omit({
  memberCount: true,
  pendingInvitations: true,
}).extend({
  myRole: z.enum(INSTITUTION_ROLES).nullable().describe("the caller's role here"),
});

export const ZRagCountsJson = z.object({
  rows: z.array(
    z.object({ pillar: ZPillarKey, counts: z.record(z.string(), z.number().int()), total: z.number().int() }),
  ),
  totals: z.array(
    z.object({
      levelId: z.string().describe('a level id, or "unrated"'),
      label: z.string(),
      colour: z.enum(RAG_COLOURS).nullable(),
      count: z.number().int(),
      percent: z.number().int().describe("whole percents that add up to 100"),
    }),
  ),
  total: z.number().int(),
});

export const ZPlanOverviewJson = z.object({
  institution: ZInstitutionRefJson,
  plan: ZPlanJson,
  actions: z.array(ZActionSummaryJson).describe("in plan order, retired ones included"),
  counts: ZRagCountsJson.describe("current ratings per pillar and level; retired actions left out"),
  isCurrent: z.boolean(),
  ratingCount: z.number().int(),
  allowed: z
    .object({ edit: z.boolean(), approve: z.boolean(), rate: z.boolean() })
    .describe("what the caller may do"),
});

const ZLinkedActionJson = z.object({
  id: z.uuid(),
  title: z.string(),
  planId: z.uuid(),
  planTitle: z.string(),
  retired: z.boolean(),
});

export const ZActionDetailJson = z.object({
  institution: ZInstitutionRefJson,
  plan: ZPlanJson,
  action: ZActionSummaryJson,
  timeline: z.array(ZRatingJson).describe("every rating, oldest judgement first, with its evidence"),
  markers: z.array(
    ZMarkerJson.extend({
      status: z.enum(["met", "on-track", "not-met", "no-data"]),
      targetAfterTimescale: z.boolean(),
      observedFrom: z.enum(["indicator", "typed"]).nullable(),
      indicator: z
        .object({ id: z.uuid(), name: z.string(), unit: z.enum(UNITS) })
        .nullable()
        .describe("null without an indicator, or when it was deleted"),
      figure: z
        .object({ period: ZPeriodJson, isProvisional: z.boolean() })
        .nullable()
        .describe("the period of the indicator's latest figure"),
    }),
  ),
  carriedFrom: ZLinkedActionJson.nullable(),
  carriedTo: z.array(ZLinkedActionJson),
  supersededBy: ZLinkedActionJson.nullable(),
  versions: z.array(
    z.object({ actionVersion: z.number().int(), savedAt: dateTime, savedBy: z.string().nullable() }),
  ),
  carryTargets: z
    .array(z.object({ id: z.uuid(), title: z.string() }))
    .describe("later unpublished plans it may be carried into (editors only)"),
  allowed: z.object({
    edit: z.boolean(),
    rate: z.boolean(),
    figures: z.boolean().describe("may open the institution's indicators"),
  }),
});

export const ZActionLocationJson = z.object({
  institution: z.string().describe("the institution's slug"),
  planId: z.uuid(),
  actionId: z.uuid(),
  href: z.url().describe("the action in the API"),
});

export const ZProblem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  code: z.string(),
  errors: z.record(z.string(), z.array(z.string())).optional(),
  current: z.unknown().optional(),
  currentVersion: z.number().int().optional(),
  report: z.unknown().optional().describe("for a refused import: the table's report"),
});

/* Figures (issue 4): indicators and their observations. */

export const ZIndicatorJson = z.object({
  id: z.uuid(),
  institutionId: z.string(),
  name: z.string(),
  definition: z.string(),
  unit: z.enum(UNITS),
  category: z.string(),
  breakdownKeys: z.array(z.string()),
  isDemo: z.boolean(),
  createdAt: dateTime,
  updatedAt: dateTime,
  version: z.number().int().describe("the ETag"),
});

export const ZObservationJson = z.object({
  id: z.uuid(),
  indicatorId: z.uuid(),
  institutionId: z.string(),
  period: ZPeriodJson,
  periodStart: isoDate.describe("the period's first day"),
  periodEnd: isoDate.describe("the period's last day"),
  value: z.number().nullable().describe("as the source gives it"),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  breakdown: z.record(z.string(), z.number()),
  provisional: z.boolean(),
  asOf: isoDate.nullable().describe("the day it was counted"),
  note: z.string(),
  createdAt: dateTime,
  updatedAt: dateTime,
  version: z.number().int(),
});

const ZChangeJson = z.object({
  from: ZPeriodJson,
  to: ZPeriodJson,
  fromValue: z.number().nullable(),
  toValue: z.number().nullable(),
  absolute: z.number().nullable().describe("to − from, in the unit (percentage points for a percentage)"),
  percent: z.number().nullable().describe("relative change in percent; null when from is 0 or unknown"),
  ratio: z.number().nullable(),
  flags: z.array(z.enum(CHANGE_FLAGS)).describe("why the comparison may mislead"),
});

export const ZIndicatorFiguresJson = z.object({
  indicator: ZIndicatorJson,
  observations: z
    .array(
      ZObservationJson.extend({
        label: z.string().describe('e.g. "2024", "2023/24"'),
        observed: z.object({
          value: z.number().nullable(),
          isDerived: z.boolean().describe("derived from numerator and denominator"),
          discrepancy: z.object({ typed: z.number(), derived: z.number() }).nullable(),
        }),
        isProvisional: z.boolean(),
      }),
    )
    .describe("oldest period first"),
  derived: z.object({
    yearOnYear: z.array(ZChangeJson),
    latestChange: ZChangeJson.nullable(),
    breakdowns: z.array(
      z.object({
        key: z.string(),
        yearOnYear: z.array(ZChangeJson),
        latestChange: ZChangeJson.nullable(),
        shares: z.array(
          z.object({ period: ZPeriodJson, label: z.string(), share: z.number(), isProvisional: z.boolean() }),
        ),
        shareChanges: z.array(ZChangeJson),
      }),
    ),
  }),
  allowed: z.object({ edit: z.boolean() }).describe("what the caller may do"),
});

export const ZObservationImportReportJson = z.object({
  mode: z.enum(["preview", "import"]),
  ok: z.boolean().describe("every row and the table are fine, so importing saves all of it"),
  errors: z.array(z.string()).describe("problems with the table as a whole"),
  rows: z.array(
    z.object({
      line: z.number().int().describe("the heading row is line 1"),
      input: z.record(z.string(), z.string()),
      observation: z
        .object({
          period: ZPeriodJson,
          value: z.number().nullable(),
          numerator: z.number().nullish(),
          denominator: z.number().nullish(),
          breakdown: z.record(z.string(), z.number()).optional(),
          provisional: z.boolean().optional(),
          asOf: isoDate.nullish(),
          note: z.string().optional(),
        })
        .optional()
        .describe("present only when the row has no errors"),
      errors: z.array(z.string()),
      warnings: z.array(z.string()),
      outcome: z.enum(["add", "replace"]).nullable(),
      existing: ZObservationJson.nullable().describe("the figure for the row's period already recorded"),
    }),
  ),
  counts: z.object({ add: z.number().int(), replace: z.number().int(), withErrors: z.number().int() }),
  written: z.array(ZObservationJson).describe("the figures saved, in row order; empty for a preview"),
});

/* Evidence (issue 4): the library, one item with its file, consent and links, and TALENT. */
export const ZEvidenceJson = z.object({
  id: z.uuid(),
  institutionId: z.string(),
  kind: z.enum(EVIDENCE_KINDS),
  title: z.string(),
  description: z.string(),
  url: z.string().nullable().describe("a link's address"),
  occurredOn: isoDate.nullable().describe("the day it is about; gives the library its year"),
  pillars: z.array(ZPillarKey),
  details: z
    .object({
      heldBy: z.string(),
      quote: z.string(),
      who: z.string(),
      role: z.string(),
      eventType: z.enum(EVENT_TYPES),
      endsOn: isoDate.nullable(),
      sessions: z.array(z.object({ title: z.string(), ranBy: z.string() })),
      attendance: z.number().int().nullable(),
      feedback: z.string(),
      person: z.string(),
      roleThen: z.string(),
      roleNow: z.string(),
      whatHelped: z.string(),
      ownWords: z.string(),
    })
    .partial()
    .describe("the kind's own fields: document heldBy; testimonial quote, who, role; event …; case study …"),
  isDemo: z.boolean(),
  createdAt: dateTime,
  createdBy: z.string().nullable(),
  updatedAt: dateTime,
  version: z.number().int().describe("the ETag"),
});

const ZConsentStatusJson = z.enum(["given", "withdrawn", "none"]);

export const ZEvidenceLibraryJson = page(
  ZEvidenceJson.extend({
    dated: isoDate.describe("occurredOn, or the day it was added: what the library sorts by"),
    linkCount: z.number().int(),
    file: z.object({ fileName: z.string(), sizeBytes: z.number().int() }).nullable(),
    consent: ZConsentStatusJson.describe('a case study\'s current consent; "none" for other kinds'),
    shareable: z.boolean().describe("may go into exports and public pages"),
  }),
).extend({
  years: z.array(z.number().int()).describe("the years that have evidence, newest first"),
  allowed: z.object({ add: z.boolean(), manage: z.boolean() }).describe("what the caller may do"),
});

export const ZEvidenceLinkJson = z.object({
  id: z.uuid(),
  evidenceId: z.uuid(),
  target: z.enum(LINK_TARGETS),
  actionId: z.uuid().nullable(),
  label: z.string().describe('e.g. "VISIBILITY 1 · Run an annual technician showcase" or "TALENT 14"'),
  detail: z.string().describe("the marker's text, the rating's level and date, or the recommendation"),
  planTitle: z.string().nullable(),
});

const ZConsentRecordJson = z.object({
  entries: z
    .array(
      z.object({
        id: z.uuid(),
        status: z.enum(["given", "withdrawn"]),
        on: isoDate,
        scope: z.string(),
        note: z.string(),
        recordedAt: dateTime,
        recordedByName: z.string().nullable(),
      }),
    )
    .describe("oldest first; append-only"),
  current: ZConsentStatusJson.describe("the newest entry decides"),
});

export const ZEvidenceDetailJson = z.object({
  institution: z.object({ id: z.string(), slug: z.string(), name: z.string() }),
  item: ZEvidenceJson,
  file: z
    .object({ fileName: z.string(), mediaType: z.string(), sizeBytes: z.number().int(), sha256: z.string() })
    .nullable()
    .describe("a file's details; its bytes are at …/file"),
  consent: ZConsentRecordJson,
  shareable: z.boolean().describe("may go into exports and public pages (a case study needs consent given)"),
  links: z.array(ZEvidenceLinkJson),
  allowed: z.object({ add: z.boolean(), manage: z.boolean() }),
});

export const ZConsentRecordedJson = ZConsentRecordJson.extend({
  id: z.uuid().describe("the new entry"),
  shareable: z.boolean(),
});

export const ZTalentRecommendationJson = z.object({
  id: z.string(),
  number: z.number().int(),
  summary: z.string(),
  addressedTo: z.string(),
  source: z.string(),
  verified: z.boolean().describe("the wording checked against the report"),
  version: z.number().int(),
});

export const ZNextWindowJson = z.object({
  rule: z.enum(["initial", "renewal"]).describe("which rule gave the window"),
  signedOn: isoDate.optional().describe("initial: the signing date it counts from"),
  submittedOn: isoDate.optional().describe("renewal: the latest submission it counts from"),
  madeInWindow: isoDate.optional().describe("renewal: the window that submission belongs to"),
  closesOn: isoDate.describe("the window's closing day (UK)"),
  closesAt: dateTime.describe("23:59:59 UK time on the closing day"),
  label: z.string().describe('e.g. "31 July 2027"'),
  daysRemaining: z.number().int().describe("UK calendar days to the closing day; 0 once overdue"),
  isOverdue: z.boolean(),
  daysOverdue: z.number().int(),
});

export const ZDeadlineJson = z.object({
  institution: z.object({
    id: z.string(),
    slug: z.string(),
    name: z.string(),
    type: z.enum(["signatory", "supporter"]).describe("supporters never have a window"),
    signingDate: isoDate.nullable(),
  }),
  dueMonths: z
    .array(z.number().int())
    .describe("the months windows close in: [1, 7] unless it keeps its own"),
  hasOwnSchedule: z.boolean(),
  lastSubmission: z.object({ stage: z.string(), submittedOn: isoDate }).nullable(),
  next: ZNextWindowJson.nullable().describe(
    "null without a signing date or a submission, and for supporters",
  ),
});

export const ZDeadlineListJson = z.object({
  overdue: z.array(ZDeadlineJson).describe("windows closed, longest overdue first"),
  upcoming: z.array(ZDeadlineJson).describe("the soonest first"),
  unknown: z.array(ZDeadlineJson).describe("signatories with no signing date or submission"),
});

export const ZScheduleJson = z.object({ dueMonths: z.array(z.number().int()), hasOwnSchedule: z.boolean() });

export const ZPastSubmissionJson = z.object({
  id: z.uuid(),
  institutionId: z.string(),
  stage: z.enum(["initial", "stage-2", "stage-3", "renewal"]),
  submittedOn: isoDate,
  evidenceId: z.uuid().nullable().describe("the file, an evidence item of kind file"),
  note: z.string(),
  createdAt: dateTime,
  createdBy: z.string().nullable(),
  version: z.number().int(),
  file: z.object({ fileName: z.string(), sizeBytes: z.number().int() }).nullable().optional(),
});

export const ZPastSubmissionsJson = z.object({
  items: z.array(ZPastSubmissionJson),
  allowed: z.object({ manage: z.boolean() }),
});

/* Submission templates (issue 5): versions with their content. */
export const ZTemplateVersionSummaryJson = z.object({
  id: z.uuid(),
  number: z.number().int().describe("the template version's number: 1, 2…"),
  status: z.enum(["draft", "published", "superseded"]),
  verified: z.boolean().describe("the question set checked against the official form"),
  publishedAt: dateTime.nullable(),
  updatedAt: dateTime,
  updatedBy: z.string().nullable(),
  version: z.number().int().describe("the row's version: the ETag for If-Match"),
});

export const ZTemplateJson = z.object({
  id: z.uuid(),
  key: z.string().describe("renewal, stage-3, initial"),
  name: z.string(),
  published: ZTemplateVersionSummaryJson.nullable().describe("the version new submissions start on"),
  draft: ZTemplateVersionSummaryJson.nullable().describe("the open draft (central team only)"),
  versions: z.array(ZTemplateVersionSummaryJson).describe("newest first; drafts for the central team only"),
});

export const ZTemplateVersionJson = ZTemplateVersionSummaryJson.extend({
  templateId: z.uuid(),
  key: z.string(),
  name: z.string(),
  content: z
    .object(ZTemplateContent.shape)
    .describe("guidance, header, TALENT mode, questions in order, source"),
  publishedBy: z.string().nullable(),
  createdAt: dateTime,
  createdBy: z.string().nullable(),
});

/* Submissions (issue 5): the task list, answers, readiness, frozen versions and sign-off. */
const ZSubmissionStateJson = z.enum(SUBMISSION_STATES);
const ZStageJson = z.enum(["initial", "renewal", "stage-3"]);

export const ZSubmissionListItemJson = z.object({
  id: z.uuid(),
  windowCloses: isoDate.describe("the window's closing day"),
  windowLabel: z.string().describe('e.g. "31 July 2027"'),
  stage: ZStageJson,
  state: ZSubmissionStateJson,
  stateLabel: z.string(),
  templateName: z.string(),
  templateVersion: z.number().int().describe("the template version it keeps"),
  latestVersion: z.number().int().describe("its newest frozen version; 0 before the first freeze"),
  submittedAt: dateTime.nullable(),
  updatedAt: dateTime,
});

export const ZSubmissionListJson = z.object({
  items: z
    .array(ZSubmissionListItemJson)
    .describe("newest window first; the central team sees submitted ones only"),
  allowed: z.object({ start: z.boolean() }),
  next: ZNextWindowJson.nullable().describe(
    "the next due window, which a new submission starts for by default",
  ),
});

export const ZSubmissionStartedJson = z.object({ id: z.uuid() });

export const ZSignatureJson = z.object({
  block: z.enum(SIGNATURE_BLOCKS),
  userId: z.string().describe("the account that signed"),
  typedName: z.string(),
  role: z.string(),
  signedOn: isoDate,
  createdAt: dateTime,
});

export const ZSubmissionVersionSummaryJson = z.object({
  id: z.uuid(),
  number: z.number().int(),
  fingerprint: z.string().describe("SHA-256 of the version's canonical JSON, hex"),
  frozenAt: dateTime,
  frozenByName: z.string().nullable(),
  reopenedAt: dateTime
    .nullable()
    .describe("set when a change after freezing made the submission a draft again"),
  signatures: z
    .array(ZSignatureJson)
    .describe("on a reopened version they stay as history but no longer count"),
});

const ZWindowStatusJson = z.object({
  closesOn: isoDate,
  closesAt: dateTime,
  label: z.string(),
  daysRemaining: z.number().int(),
  isOverdue: z.boolean(),
  daysOverdue: z.number().int(),
});

const ZSubmissionTemplateJson = z.object({
  id: z.uuid(),
  key: z.enum(TEMPLATE_KEYS),
  name: z.string(),
  number: z.number().int(),
  verified: z.boolean(),
  content: z.object(ZTemplateContent.shape),
});

export const ZSubmissionOverviewJson = z.object({
  institution: ZInstitutionRefJson,
  submission: z.object({
    id: z.uuid(),
    institutionId: z.string(),
    templateVersionId: z.uuid(),
    windowCloses: isoDate,
    stage: ZStageJson,
    state: ZSubmissionStateJson,
    previousPlanId: z.uuid().nullable().describe("the plan its RAG analysis looks back on"),
    newPlanId: z.uuid().nullable(),
    latestVersion: z.number().int(),
    submittedAt: dateTime.nullable(),
    submittedBy: z.string().nullable(),
    isDemo: z.boolean(),
    createdAt: dateTime,
    createdBy: z.string().nullable(),
    updatedAt: dateTime,
    updatedBy: z.string().nullable(),
    version: z.number().int().describe("the ETag"),
  }),
  template: ZSubmissionTemplateJson.describe("the template version the submission keeps"),
  stateLabel: z.string(),
  window: ZWindowStatusJson,
  tasks: z
    .array(
      z.object({
        key: z
          .string()
          .describe("the section key: header, a question id (q1…), q6.new-plan, cross-references"),
        number: z.string().nullable(),
        title: z.string(),
        required: z.boolean(),
        status: z.enum(TASK_STATUSES),
        updatedAt: dateTime.nullable(),
        updatedByName: z.string().nullable().describe("who saved the section last"),
      }),
    )
    .describe("the task list, in the form's order"),
  completeCount: z.number().int(),
  versions: z.array(ZSubmissionVersionSummaryJson).describe("newest first"),
  current: ZSubmissionVersionSummaryJson.nullable().describe(
    "the newest frozen version while it still counts",
  ),
  allowed: z
    .object({
      edit: z.boolean(),
      freeze: z.boolean(),
      signLead: z.boolean(),
      signSignatory: z.boolean(),
      submit: z.boolean(),
    })
    .describe("what the caller may do now"),
});

export const ZAnswerJson = z.object({
  narrative: z.unknown().nullable().describe("the narrative as the document tree (mdast subset)"),
  markdown: z.string().describe("the same narrative as Markdown; bound figures as {{figure:<ref>}}"),
  data: z.unknown().describe("the structured part, as the section's schema checks it"),
  complete: z.boolean(),
  version: z.number().int(),
  updatedAt: dateTime,
  updatedByName: z.string().nullable(),
});

export const ZSectionJson = z.object({
  institution: z.object({ slug: z.string(), name: z.string() }),
  submissionId: z.uuid(),
  state: ZSubmissionStateJson,
  section: z.object({
    key: z.string(),
    kind: z.enum(["header", "question", "part", "cross-references"]),
    number: z.string().nullable(),
    title: z.string(),
    required: z.boolean(),
    narrative: z.boolean().describe("takes a narrative answer"),
    structured: z.enum(STRUCTURED_KINDS).nullable().describe("the kind of its structured part"),
    wordLimit: z.number().int().nullable(),
    help: z.string(),
  }),
  answer: ZAnswerJson.nullable().describe("null before the first save"),
  version: z.number().int().describe('the answer\'s version: the ETag, "0" before the first save'),
  headerDefaults: z
    .object({ leadNames: z.string(), email: z.string(), contactNumber: z.string() })
    .nullable()
    .describe("the header before its first save: the institution's own lead and contact"),
  rag: z
    .object({
      plan: ZPlanJson.pick({
        id: true,
        title: true,
        startsOn: true,
        endsOn: true,
        ragScale: true,
      }).nullable(),
      actions: z.array(ZActionSummaryJson),
      counts: ZRagCountsJson.nullable(),
      allowed: z.object({ rate: z.boolean() }),
    })
    .nullable()
    .describe("the RAG analysis section only: the previous plan's actions with their current ratings"),
  reopened: z.boolean().optional().describe("after a save: the save made a frozen submission a draft again"),
  allowed: z.object({ edit: z.boolean() }),
});

export const ZFindingJson = z.object({
  code: z.enum(FINDING_CODES),
  severity: z.enum(["blocking", "warning"]),
  message: z.string(),
  href: z.string().describe("where to fix it, relative to the submission page (see url)"),
  url: z.url().describe("where to fix it, on this server"),
  subject: z.string().optional(),
  messageKey: z.string().describe("for a message catalogue, with params"),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});

export const ZReadinessJson = z.object({
  submission: z.object({
    id: z.uuid(),
    slug: z.string(),
    institution: z.string(),
    windowCloses: isoDate,
    state: ZSubmissionStateJson,
  }),
  findings: z.array(ZFindingJson).describe("blocking ones first, each with where to fix it"),
  blocking: z.number().int(),
  warnings: z.number().int(),
  blocked: z.boolean().describe("true while anything blocks the submit"),
});

export const ZFrozenJson = z.object({
  number: z.number().int().describe("the new version's number"),
  fingerprint: z.string(),
});

export const ZSignedJson = z.object({
  state: z.enum(["ready", "signed"]).describe("signed once both blocks are"),
});

export const ZSubmittedJson = z.object({ submittedAt: dateTime });

export const ZAnalysisRatingJson = z.object({
  rating: ZRatingJson,
  reopened: z.boolean().describe("the rating made a frozen submission a draft again"),
});

export const ZSubmissionVersionJson = z.object({
  institution: z.object({ slug: z.string(), name: z.string() }),
  submissionId: z.uuid(),
  version: ZSubmissionVersionSummaryJson,
  snapshot: z
    .looseObject({
      format: z.literal(1),
      frozenOn: isoDate,
      institution: z.object({ id: z.string(), slug: z.string(), name: z.string() }),
      submission: z.object({ id: z.uuid(), windowCloses: isoDate, stage: z.string() }),
      template: z.looseObject({ key: z.string(), name: z.string(), number: z.number().int() }),
      answers: z.array(
        z.object({
          sectionKey: z.string(),
          narrative: z.unknown().nullable(),
          data: z.unknown(),
          complete: z.boolean(),
          version: z.number().int(),
        }),
      ),
    })
    .describe(
      "everything the version shows, exactly as frozen: answers, both plans, figures, evidence, TALENT wording",
    ),
  intact: z
    .boolean()
    .describe("the fingerprint re-checked on this read; false means the stored content was altered"),
  consentWithdrawn: z
    .array(z.object({ id: z.uuid(), title: z.string() }))
    .describe("case studies whose consent was withdrawn after freezing (members only)"),
});
