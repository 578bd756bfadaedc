import { z } from "zod";
import {
  asCount,
  asRecord,
  asRows,
  asString,
  asStrings,
  headcount,
  type SectionRules,
  text,
  unknownIds,
} from "./fields";

/**
 * Technician voice (renewal question 7; part of question 6 in Stage 3): the consultations technicians
 * took part in (events in the evidence library), how many took part, what came out of it, and which
 * actions of the new plan they shaped — with the share of each pillar's actions they shaped.
 */

const PARTICIPANTS = "Enter the number of technicians as a whole number, such as 24.";

export const ZConsultation = z.object({
  evidenceId: z.string("Choose an event from the evidence library.").trim().max(100).default(""),
  /** Technicians who took part in this one, when known (the event's attendance may count others). */
  participants: headcount(PARTICIPANTS),
});

export const ZTechnicianVoice = z
  .object({
    consultations: z.array(ZConsultation).max(100, "List at most 100 consultations.").default([]),
    /** Technicians who took part overall (one person may have joined several consultations). */
    participants: headcount(PARTICIPANTS),
    /** What came out of the consultations, in plain text. */
    outcomes: text(6000),
    shapedActionIds: z
      .array(z.string("Choose actions from the list.").trim().min(1).max(100))
      .max(500)
      .default([]),
  })
  .superRefine((data, ctx) => {
    const seen = new Map<string, number>();
    data.consultations.forEach((c, i) => {
      if (!c.evidenceId) {
        ctx.addIssue({
          code: "custom",
          path: ["consultations", i, "evidenceId"],
          message: `Choose the event for consultation ${i + 1}.`,
        });
        return;
      }
      const first = seen.get(c.evidenceId);
      if (first !== undefined)
        ctx.addIssue({
          code: "custom",
          path: ["consultations", i, "evidenceId"],
          message: `Consultation ${i + 1} is the same event as consultation ${first + 1}: list each event once.`,
        });
      else seen.set(c.evidenceId, i);
    });
    if (new Set(data.shapedActionIds).size !== data.shapedActionIds.length)
      ctx.addIssue({ code: "custom", path: ["shapedActionIds"], message: "Choose each action once." });
  });
export type TechnicianVoiceData = z.output<typeof ZTechnicianVoice>;

/** As a form shows it: a count typed as words stays as typed, so the person sees what to fix. */
export type TechnicianVoiceDraft = {
  consultations: { evidenceId: string; participants: number | string | null }[];
  participants: number | string | null;
  outcomes: string;
  shapedActionIds: string[];
};

export type PillarCoverage = {
  pillarId: string;
  name: string;
  /** Actions with this pillar that technicians shaped. */
  shaped: number;
  /** Actions with this pillar. */
  total: number;
};

/**
 * Per pillar, in the charter's order: how many of its actions technicians shaped, of how many. An
 * action under two pillars counts in both; ids of actions not in the plan count nowhere.
 */
export function voiceCoverage(
  shapedActionIds: readonly string[],
  actions: readonly { id: string; pillars: readonly string[] }[],
  pillars: readonly { id: string; name: string }[],
): PillarCoverage[] {
  const shaped = new Set(shapedActionIds);
  return pillars.map((p) => {
    const mine = actions.filter((a) => a.pillars.includes(p.id));
    return {
      pillarId: p.id,
      name: p.name,
      shaped: mine.filter((a) => shaped.has(a.id)).length,
      total: mine.length,
    };
  });
}

export const technicianVoiceRules: SectionRules<TechnicianVoiceData, TechnicianVoiceDraft> = {
  schema: ZTechnicianVoice,
  empty: () => ({ consultations: [], participants: null, outcomes: "", shapedActionIds: [] }),
  read: (data) => {
    const d = asRecord(data);
    return {
      consultations: asRows(d.consultations).map((c) => ({
        evidenceId: asString(c.evidenceId),
        participants: asCount(c.participants),
      })),
      participants: asCount(d.participants),
      outcomes: asString(d.outcomes),
      shapedActionIds: asStrings(d.shapedActionIds),
    };
  },
  hasContent: (d) =>
    d.consultations.some((c) => c.evidenceId !== "" || c.participants !== null) ||
    d.participants !== null ||
    d.outcomes.trim() !== "" ||
    d.shapedActionIds.length > 0,
  contextIssues: (d, context) => [
    ...unknownIds(
      d.consultations.map((c) => c.evidenceId || null),
      context.events,
      (i) => ["consultations", i, "evidenceId"],
      "This is not an event in your institution's evidence library: choose one from the list.",
    ),
    ...unknownIds(
      d.shapedActionIds,
      context.actions,
      () => ["shapedActionIds"],
      "Choose actions of the new plan from the list.",
    ),
  ],
  lists: { consultations: { blank: () => ({ evidenceId: "", participants: null }) } },
};
