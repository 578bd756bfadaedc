import { and, eq, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { apiToken } from "../../db/schema";
import type { UseCaseContext } from "../context";
import { notFound } from "../errors";
import { recordChange } from "../history/record-change.server";
import { authorize } from "../policy";
import { parseInput } from "../validate";

export const ZRevokeTokenInput = z.object({ tokenId: z.uuid("Not a token id.") });

/** Revokes one of the actor's own tokens; another person's token is "not found", never "forbidden". */
export async function revokeToken(
  ctx: UseCaseContext,
  input: z.input<typeof ZRevokeTokenInput>,
): Promise<void> {
  authorize(ctx.actor, "token.manage-own");
  const { tokenId } = parseInput(ZRevokeTokenInput, input);
  if (ctx.actor.kind !== "user") throw notFound("The token");
  const [row] = await ctx.db
    .update(apiToken)
    .set({
      revokedAt: new Date(),
      updatedAt: new Date(),
      updatedBy: ctx.actor.userId,
      version: sql`${apiToken.version} + 1`,
    })
    .where(and(eq(apiToken.id, tokenId), eq(apiToken.userId, ctx.actor.userId), isNull(apiToken.revokedAt)))
    .returning({ id: apiToken.id });
  if (!row) throw notFound("The token");
  await recordChange(ctx.db, ctx.actor, {
    action: "token.revoke",
    entityType: "api_token",
    entityId: row.id,
  });
}
