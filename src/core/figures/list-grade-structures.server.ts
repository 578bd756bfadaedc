import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { gradeStructure } from "../../db/schema";
import type { UseCaseContext } from "../context";
import { institutionFor } from "../people/institution-for.server";
import { type GradeStructureRow, gradeStructureColumns } from "./grade-structure-view.server";

/** The workforce profile's grade structures, the earliest first (one with no start date first of all). */
export async function listGradeStructures(ctx: UseCaseContext, slug: string): Promise<GradeStructureRow[]> {
  const institution = await institutionFor(ctx, slug, "figure.read");
  return ctx.db
    .select(gradeStructureColumns)
    .from(gradeStructure)
    .where(and(eq(gradeStructure.institutionId, institution.id), isNull(gradeStructure.deletedAt)))
    .orderBy(sql`${gradeStructure.effectiveFrom} asc nulls first`, asc(gradeStructure.name));
}
