import { invalid } from "../errors";
import { type TemplateSection, templateSections } from "../templates/template-sections";
import type { Question } from "../templates/template-types";
import { parseInput } from "../validate";
import type { SectionContext } from "./sections/context";
import { hasContent, validateSectionData } from "./sections/index";
import { ZHeaderData } from "./submission-fields";
import { CROSS_REFERENCES_SECTION, HEADER_SECTION } from "./submission-rules";

/** A template question, or one further structured part of it (decision 0011), with its help text. */
export type QuestionSection = TemplateSection & { help: string };

/** What a section is: the header, a template question (or a part of one), or the cross-references. */
export type SectionShape =
  | { kind: "header" }
  | { kind: "cross-references" }
  | { kind: "question"; question: QuestionSection };

export function sectionShape(questions: Question[], key: string): SectionShape | null {
  if (key === HEADER_SECTION) return { kind: "header" };
  if (key === CROSS_REFERENCES_SECTION) return { kind: "cross-references" };
  const section = templateSections({ questions }).find((s) => s.key === key);
  if (!section) return null;
  const help = questions.find((q) => q.id === section.questionId)?.help ?? "";
  return { kind: "question", question: { ...section, help } };
}

/**
 * Checks a section's structured part. The RAG analysis stores nothing: its ratings are written back
 * to the plan. A question without a structured part refuses data rather than keeping it unseen.
 */
export function validateAnswerData(shape: SectionShape, raw: unknown, context?: SectionContext): unknown {
  if (shape.kind === "header") return parseInput(ZHeaderData, raw ?? {});
  if (shape.kind === "cross-references") return validateSectionData("cross-references", raw ?? {}, context);
  const kind = shape.question.structured;
  if (raw === undefined || raw === null) return null;
  if (!kind)
    throw invalid("This question has no structured part.", {
      data: ["This question takes a narrative only."],
    });
  if (kind === "rag-analysis") return null;
  return validateSectionData(kind, raw, context);
}

/** Whether anything has been written in the structured part (for the task list). */
export function dataHasContent(shape: SectionShape, data: unknown): boolean {
  if (data === null || data === undefined) return false;
  if (shape.kind === "header") return true;
  if (shape.kind === "cross-references") return hasContent("cross-references", data);
  const kind = shape.question.structured;
  return kind !== null && kind !== "rag-analysis" && hasContent(kind, data);
}
