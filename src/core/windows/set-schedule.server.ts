import { eq } from "drizzle-orm";
import { institutionSchedule } from "../../db/schema";
import { actorId } from "../actor";
import type { UseCaseContext } from "../context";
import { recordChange } from "../history/record-change.server";
import { institutionFor } from "../people/institution-for.server";
import { parseInput } from "../validate";
import { normaliseDueMonths } from "./windows";
import { type TSetScheduleInput, ZSetScheduleInput } from "./windows-fields";

/**
 * Sets the months an institution's windows close in (the older phase timetable, e.g. April or
 * September); no months puts it back on 31 January and 31 July. Central team only.
 */
export async function setSchedule(
  ctx: UseCaseContext,
  slug: string,
  input: TSetScheduleInput | Record<string, unknown>,
): Promise<{ dueMonths: number[]; hasOwnSchedule: boolean }> {
  const institution = await institutionFor(ctx, slug, "deadline.set-schedule");
  const { dueMonths: asked } = parseInput(ZSetScheduleInput, input);
  const by = actorId(ctx.actor);
  return ctx.db.transaction(async (tx) => {
    const [before] = await tx
      .select({ dueMonths: institutionSchedule.dueMonths, version: institutionSchedule.version })
      .from(institutionSchedule)
      .where(eq(institutionSchedule.institutionId, institution.id));
    if (asked.length === 0) {
      await tx.delete(institutionSchedule).where(eq(institutionSchedule.institutionId, institution.id));
    } else {
      const dueMonths = normaliseDueMonths(asked);
      await tx
        .insert(institutionSchedule)
        .values({ institutionId: institution.id, dueMonths, createdBy: by, updatedBy: by })
        .onConflictDoUpdate({
          target: institutionSchedule.institutionId,
          set: { dueMonths, updatedAt: new Date(), updatedBy: by, version: (before?.version ?? 0) + 1 },
        });
    }
    const after = asked.length ? normaliseDueMonths(asked) : [];
    await recordChange(tx, ctx.actor, {
      action: "deadline.set-schedule",
      entityType: "institution_schedule",
      entityId: institution.id,
      institutionId: institution.id,
      before: before ?? null,
      after: { dueMonths: after },
    });
    return { dueMonths: normaliseDueMonths(after), hasOwnSchedule: after.length > 0 };
  });
}
