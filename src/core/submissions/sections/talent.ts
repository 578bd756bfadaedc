import { z } from "zod";
import { asId, asRecord, asRows, asString, asStrings, type SectionRules, text, unknownIds } from "./fields";

/**
 * TALENT (template question 5). Per recommendation (the renewal template): numbered answers in
 * order, each about one recommendation or none. A recommendation answered twice is kept, not
 * refused — the LSTM seed repeats point 1 as point 6 and the demo keeps its words — and flagged:
 * inline on the form, and as blocking by the readiness check. As one narrative (the Stage 3
 * template): the narrative carries the answer and this part only records which recommendations
 * it cites, once each.
 */

export const TALENT_ANSWER_MAX = 6000;

export const ZTalentAnswer = z.object({
  recommendationId: z
    // "" is what a form's "none" option sends: it means no choice, as null does.
    .preprocess(
      (v) => (typeof v === "string" && v.trim() === "" ? null : v),
      z.string("Choose a recommendation from the list.").trim().max(100).nullable(),
    )
    .default(null),
  /** Plain text; paragraphs separated by a blank line. */
  text: text(TALENT_ANSWER_MAX),
});
export type TalentAnswer = z.output<typeof ZTalentAnswer>;

export const ZTalent = z
  .object({
    answers: z.array(ZTalentAnswer).max(50, "Give at most 50 answers.").default([]),
    cited: z
      .array(z.string("Choose recommendations from the list.").trim().min(1).max(100))
      .max(50)
      .default([]),
  })
  .superRefine((data, ctx) => {
    data.answers.forEach((a, i) => {
      if (!a.text)
        ctx.addIssue({
          code: "custom",
          path: ["answers", i, "text"],
          message: `Enter the answer for point ${i + 1}, or remove it.`,
        });
    });
    const seen = new Set<string>();
    data.cited.forEach((id) => {
      if (seen.has(id))
        ctx.addIssue({ code: "custom", path: ["cited"], message: "Cite each recommendation once." });
      seen.add(id);
    });
  });
export type TalentData = z.output<typeof ZTalent>;

/**
 * The positions (1 = the first answer) of answers whose recommendation an earlier answer already
 * took, in order: [6] for the LSTM seed, whose point 6 repeats point 1.
 */
export function duplicateRecommendations(answers: { recommendationId: string | null }[]): number[] {
  const seen = new Set<string>();
  const out: number[] = [];
  answers.forEach((a, i) => {
    if (a.recommendationId === null) return;
    if (seen.has(a.recommendationId)) out.push(i + 1);
    seen.add(a.recommendationId);
  });
  return out;
}

/** The position of the first answer about a recommendation, or null: "the same as point 1". */
export function firstAnswerTo(
  answers: { recommendationId: string | null }[],
  recommendationId: string,
): number | null {
  const i = answers.findIndex((a) => a.recommendationId === recommendationId);
  return i < 0 ? null : i + 1;
}

export const talentRules: SectionRules<TalentData> = {
  schema: ZTalent,
  empty: () => ({ answers: [], cited: [] }),
  read: (data) => {
    const d = asRecord(data);
    return {
      answers: asRows(d.answers).map((a) => ({
        recommendationId: asId(a.recommendationId),
        text: asString(a.text),
      })),
      cited: asStrings(d.cited),
    };
  },
  hasContent: (d) =>
    d.answers.some((a) => a.text.trim() !== "" || a.recommendationId !== null) || d.cited.length > 0,
  contextIssues: (d, context) => [
    ...unknownIds(
      d.answers.map((a) => a.recommendationId),
      context.recommendations,
      (i) => ["answers", i, "recommendationId"],
      "Choose a TALENT recommendation from the list.",
    ),
    ...unknownIds(
      d.cited,
      context.recommendations,
      () => ["cited"],
      "Choose TALENT recommendations from the list.",
    ),
  ],
  lists: { answers: { blank: () => ({ recommendationId: null, text: "" }) } },
};
