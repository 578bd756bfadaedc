import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { z } from "zod";
import { organization } from "../../db/schema";
import { actorId } from "../actor";
import type { UseCaseContext } from "../context";
import { conflict } from "../errors";
import { recordChange } from "../history/record-change.server";
import { authorize } from "../policy";
import { parseInput } from "../validate";
import { ZInstitutionFields } from "./institution-fields";
import { type InstitutionView, institutionColumns } from "./institution-view.server";

export const ZCreateInstitutionInput = ZInstitutionFields;
export type TCreateInstitutionInput = z.input<typeof ZCreateInstitutionInput>;

export async function createInstitution(
  ctx: UseCaseContext,
  input: TCreateInstitutionInput | Record<string, unknown>,
): Promise<InstitutionView> {
  authorize(ctx.actor, "institution.create");
  const fields = parseInput(ZCreateInstitutionInput, input);
  return ctx.db.transaction(async (tx) => {
    const [taken] = await tx
      .select({ id: organization.id })
      .from(organization)
      .where(eq(organization.slug, fields.slug));
    if (taken)
      throw conflict("That slug is already used by another institution.", { slug: ["That slug is taken."] });
    const by = actorId(ctx.actor);
    const [row] = await tx
      .insert(organization)
      .values({ id: randomUUID(), ...fields, createdBy: by, updatedBy: by })
      .returning(institutionColumns);
    await recordChange(tx, ctx.actor, {
      action: "institution.create",
      entityType: "institution",
      entityId: row!.id,
      institutionId: row!.id,
      after: row,
    });
    return row!;
  });
}
