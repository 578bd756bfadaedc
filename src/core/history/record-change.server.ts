import { auditEvent } from "../../db/schema";
import type { DbOrTx } from "../../db/types";
import { type Actor, actorId } from "../actor";

export type Change = {
  action: string;
  entityType: string;
  entityId: string;
  institutionId?: string | null;
  before?: unknown;
  after?: unknown;
};

/** Appends one entry to the history; called inside the transaction that makes the change. */
export async function recordChange(db: DbOrTx, actor: Actor, change: Change): Promise<void> {
  const by = actorId(actor);
  await db.insert(auditEvent).values({
    action: change.action,
    entityType: change.entityType,
    entityId: change.entityId,
    institutionId: change.institutionId ?? null,
    before: change.before ?? null,
    after: change.after ?? null,
    createdBy: by,
    updatedBy: by,
  });
}
