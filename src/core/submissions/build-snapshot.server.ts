import type { UseCaseContext } from "../context";
import { getEvidence } from "../evidence/get-evidence.server";
import { listIndicators } from "../figures/list-indicators.server";
import type { NarrativeDoc } from "../narrative/doc";
import { readPlanSnapshot } from "../plans/read-plan-snapshot.server";
import { listTalentRecommendations } from "../talent/list-talent-recommendations.server";
import { loadAnswers } from "./answer-view.server";
import { institutionFigureFacts } from "./readiness-input.server";
import type { SnapshotPlan, SubmissionSnapshot } from "./snapshot-types";
import type { SubmissionInContext } from "./submission-access.server";
import { canonicalJson, sectionsOf } from "./submission-rules";

/** Every evidence item an answer cites: structured parts name `evidenceId`, narratives embed images. */
export function citedEvidenceIds(answers: { narrative: NarrativeDoc | null; data: unknown }[]): string[] {
  const ids = new Set<string>();
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object")
      for (const [k, x] of Object.entries(v)) {
        if (k === "evidenceId" && typeof x === "string") ids.add(x);
        else if (k === "url" && typeof x === "string" && x.startsWith("evidence:")) ids.add(x.slice(9));
        else walk(x);
      }
  };
  for (const a of answers) {
    walk(a.data);
    walk(a.narrative);
  }
  return [...ids].sort();
}

function planSnapshot(
  ctx: UseCaseContext,
  slug: string,
  planId: string | null,
): Promise<SnapshotPlan | null> {
  return planId ? readPlanSnapshot(ctx, slug, planId) : Promise.resolve(null);
}

/**
 * Reads everything the submission shows, through each capability's use-cases with the freezing
 * person's permissions, into one plain-JSON snapshot. Answers follow the task list's order.
 */
export async function buildSnapshot(
  ctx: UseCaseContext,
  found: SubmissionInContext,
  frozenOn: string,
): Promise<SubmissionSnapshot> {
  const slug = found.institution.slug;
  const answers = await loadAnswers(ctx.db, found.submission.id);
  const order = sectionsOf(found.template.content).map((s) => s.key);
  const ordered = order.flatMap((key) => {
    const a = answers.get(key);
    return a
      ? [
          {
            sectionKey: key,
            narrative: a.narrative,
            data: a.data ?? null,
            complete: a.complete,
            version: a.version,
          },
        ]
      : [];
  });
  const [previousPlan, newPlan, indicators, recommendations, facts] = await Promise.all([
    planSnapshot(ctx, slug, found.submission.previousPlanId),
    planSnapshot(ctx, slug, found.submission.newPlanId),
    listIndicators(ctx, slug),
    listTalentRecommendations(ctx),
    institutionFigureFacts(ctx, slug),
  ]);
  const evidence = [];
  for (const id of citedEvidenceIds(ordered)) {
    const e = await getEvidence(ctx, slug, id);
    evidence.push({
      id: e.item.id,
      kind: e.item.kind,
      title: e.item.title,
      url: e.item.url ?? null,
      occurredOn: e.item.occurredOn ?? null,
      description: e.item.description ?? "",
      file: e.file,
      consent: e.consent.current,
    });
  }
  const snapshot: SubmissionSnapshot = {
    format: 1,
    frozenOn,
    institution: { id: found.institution.id, slug, name: found.institution.name },
    submission: {
      id: found.submission.id,
      windowCloses: found.submission.windowCloses,
      stage: found.submission.stage,
    },
    template: {
      key: found.template.key,
      name: found.template.name,
      number: found.template.number,
      verified: found.template.verified,
      content: found.template.content,
    },
    answers: ordered,
    previousPlan,
    newPlan,
    figures: indicators.map((f) => ({
      id: f.indicator.id,
      name: f.indicator.name,
      unit: f.indicator.unit,
      category: f.indicator.category,
      observations: f.observations.map((o) => ({
        period: o.label,
        value: o.observed.value,
        provisional: o.isProvisional,
      })),
    })),
    figureFacts: facts.map((f) => ({ ref: f.ref, label: f.label, display: f.display })),
    evidence,
    talentRecommendations: recommendations.map((r) => ({ id: r.id, number: r.number, summary: r.summary })),
  };
  // Through canonical JSON once, so what is stored is exactly what was fingerprinted.
  return JSON.parse(canonicalJson(snapshot)) as SubmissionSnapshot;
}
