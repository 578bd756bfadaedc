import type { StructuredKind, TemplateContent } from "./template-types";

/**
 * One section of a submission on a template: what `submission_answer.section_key` names. Each
 * question is a section keyed by its id; each of its `additionalParts` is a section of its own,
 * keyed "<question id>.<kind>", listed right after it and printed under the question's number
 * (Stage 3 asks for the new plan and the technician voice in question 6). Ids never hold a dot,
 * so the two kinds of key cannot meet.
 */
export type TemplateSection = {
  key: string;
  questionId: string;
  number: string;
  title: string;
  /** "question": the question itself; "part": a further structured part of it. */
  kind: "question" | "part";
  narrative: boolean;
  structured: StructuredKind | null;
  required: boolean;
  wordLimit: number | null;
};

export const partSectionKey = (questionId: string, kind: StructuredKind) => `${questionId}.${kind}`;

/** The sections of a template version, in the order the form asks them. */
export function templateSections(content: Pick<TemplateContent, "questions">): TemplateSection[] {
  return content.questions.flatMap((q) => [
    {
      key: q.id,
      questionId: q.id,
      number: q.number,
      title: q.title,
      kind: "question" as const,
      narrative: q.narrative,
      structured: q.structured,
      required: q.required,
      wordLimit: q.wordLimit,
    },
    ...q.additionalParts.map((part) => ({
      key: partSectionKey(q.id, part),
      questionId: q.id,
      number: q.number,
      title: q.title,
      kind: "part" as const,
      narrative: false,
      structured: part,
      // The question is answered once; a further part adds a record (the readiness check warns
      // when it is empty, e.g. no technician-voice record) rather than blocking on it.
      required: false,
      wordLimit: null,
    })),
  ]);
}

/** The section that carries a structured kind (e.g. where the technician voice is answered), if any. */
export function sectionFor(
  content: Pick<TemplateContent, "questions">,
  kind: StructuredKind,
): TemplateSection | undefined {
  return templateSections(content).find((s) => s.structured === kind);
}
