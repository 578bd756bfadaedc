import { z } from "zod";

/**
 * The structured parts a question can carry below (or instead of) its narrative. Each kind has its
 * own zod schema and form (src/core/submissions/sections); templates only name them. "governance"
 * holds the staff structures too: groups with their chairs, members, reporting lines and meetings,
 * and committees with technician representation.
 */
export const STRUCTURED_KINDS = [
  "governance",
  "rag-analysis",
  "impact-evidence",
  "talent",
  "new-plan",
  "technician-voice",
  "public-page",
] as const;
export type StructuredKind = (typeof STRUCTURED_KINDS)[number];

export const HEADER_FIELDS = ["organisation", "lead-names", "email", "contact-number"] as const;
export type HeaderField = (typeof HEADER_FIELDS)[number];

export const TEMPLATE_KEYS = ["renewal", "stage-3", "initial"] as const;
export type TemplateKey = (typeof TEMPLATE_KEYS)[number];

const text = (max: number) => z.string().trim().max(max);

export const ZQuestion = z.object({
  /** Stable within a template across versions ("q1"…): answers are keyed by it. */
  id: z.string().regex(/^[a-z0-9-]{1,40}$/, "Use lower-case letters, digits and hyphens."),
  /** As printed on the form: "1", "2"… */
  number: text(10).min(1),
  title: text(300).min(1, "Enter the question."),
  help: text(4000).default(""),
  required: z.boolean().default(true),
  narrative: z.boolean().default(true),
  wordLimit: z
    .number("Enter the word limit as a whole number, or leave it empty.")
    .int("Enter the word limit as a whole number, or leave it empty.")
    .positive("The word limit must be at least 1.")
    .max(20000, "The word limit can be at most 20000.")
    .nullable()
    .default(null),
  structured: z.enum(STRUCTURED_KINDS).nullable().default(null),
  /**
   * Further structured parts answered with this question, each as its own section keyed
   * "<question id>.<kind>" (see template-sections.ts): the Stage 3 form asks for the new plan and
   * the technician voice in one question, and each part keeps its own form and data.
   */
  additionalParts: z.array(z.enum(STRUCTURED_KINDS)).default([]),
});
export type Question = z.infer<typeof ZQuestion>;

export const ZTemplateContent = z
  .object({
    title: text(200).min(1, "Enter the form's title."),
    /** When a submission on this template is due, in words, for the guidance page. */
    due: text(500).default(""),
    guidance: text(8000).default(""),
    contactEmail: z.email("Enter the central team's e-mail address."),
    header: z.array(z.enum(HEADER_FIELDS)).min(1),
    talentMode: z.enum(["narrative", "per-recommendation"]),
    /** Which other charters' submissions the preamble invites cross-references to. */
    crossReferenceSchemes: z.array(text(100).min(1)).default([]),
    questions: z.array(ZQuestion).min(1, "A template needs at least one question."),
    /** Where the wording comes from, shown beside it. */
    source: text(1000).min(1, "Name the source of the wording."),
  })
  .superRefine((content, ctx) => {
    const seen = new Set<string>();
    // A structured part holds one record of the submission (its RAG analysis, its new plan…),
    // so a template asks for each kind once.
    const kinds = new Set<string>();
    content.questions.forEach((q, i) => {
      if (seen.has(q.id))
        ctx.addIssue({
          code: "custom",
          path: ["questions", i, "id"],
          message: "Each question needs its own id.",
        });
      seen.add(q.id);
      const parts = [...(q.structured ? [q.structured] : []), ...q.additionalParts];
      parts.forEach((kind, j) => {
        if (kinds.has(kind))
          ctx.addIssue({
            code: "custom",
            path: ["questions", i, j === 0 && q.structured ? "structured" : "additionalParts"],
            message: `The structured part "${kind}" is already asked for: choose it in one question only.`,
          });
        kinds.add(kind);
      });
      if (!q.narrative && !q.structured)
        ctx.addIssue({
          code: "custom",
          path: ["questions", i, "narrative"],
          message: "A question needs a narrative answer, a structured part, or both.",
        });
    });
  });
export type TemplateContent = z.infer<typeof ZTemplateContent>;
