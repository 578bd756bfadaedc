import { z } from "zod";
import { COMPARATORS, PILLARS, RAG_SCALE_IDS } from "./plan-types";

/**
 * The zod schemas for plans, actions and ratings: the use-cases parse with them, the API's
 * OpenAPI document is generated from them, and pages map form fields onto them.
 */
const isoDate = (message: string) => z.iso.date(message);
const text = (max: number) => z.string().trim().max(max, `Use at most ${max} characters.`);
/** Lists arrive as arrays (API) or as one item per line (forms and CLI). */
const lines = (max: number) =>
  z
    .union([z.array(z.string()), z.string()])
    .transform((v) => (Array.isArray(v) ? v : v.split(/\r?\n/)).map((s) => s.trim()).filter(Boolean))
    .pipe(
      z
        .array(z.string().max(max, `Use at most ${max} characters per line.`))
        .max(50, "Use at most 50 lines."),
    );

export const ZPillar = z.enum(PILLARS, { error: "Choose a pillar." });

export const ZPlanFields = z
  .object({
    title: z.string().trim().min(3, "Enter the plan's title.").max(200, "Use at most 200 characters."),
    startsOn: isoDate("Enter the start date, for example 2024-08-01."),
    endsOn: isoDate("Enter the end date, for example 2027-07-31."),
    pillarAims: z.partialRecord(ZPillar, text(2000)).default({}),
  })
  .refine((p) => p.endsOn > p.startsOn, {
    path: ["endsOn"],
    message: "The end date must be after the start.",
    // Checked even when other fields fail, so a form shows every problem at once.
    when: ({ value }) => {
      const v = value as { startsOn?: unknown; endsOn?: unknown };
      return [v?.startsOn, v?.endsOn].every((d) => typeof d === "string" && /^\d{4}-\d{2}-\d{2}$/.test(d));
    },
  });

export const ZCreatePlanInput = ZPlanFields.safeExtend({
  ragScaleId: z.enum(RAG_SCALE_IDS, { error: "Choose a RAG scale." }),
  /** The plan this one follows; with `carryForward`, its unretired actions are carried in. */
  previousPlanId: z.uuid("Choose a plan.").nullish(),
  carryForwardActionIds: z.array(z.uuid()).default([]),
});
export type TCreatePlanInput = z.input<typeof ZCreatePlanInput>;

export const ZUpdatePlanInput = z.object({
  title: ZPlanFields.shape.title.optional(),
  startsOn: ZPlanFields.shape.startsOn.optional(),
  endsOn: ZPlanFields.shape.endsOn.optional(),
  pillarAims: z.partialRecord(ZPillar, text(2000)).optional(),
  /** Only while no action has a rating: the scale is fixed once any action is rated. */
  ragScaleId: z.enum(RAG_SCALE_IDS, { error: "Choose a RAG scale." }).optional(),
  expectedVersion: z.coerce.number().int().min(1),
});
export type TUpdatePlanInput = z.input<typeof ZUpdatePlanInput>;

export const ZPlanStatusChange = z.object({
  to: z.enum(["approved", "published", "draft"], { error: "Choose approve, publish or reopen." }),
  expectedVersion: z.coerce.number().int().min(1),
});

const optionalNumber = z
  .union([z.number(), z.string().trim()])
  .transform((v) => (v === "" ? null : Number(v)))
  .pipe(z.number({ error: "Enter a number." }).finite().nullable());

export const ZMarkerTarget = z.object({
  comparator: z.enum(COMPARATORS, { error: "Choose at least, at most or exactly." }),
  value: z.number({ error: "Enter the target as a number." }).finite(),
  unit: text(40).default(""),
  byDate: isoDate("Enter the target date, for example 2027-07-31."),
  baseline: optionalNumber.nullish(),
});

export const ZMarker = z.object({
  /**
   * The marker's stable id, as returned when the action was read. Send it back to keep the marker
   * (and the evidence linked to it) the same marker; leave it out for a new marker. An id that is
   * not one of this action's markers is replaced with a new one.
   */
  id: z.string().trim().max(100).nullish(),
  text: z.string().trim().min(1, "Describe the marker of success.").max(1000, "Use at most 1000 characters."),
  target: ZMarkerTarget.nullish(),
  observed: z
    .object({
      value: z.number({ error: "Enter the latest figure as a number." }),
      on: isoDate("Enter the date of the figure."),
    })
    .nullish(),
  /** One of the institution's indicators: its latest figure then decides the marker's status. */
  indicatorId: z.uuid("Choose an indicator.").nullish(),
});

export const ZActionFields = z
  .object({
    title: z.string().trim().min(3, "Enter the action's title.").max(500, "Use at most 500 characters."),
    pillars: z
      .array(ZPillar)
      .min(1, "Choose at least one pillar.")
      .transform((p) => [...new Set(p)]),
    primaryPillar: ZPillar,
    aims: text(4000).default(""),
    plannedOutcomes: lines(1000).default([]),
    miniGoals: lines(1000).default([]),
    markers: z.array(ZMarker).max(30, "Use at most 30 markers.").default([]),
    timescaleText: text(300).default(""),
    owner: text(200).default(""),
    leadMemberId: z.string().trim().max(100).nullish(),
    leadName: text(200).default(""),
    notes: text(8000).default(""),
    referenceAsPublished: text(40).default(""),
  })
  .refine((a) => a.pillars.includes(a.primaryPillar), {
    path: ["primaryPillar"],
    message: "The primary pillar must be one of the action's pillars.",
    when: ({ value }) => {
      const v = value as { pillars?: unknown; primaryPillar?: unknown };
      return Array.isArray(v?.pillars) && typeof v?.primaryPillar === "string";
    },
  });
export type TActionFields = z.input<typeof ZActionFields>;

export const ZCreateActionInput = ZActionFields.safeExtend({
  /** Where in the plan; defaults to the end. */
  position: z.coerce.number().int().min(1).optional(),
});

export const ZUpdateActionInput = z.object({
  ...ZActionFields.shape,
  expectedVersion: z.coerce.number().int().min(1),
});

export const ZEvidenceLink = z.object({
  url: z.url({ protocol: /^https?$/, error: "Enter a web address starting with https://." }),
  title: z.string().trim().min(1, "Give the link a title.").max(300, "Use at most 300 characters."),
});

export const ZRateActionInput = z.object({
  /** A level id of the plan's scale, e.g. "in-progress". */
  level: z.string().trim().min(1, "Choose a rating."),
  qualifier: text(500).default(""),
  assessedOn: isoDate("Enter the date of the judgement, for example 2025-03-31."),
  commentary: text(8000).default(""),
  evidence: z.array(ZEvidenceLink).max(20, "Use at most 20 links.").default([]),
});
export type TRateActionInput = z.input<typeof ZRateActionInput>;

export const ZCarryForwardInput = z.object({ toPlanId: z.uuid("Choose the plan to carry the action into.") });

export const ZRetireActionInput = z.object({
  reason: z
    .string()
    .trim()
    .min(3, "Say why the action is retired.")
    .max(1000, "Use at most 1000 characters."),
  supersededByActionId: z.uuid("Choose an action.").nullish(),
  /** When given (pages and If-Match), the retirement is refused if the action changed since. */
  expectedVersion: z.coerce.number().int().min(1).optional(),
});
