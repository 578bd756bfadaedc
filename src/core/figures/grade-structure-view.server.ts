import { gradeStructure } from "../../db/schema";

export const gradeStructureColumns = {
  id: gradeStructure.id,
  institutionId: gradeStructure.institutionId,
  name: gradeStructure.name,
  effectiveFrom: gradeStructure.effectiveFrom,
  effectiveTo: gradeStructure.effectiveTo,
  grades: gradeStructure.grades,
  createdAt: gradeStructure.createdAt,
  updatedAt: gradeStructure.updatedAt,
  version: gradeStructure.version,
};
export type GradeStructureRow = Pick<typeof gradeStructure.$inferSelect, keyof typeof gradeStructureColumns>;
