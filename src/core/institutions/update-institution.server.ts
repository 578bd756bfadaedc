import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { organization } from "../../db/schema";
import { actorId } from "../actor";
import type { UseCaseContext } from "../context";
import { AppError, conflict } from "../errors";
import { recordChange } from "../history/record-change.server";
import { authorize } from "../policy";
import { parseInput } from "../validate";
import { getInstitution } from "./get-institution.server";
import { ZInstitutionFields } from "./institution-fields";
import { type InstitutionView, institutionColumns } from "./institution-view.server";

export const ZUpdateInstitutionInput = ZInstitutionFields.partial().extend({
  /** The version the editor read; the write is refused when someone has changed it since. */
  expectedVersion: z.coerce.number().int().min(1),
});
export type TUpdateInstitutionInput = z.input<typeof ZUpdateInstitutionInput>;

export async function updateInstitution(
  ctx: UseCaseContext,
  slug: string,
  input: TUpdateInstitutionInput | Record<string, unknown>,
): Promise<InstitutionView> {
  const current = await getInstitution(ctx, slug);
  authorize(ctx.actor, "institution.update", current.id);
  const { expectedVersion, ...fields } = parseInput(ZUpdateInstitutionInput, input);
  return ctx.db.transaction(async (tx) => {
    if (fields.slug && fields.slug !== current.slug) {
      const [taken] = await tx
        .select({ id: organization.id })
        .from(organization)
        .where(eq(organization.slug, fields.slug));
      if (taken)
        throw conflict("That slug is already used by another institution.", {
          slug: ["That slug is taken."],
        });
    }
    const [row] = await tx
      .update(organization)
      .set({ ...fields, version: expectedVersion + 1, updatedAt: new Date(), updatedBy: actorId(ctx.actor) })
      .where(and(eq(organization.id, current.id), eq(organization.version, expectedVersion)))
      .returning(institutionColumns);
    if (!row) {
      const [latest] = await tx
        .select(institutionColumns)
        .from(organization)
        .where(eq(organization.id, current.id));
      throw new AppError("STALE", "Someone else changed this institution since you opened it.", {
        current: latest,
        currentVersion: latest?.version,
      });
    }
    await recordChange(tx, ctx.actor, {
      action: "institution.update",
      entityType: "institution",
      entityId: row.id,
      institutionId: row.id,
      before: current,
      after: row,
    });
    return row;
  });
}
