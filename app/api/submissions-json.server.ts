import { AppError, invalid } from "../../src/core/errors";
import type { NarrativeDoc } from "../../src/core/narrative/doc";
import { docToMarkdown, markdownToDoc } from "../../src/core/narrative/markdown";
import { DOC_FIELD, parseDoc } from "../../src/core/narrative/normalize";
import type { AnswerView } from "../../src/core/submissions/answer-view.server";
import type { ReadinessReport } from "../../src/core/submissions/check-readiness.server";
import type { SectionView } from "../../src/core/submissions/get-section.server";
import { findingPath } from "../../src/core/submissions/readiness-href";
import { ifMatch } from "./http.server";

/** What the submission routes of /api/v1 share: paths, the answer's If-Match and JSON shapes. */

export const submissionsPath = (publicUrl: string, slug: string) =>
  `${publicUrl}/api/v1/institutions/${encodeURIComponent(slug)}/submissions`;

/**
 * The answer's version a save starts from. Unlike other resources an answer exists before its first
 * save, at version 0, so `If-Match: "0"` says "I saw no answer" (and is stale once someone saved).
 */
export function answerIfMatch(request: Request): number | Response {
  const header = request.headers.get("if-match")?.replace(/^W\//, "").replaceAll('"', "").trim();
  return header === "0" ? 0 : ifMatch(request);
}

/** Problems with a narrative reported on the field the client sent it in. */
function onField<T>(field: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof AppError && error.code === "INVALID")
      throw invalid("Some answers need correcting.", {
        [field]: error.details.fieldErrors?.[DOC_FIELD] ?? [error.message],
      });
    throw error;
  }
}

/**
 * The narrative of a PUT body: `markdown` (turned into the tree) or `narrative` (the tree itself,
 * sanitised to the subset like the rich editor's); undefined when neither is sent, which keeps it.
 */
export function narrativeFromBody(body: Record<string, unknown>): NarrativeDoc | undefined {
  const { markdown, narrative } = body;
  if (markdown !== undefined && narrative !== undefined)
    throw invalid("Send the narrative once: either markdown or narrative.", {
      markdown: ["Send either markdown or narrative, not both."],
    });
  if (markdown !== undefined) {
    if (typeof markdown !== "string")
      throw invalid("Some answers need correcting.", {
        markdown: ["Send the answer as a string of Markdown."],
      });
    return onField("markdown", () => markdownToDoc(markdown));
  }
  if (narrative !== undefined) return onField("narrative", () => parseDoc(narrative));
  return undefined;
}

/** An answer with its narrative twice: as the tree and as Markdown. */
export const answerJson = (answer: AnswerView) => {
  const { id: _, sectionKey: __, ...rest } = answer;
  return { ...rest, markdown: answer.narrative ? docToMarkdown(answer.narrative) : "" };
};

/** One section for the API: what it asks, the answer (version 0 before the first save), what may be done. */
export function sectionJson(view: SectionView, extra: { reopened?: boolean } = {}) {
  const { shape } = view;
  const question = shape.kind === "question" ? shape.question : null;
  return {
    institution: { slug: view.institution.slug, name: view.institution.name },
    submissionId: view.submission.id,
    state: view.submission.state,
    section: {
      key: view.key,
      kind: question ? question.kind : shape.kind,
      number: view.number,
      title: view.title,
      required: question ? question.required : shape.kind === "header",
      narrative: question?.narrative ?? false,
      structured: question?.structured ?? null,
      wordLimit: question?.wordLimit ?? null,
      help: question?.help ?? "",
    },
    answer: view.answer ? answerJson(view.answer) : null,
    version: view.answer?.version ?? 0,
    headerDefaults: view.headerDefaults,
    rag: view.rag,
    ...extra,
    allowed: view.allowed,
  };
}

/** The readiness report with each finding's place to fix it as a URL on this server. */
export function readinessJson(report: ReadinessReport, publicUrl: string) {
  const at = {
    slug: report.submission.slug,
    submission: `/i/${encodeURIComponent(report.submission.slug)}/submissions/${report.submission.id}`,
  };
  return {
    ...report,
    findings: report.findings.map((f) => ({ ...f, url: `${publicUrl}${findingPath(f.href, at)}` })),
  };
}
