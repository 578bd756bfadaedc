import { and, eq } from "drizzle-orm";
import { planAction, planActionVersion } from "../../db/schema";
import { actorId } from "../actor";
import type { UseCaseContext } from "../context";
import { AppError } from "../errors";
import { recordChange } from "../history/record-change.server";
import { parseInput } from "../validate";
import { resolveLead } from "./action-lead.server";
import { markersToSave } from "./marker-ids";
import { assertMarkerIndicators } from "./marker-indicators.server";
import { type ActionRow, actionColumns, actionForChange } from "./plan-access.server";
import { type TActionFields, ZUpdateActionInput } from "./plan-fields";

/** The fields an update may change, each kept as it is when the input leaves it out. */
const EDITABLE = Object.keys(ZUpdateActionInput.shape).filter((k) => k !== "expectedVersion");

/**
 * Fills the fields the input leaves out from the action as read, so the API can PATCH one field;
 * forms send every field. A new lead member without a typed name lends theirs, as on the form.
 */
function withCurrentValues(current: ActionRow, input: object): Record<string, unknown> {
  const base: Record<string, unknown> = Object.fromEntries(
    EDITABLE.map((k) => [k, current[k as keyof ActionRow]]),
  );
  if ("leadMemberId" in input && !("leadName" in input)) base.leadName = "";
  return { ...base, ...input };
}

/**
 * Saves an action. The caller names the version it read; a stale save is refused with the current
 * action so both can be shown. Once the plan is published, the state before each change is kept
 * as a numbered version.
 */
export async function updateAction(
  ctx: UseCaseContext,
  slug: string,
  actionId: string,
  input: (TActionFields & { expectedVersion: number | string }) | Record<string, unknown>,
): Promise<ActionRow> {
  const found = await actionForChange(ctx, slug, actionId, "plan.edit");
  const { expectedVersion, leadMemberId, leadName, ...fields } = parseInput(
    ZUpdateActionInput,
    withCurrentValues(found.action, input),
  );
  const lead = await resolveLead(ctx.db, found.institution.id, leadMemberId, leadName);
  await assertMarkerIndicators(ctx.db, found.institution.id, fields.markers);
  const by = actorId(ctx.actor);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(planAction)
      .set({
        ...fields,
        // Ids are kept only for this action's own markers as read (see markersToSave).
        markers: markersToSave(
          fields.markers,
          found.action.markers.map((m) => m.id),
        ),
        ...lead,
        version: expectedVersion + 1,
        updatedAt: new Date(),
        updatedBy: by,
      })
      .where(and(eq(planAction.id, actionId), eq(planAction.version, expectedVersion)))
      .returning(actionColumns);
    if (!row) {
      const [latest] = await tx.select(actionColumns).from(planAction).where(eq(planAction.id, actionId));
      throw new AppError("STALE", "Someone else saved this action since you opened it.", {
        current: latest,
        currentVersion: latest?.version,
      });
    }
    if (found.plan.status === "published") {
      await tx.insert(planActionVersion).values({
        actionId,
        actionVersion: found.action.version,
        snapshot: found.action,
        createdBy: by,
        updatedBy: by,
      });
    }
    await recordChange(tx, ctx.actor, {
      action: "action.update",
      entityType: "plan_action",
      entityId: actionId,
      institutionId: row.institutionId,
      before: found.action,
      after: row,
    });
    return row;
  });
}
