import { desc, eq } from "drizzle-orm";
import { apiToken } from "../../db/schema";
import type { UseCaseContext } from "../context";
import { authorize } from "../policy";
import { type TokenState, type TokenView, tokenColumns, tokenState } from "./token-view.server";

export async function listTokens(ctx: UseCaseContext): Promise<(TokenView & { state: TokenState })[]> {
  authorize(ctx.actor, "token.manage-own");
  if (ctx.actor.kind !== "user") return [];
  const rows = await ctx.db
    .select(tokenColumns)
    .from(apiToken)
    .where(eq(apiToken.userId, ctx.actor.userId))
    .orderBy(desc(apiToken.createdAt));
  return rows.map((r) => ({ ...r, state: tokenState(r) }));
}
