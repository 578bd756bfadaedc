import { z } from "zod";
import { gradeStructure } from "../../db/schema";
import { actorId } from "../actor";
import type { UseCaseContext } from "../context";
import { recordChange } from "../history/record-change.server";
import { institutionFor } from "../people/institution-for.server";
import { parseInput } from "../validate";
import { type GradeStructureRow, gradeStructureColumns } from "./grade-structure-view.server";

const day = (message: string) =>
  z
    .union([z.iso.date(message), z.literal("")], { error: message })
    .nullish()
    .transform((d) => d || null);

const ZGrade = z.object({
  code: z
    .string()
    .trim()
    .min(1, "Give each grade its code.")
    .max(20, "Use at most 20 characters for a code."),
  name: z.string().trim().max(200, "Use at most 200 characters for a grade's name.").default(""),
});

/** The shape before each grade's rules, so a list and lines are checked alike. */
const ZRawGrade = z.object({ code: z.string(), name: z.string().optional() });

/** "G4 – Technician", "G4: Technician" or "G4<tab>Technician"; a line with no separator is a code alone. */
function gradeFromLine(line: string) {
  const [code = "", ...rest] = line.split(/\s+[–—-]\s+|:|\t/);
  return { code, name: rest.join(" ").trim() };
}

export const ZCreateGradeStructureInput = z
  .object({
    /** How the institution names it: "Pre-2019 grades", "Professional Services framework". */
    name: z
      .string()
      .trim()
      .min(1, "Enter the grade structure's name.")
      .max(200, "Use at most 200 characters."),
    /** The first day it applied; empty when not known. */
    effectiveFrom: day("Enter the date it applied from, such as 2019-08-01."),
    /** The last day it applied; empty while it still applies. */
    effectiveTo: day("Enter the date it applied until, such as 2024-07-31."),
    /** The grades in order, lowest first: a list (API) or one per line (forms). */
    grades: z
      .union([z.array(ZRawGrade), z.string()], { error: "List the grades, one per line." })
      .transform((v): z.output<typeof ZRawGrade>[] =>
        Array.isArray(v)
          ? v
          : v
              .split(/\r?\n/)
              .filter((l) => l.trim())
              .map(gradeFromLine),
      )
      .pipe(z.array(ZGrade).min(1, "List at least one grade.").max(40, "Use at most 40 grades."))
      .refine((grades) => new Set(grades.map((g) => g.code.toLowerCase())).size === grades.length, {
        message: "Each grade needs its own code.",
      }),
  })
  .refine((s) => !s.effectiveFrom || !s.effectiveTo || s.effectiveTo > s.effectiveFrom, {
    path: ["effectiveTo"],
    message: "The end date must be after the start.",
  });
export type TCreateGradeStructureInput = z.input<typeof ZCreateGradeStructureInput>;

/** Records a grade structure of the workforce profile, with the dates it applied. */
export async function createGradeStructure(
  ctx: UseCaseContext,
  slug: string,
  input: TCreateGradeStructureInput | Record<string, unknown>,
): Promise<GradeStructureRow> {
  const institution = await institutionFor(ctx, slug, "figure.edit");
  const fields = parseInput(ZCreateGradeStructureInput, input);
  const by = actorId(ctx.actor);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(gradeStructure)
      .values({ ...fields, institutionId: institution.id, createdBy: by, updatedBy: by })
      .returning(gradeStructureColumns);
    if (!row) throw new Error("The grade structure was not written.");
    await recordChange(tx, ctx.actor, {
      action: "grade-structure.create",
      entityType: "grade_structure",
      entityId: row.id,
      institutionId: institution.id,
      after: row,
    });
    return row;
  });
}
