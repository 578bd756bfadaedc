import type { UseCaseContext } from "../context";
import { toObservation } from "../figures/indicator-view.server";
import { listIndicators } from "../figures/list-indicators.server";
import { pillarName } from "../plans/charter-data";
import { getPlan } from "../plans/get-plan.server";
import { PILLARS } from "../plans/plan-types";
import { todayInLondon } from "../plans/today";
import { listTalentRecommendations } from "../talent/list-talent-recommendations.server";
import { sectionFor, templateSections } from "../templates/template-sections";
import type { StructuredKind } from "../templates/template-types";
import { loadAnswers } from "./answer-view.server";
import { type FigureFact, figureFacts } from "./figure-facts";
import type { ReadinessInput } from "./readiness";
import type { SubmissionInContext } from "./submission-access.server";
import { loadVersions } from "./version-view.server";

/** The institution's figures as facts a narrative can be checked against (and bound to). */
export async function institutionFigureFacts(ctx: UseCaseContext, slug: string): Promise<FigureFact[]> {
  const indicators = await listIndicators(ctx, slug);
  return figureFacts(
    indicators.map((f) => ({
      id: f.indicator.id,
      name: f.indicator.name,
      unit: f.indicator.unit,
      breakdownKeys: f.indicator.breakdownKeys,
      observations: f.observations.map(toObservation),
    })),
  );
}

const asRecord = (v: unknown): Record<string, unknown> =>
  v && typeof v === "object" ? (v as Record<string, unknown>) : {};

/**
 * Everything the readiness check reads, gathered through each capability's use-cases: the answers,
 * both plans with their ratings, the TALENT answers in order, the technician-voice record, the
 * public URL, the signatures of the version in force and the institution's figures.
 */
export async function loadReadinessInput(
  ctx: UseCaseContext,
  found: SubmissionInContext,
  now: Date,
): Promise<ReadinessInput> {
  const slug = found.institution.slug;
  const content = found.template.content;
  const [answers, versions, recommendations, figures] = await Promise.all([
    loadAnswers(ctx.db, found.submission.id),
    loadVersions(ctx.db, found.submission.id),
    listTalentRecommendations(ctx),
    institutionFigureFacts(ctx, slug),
  ]);
  const previous = found.submission.previousPlanId
    ? await getPlan(ctx, slug, found.submission.previousPlanId)
    : null;
  const next = found.submission.newPlanId ? await getPlan(ctx, slug, found.submission.newPlanId) : null;
  const byKind = (kind: StructuredKind) => {
    const section = sectionFor(content, kind);
    return section ? asRecord(answers.get(section.key)?.data) : {};
  };
  const numberOf = new Map(recommendations.map((r) => [r.id, r.number]));
  const talent = Array.isArray(byKind("talent").answers) ? (byKind("talent").answers as unknown[]) : [];
  const voice = byKind("technician-voice");
  const url = byKind("public-page").url;
  const latest = versions[0];
  const signed = new Set(latest && !latest.reopenedAt ? latest.signatures.map((s) => s.block) : []);
  return {
    today: todayInLondon(now),
    windowCloses: found.submission.windowCloses,
    state: found.submission.state,
    // Each section (a question, or a further part of one) is checked on its own.
    questions: templateSections(content).map((q) => ({
      id: q.key,
      number: q.number,
      title: q.title,
      required: q.required,
      narrative: q.narrative,
      structured: q.structured,
      wordLimit: q.wordLimit,
    })),
    talentMode: content.talentMode,
    answers: Object.fromEntries(
      [...answers].map(([key, a]) => [key, { narrative: a.narrative, data: a.data, complete: a.complete }]),
    ),
    previousPlan: previous && {
      id: previous.plan.id,
      title: previous.plan.title,
      endsOn: previous.plan.endsOn,
      actions: previous.actions
        .filter((a) => !a.retiredAt)
        .map((a) => ({
          id: a.id,
          ref: a.displayNumber,
          title: a.title,
          rating: a.currentRating
            ? {
                colour: a.currentRating.colour,
                label: a.currentRating.label,
                commentary: a.currentRating.commentary,
              }
            : null,
        })),
    },
    newPlan: next && {
      id: next.plan.id,
      pillars: PILLARS.map((p) => ({ id: p, name: pillarName(p) })),
      actions: next.actions
        .filter((a) => !a.retiredAt)
        .map((a) => ({
          id: a.id,
          ref: a.displayNumber,
          title: a.title,
          pillars: a.pillars,
          owner: a.owner,
          leadName: a.leadName,
          timescaleText: a.timescaleText,
          markers: a.markers.map((m) => m.text),
        })),
    },
    talentAnswers: talent.flatMap((raw, i) => {
      const id = asRecord(raw).recommendationId;
      return typeof id === "string"
        ? [{ recommendationId: id, number: numberOf.get(id) ?? null, position: i + 1 }]
        : [];
    }),
    technicianVoice: {
      consultations: Array.isArray(voice.consultations) ? voice.consultations.length : 0,
      participants: typeof voice.participants === "number" ? voice.participants : null,
    },
    publicUrl: typeof url === "string" && url ? url : null,
    signatures: { lead: signed.has("lead"), signatory: signed.has("signatory") },
    figures,
  };
}
