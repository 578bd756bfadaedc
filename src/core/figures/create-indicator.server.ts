import { and, eq, isNull, sql } from "drizzle-orm";
import { indicator } from "../../db/schema";
import type { DbOrTx } from "../../db/types";
import { actorId } from "../actor";
import type { UseCaseContext } from "../context";
import { conflict } from "../errors";
import { recordChange } from "../history/record-change.server";
import { institutionFor } from "../people/institution-for.server";
import { parseInput } from "../validate";
import { type IndicatorRow, indicatorColumns } from "./figure-access.server";
import { type TIndicatorFields, ZIndicatorFields } from "./indicator-fields";

/**
 * Two indicators of one name would be told apart only by their ids, so a name is used once per
 * institution (ignoring case). Checked in the transaction that writes; there is no index for it,
 * so two people adding the same name in the same instant could both succeed, which is harmless.
 */
export async function assertNameFree(
  db: DbOrTx,
  institutionId: string,
  name: string,
  exceptId?: string,
): Promise<void> {
  const [clash] = await db
    .select({ id: indicator.id })
    .from(indicator)
    .where(
      and(
        eq(indicator.institutionId, institutionId),
        eq(sql`lower(${indicator.name})`, name.toLowerCase()),
        isNull(indicator.deletedAt),
      ),
    );
  if (clash && clash.id !== exceptId)
    throw conflict("There is already an indicator with this name.", {
      name: ["There is already an indicator with this name: choose another, or open that one."],
    });
}

/** Adds an indicator: what is counted, how, in which unit and with which breakdown. */
export async function createIndicator(
  ctx: UseCaseContext,
  slug: string,
  input: TIndicatorFields | Record<string, unknown>,
): Promise<IndicatorRow> {
  const institution = await institutionFor(ctx, slug, "figure.edit");
  const fields = parseInput(ZIndicatorFields, input);
  const by = actorId(ctx.actor);
  return ctx.db.transaction(async (tx) => {
    await assertNameFree(tx, institution.id, fields.name);
    const [row] = await tx
      .insert(indicator)
      .values({ ...fields, institutionId: institution.id, createdBy: by, updatedBy: by })
      .returning(indicatorColumns);
    if (!row) throw new Error("The indicator was not written.");
    await recordChange(tx, ctx.actor, {
      action: "indicator.create",
      entityType: "indicator",
      entityId: row.id,
      institutionId: institution.id,
      after: row,
    });
    return row;
  });
}
