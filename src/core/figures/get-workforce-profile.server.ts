import type { UseCaseContext } from "../context";
import { institutionFor } from "../people/institution-for.server";
import { can } from "../policy";
import type { Unit } from "./figure-types";
import type { GradeStructureRow } from "./grade-structure-view.server";
import type { IndicatorFigures } from "./indicator-view.server";
import { toObservation } from "./indicator-view.server";
import { listGradeStructures } from "./list-grade-structures.server";
import { listIndicators } from "./list-indicators.server";
import {
  APPRENTICESHIPS_CATEGORY,
  type CohortSummary,
  cohortSummary,
  type HeadcountRow,
  headcountRows,
  isCohortIndicator,
  WORKFORCE_CATEGORY,
} from "./workforce";

export type HeadcountIndicator = IndicatorFigures & { rows: HeadcountRow[] };
export type CohortIndicator = IndicatorFigures & { cohorts: CohortSummary };

export type WorkforceProfile = {
  institution: { id: string; name: string; slug: string };
  /** Indicators of category "workforce", each as a table of periods × breakdown. */
  headcount: HeadcountIndicator[];
  /** Indicators of category "apprenticeships" broken down by started and completed. */
  cohorts: CohortIndicator[];
  /** Other apprenticeship indicators (apprentices on programme), as tables of periods. */
  apprenticeships: HeadcountIndicator[];
  gradeStructures: GradeStructureRow[];
  /** What the page may offer; the use-cases still check every change. */
  allowed: { edit: boolean };
};

function withRows(figures: IndicatorFigures): HeadcountIndicator {
  const { indicator, observations } = figures;
  const rows = headcountRows(
    indicator.unit as Unit,
    indicator.breakdownKeys,
    observations.map(toObservation),
  );
  return { ...figures, rows };
}

/**
 * The workforce profile: headcount by period and breakdown, apprenticeship cohorts with their
 * totals, and the grade structures with the dates they applied. Members only, as all figures are.
 */
export async function getWorkforceProfile(ctx: UseCaseContext, slug: string): Promise<WorkforceProfile> {
  const institution = await institutionFor(ctx, slug, "figure.read");
  const indicators = await listIndicators(ctx, slug);
  const gradeStructures = await listGradeStructures(ctx, slug);
  const apprenticeships = indicators.filter((f) => f.indicator.category === APPRENTICESHIPS_CATEGORY);
  const isCohort = (f: IndicatorFigures) => isCohortIndicator(f.indicator.breakdownKeys);
  return {
    institution: { id: institution.id, name: institution.name, slug: institution.slug },
    headcount: indicators.filter((f) => f.indicator.category === WORKFORCE_CATEGORY).map(withRows),
    cohorts: apprenticeships
      .filter(isCohort)
      .map((f) => ({ ...f, cohorts: cohortSummary(f.observations.map(toObservation)) })),
    apprenticeships: apprenticeships.filter((f) => !isCohort(f)).map(withRows),
    gradeStructures,
    allowed: { edit: can(ctx.actor, "figure.edit", institution.id) },
  };
}
