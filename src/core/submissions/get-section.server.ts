import type { UseCaseContext } from "../context";
import { notFound } from "../errors";
import { can } from "../policy";
import { type SectionShape, sectionShape } from "./answer-data";
import { type AnswerView, loadAnswer } from "./answer-view.server";
import { type FigureChoice, listFigureChoices } from "./figure-choices.server";
import { getRagAnalysis, type RagAnalysis } from "./get-rag-analysis.server";
import { sectionContext } from "./section-context.server";
import type { SectionContext } from "./sections/context";
import { type SubmissionInContext, submissionFor } from "./submission-access.server";
import { HEADER_SECTION, sectionsOf } from "./submission-rules";

export type SectionView = SubmissionInContext & {
  key: string;
  shape: SectionShape;
  title: string;
  number: string | null;
  answer: AnswerView | null;
  /** The header before its first save: the institution's own lead and contact. */
  headerDefaults: { leadNames: string; email: string; contactNumber: string } | null;
  context: SectionContext;
  figures: FigureChoice[];
  rag: RagAnalysis | null;
  previous: { key: string; title: string } | null;
  next: { key: string; title: string } | null;
  allowed: { edit: boolean };
};

/** One section of a submission for reading or editing, with everything its form chooses from. */
export async function getSection(
  ctx: UseCaseContext,
  slug: string,
  submissionId: string,
  key: string,
): Promise<SectionView> {
  const found = await submissionFor(ctx, slug, submissionId);
  const shape = sectionShape(found.template.content.questions, key);
  if (!shape) throw notFound("The section");
  const sections = sectionsOf(found.template.content);
  const at = sections.findIndex((s) => s.key === key);
  const here = sections[at];
  const [answer, context, figures] = await Promise.all([
    loadAnswer(ctx.db, submissionId, key),
    sectionContext(ctx, found),
    listFigureChoices(ctx, slug),
  ]);
  const isRag = shape.kind === "question" && shape.question.structured === "rag-analysis";
  const neighbour = (i: number) => {
    const s = sections[i];
    return s ? { key: s.key, title: s.title } : null;
  };
  return {
    ...found,
    key,
    shape,
    title: here?.title ?? key,
    number: here?.number ?? null,
    answer,
    headerDefaults:
      key === HEADER_SECTION && !answer
        ? {
            leadNames: found.institution.leadName ?? "",
            email: found.institution.contactEmail ?? "",
            contactNumber: "",
          }
        : null,
    context,
    figures,
    rag: isRag ? await getRagAnalysis(ctx, slug, submissionId) : null,
    previous: neighbour(at - 1),
    next: neighbour(at + 1),
    allowed: {
      edit: can(ctx.actor, "submission.edit", found.institution.id) && found.submission.state !== "submitted",
    },
  };
}
