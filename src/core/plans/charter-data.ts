import { z } from "zod";
import { PILLARS, type Pillar, RAG_COLOURS, type RagScale } from "./plan-types";

/*
 * The charter's reference data as shipped. An operator can edit a copy later (the Technician
 * Commitment has reworded its aims before), so everything here is data, checked by ZCharterData.
 */

/** The word `counts.ts` uses for actions without a rating; a level may not take it. */
export const UNRATED = "unrated";

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const ZRagLevel = z.object({
  /** Stable id stored on each rating, e.g. "in-progress". */
  id: z
    .string()
    .regex(SLUG, "Use lower-case letters, digits and hyphens.")
    .refine((id) => id !== UNRATED, {
      message: `"${UNRATED}" is reserved for actions without a rating.`,
    }),
  /** As the institution writes it, e.g. "In Progress". */
  label: z.string().trim().min(1),
  /** What the level means for the rules (explanations are required for red). */
  colour: z.enum(RAG_COLOURS),
});

const ZRagScale = z.object({
  id: z.string().regex(SLUG, "Use lower-case letters, digits and hyphens."),
  name: z.string().trim().min(1),
  levels: z
    .array(ZRagLevel)
    .min(1)
    .refine((levels) => unique(levels.map((l) => l.id)), {
      message: "Level ids must be unique within a scale.",
    }),
});

const ZPillarInfo = z.object({
  key: z.enum(PILLARS),
  name: z.string().trim().min(1),
  shortName: z.string().trim().min(1).max(3),
  /** The official aim summarised; institutions write their own aims on their plans. */
  aim: z.string().trim().min(1),
});

export const ZCharterData = z.object({
  slug: z.string().regex(SLUG),
  name: z.string().trim().min(1),
  /** Where the wording comes from, so an operator can check it against the current guidance. */
  source: z.string().trim().min(1),
  pillars: z
    .array(ZPillarInfo)
    .length(PILLARS.length)
    .refine((pillars) => unique(pillars.map((p) => p.key)), {
      message: "List each of the four pillars once.",
    }),
  ragScales: z
    .array(ZRagScale)
    .min(1)
    .refine((scales) => unique(scales.map((s) => s.id)), { message: "Scale ids must be unique." }),
});
export type TCharterData = z.infer<typeof ZCharterData>;
/** The same type under the name the charter use-cases import. */
export type CharterData = TCharterData;

function unique(values: string[]): boolean {
  return new Set(values).size === values.length;
}

const PILLAR_INFO: TCharterData["pillars"] = [
  {
    key: "visibility",
    name: "Visibility",
    shortName: "V",
    aim: "Every technician in the organisation can be identified, and their contribution is seen inside the institution and beyond it.",
  },
  {
    key: "recognition",
    name: "Recognition",
    shortName: "R",
    aim: "Help technicians earn recognition, through professional registration and external award schemes.",
  },
  {
    key: "career-development",
    name: "Career Development",
    shortName: "CD",
    aim: "Open up progression for technicians by giving them career pathways that are clear and written down.",
  },
  {
    key: "sustainability",
    name: "Sustainability",
    shortName: "S",
    aim: "Secure the organisation's technical skills for the future and make full use of technicians' expertise.",
  },
];

/** The three scales named in RAG_SCALE_IDS (plan-types.ts): the guidance's own, Birmingham's and LSTM's. */
const RAG_SCALES: RagScale[] = [
  {
    id: "red-amber-green",
    name: "Red / Amber / Green",
    levels: [
      { id: "red", label: "Red", colour: "red" },
      { id: "amber", label: "Amber", colour: "amber" },
      { id: "green", label: "Green", colour: "green" },
    ],
  },
  {
    id: "five-point",
    name: "Five-point RAG",
    levels: [
      { id: "red", label: "Red", colour: "red" },
      { id: "red-amber", label: "Red/Amber", colour: "red" },
      { id: "amber-red", label: "Amber/Red", colour: "amber" },
      { id: "amber", label: "Amber", colour: "amber" },
      { id: "green", label: "Green", colour: "green" },
    ],
  },
  {
    id: "progress",
    name: "Progress",
    levels: [
      { id: "no-progress", label: "No Progress", colour: "red" },
      { id: "in-progress", label: "In Progress", colour: "amber" },
      { id: "completed", label: "Completed", colour: "green" },
    ],
  },
];

export const DEFAULT_CHARTER: TCharterData = {
  slug: "technician-commitment",
  name: "Technician Commitment",
  source:
    "Technician Commitment website (https://www.techniciancommitment.org.uk/) and the institutional " +
    "self-assessment templates (Stage 3 and Renewal); aims summarised in our own words.",
  pillars: PILLAR_INFO.map((p) => ({ ...p })),
  ragScales: RAG_SCALES,
};

/** A scale of the charter by id, or null (a plan keeps its own copy, so an edited charter does not break it). */
export function findScale(charter: Pick<TCharterData, "ragScales">, id: string): RagScale | null {
  return charter.ragScales.find((s) => s.id === id) ?? null;
}

const BY_KEY = new Map(PILLAR_INFO.map((p) => [p.key, p]));

/** "Career Development": the pillar's name as the charter prints it. */
export function pillarName(pillar: Pillar): string {
  return BY_KEY.get(pillar)!.name;
}

/** "CD": the abbreviation used in action references such as "CD3". */
export function pillarShortName(pillar: Pillar): string {
  return BY_KEY.get(pillar)!.shortName;
}
