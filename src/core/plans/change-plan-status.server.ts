import { and, eq } from "drizzle-orm";
import { plan } from "../../db/schema";
import { actorId } from "../actor";
import type { UseCaseContext } from "../context";
import { AppError, invalid } from "../errors";
import { recordChange } from "../history/record-change.server";
import { parseInput } from "../validate";
import { canTransition } from "./current-plan";
import { type PlanRow, planColumns, planForChange } from "./plan-access.server";
import { ZPlanStatusChange } from "./plan-fields";

const VERB = { approved: "approve", published: "publish", draft: "reopen" } as const;
const STATUS_PHRASE = {
  draft: "A draft plan",
  approved: "An approved plan",
  published: "A published plan",
} as const;

/**
 * The lead approves a draft, publishes an approved plan (from then on everyone can read it), or
 * reopens an approved plan as a draft. Nothing leaves "published": later changes become versions.
 */
export async function changePlanStatus(
  ctx: UseCaseContext,
  slug: string,
  planId: string,
  input: { to: string; expectedVersion: number | string } | Record<string, unknown>,
): Promise<PlanRow> {
  const { plan: current } = await planForChange(ctx, slug, planId, "plan.approve");
  const { to, expectedVersion } = parseInput(ZPlanStatusChange, input);
  // An out-of-date page is told so first: its "Approve" may be refused only because someone else
  // already approved.
  if (current.version !== expectedVersion)
    throw new AppError("STALE", "Someone else changed this plan since you opened it.", {
      current,
      currentVersion: current.version,
    });
  if (!canTransition(current.status, to))
    throw invalid(`${STATUS_PHRASE[current.status]} cannot be ${to === "draft" ? "reopened" : to}.`, {
      to: [`You cannot ${VERB[to]} ${STATUS_PHRASE[current.status].toLowerCase()}.`],
    });
  const now = new Date();
  const by = actorId(ctx.actor);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(plan)
      .set({
        status: to,
        ...(to === "approved" ? { approvedAt: now, approvedBy: by } : {}),
        ...(to === "published" ? { publishedAt: now, publishedBy: by } : {}),
        ...(to === "draft" ? { approvedAt: null, approvedBy: null } : {}),
        version: expectedVersion + 1,
        updatedAt: now,
        updatedBy: by,
      })
      .where(and(eq(plan.id, planId), eq(plan.version, expectedVersion)))
      .returning(planColumns);
    if (!row) {
      const [latest] = await tx.select(planColumns).from(plan).where(eq(plan.id, planId));
      throw new AppError("STALE", "Someone else changed this plan since you opened it.", {
        current: latest,
        currentVersion: latest?.version,
      });
    }
    await recordChange(tx, ctx.actor, {
      action: `plan.${VERB[to]}`,
      entityType: "plan",
      entityId: planId,
      institutionId: row.institutionId,
      before: { status: current.status },
      after: { status: row.status },
    });
    return row;
  });
}
