import { z } from "zod";
import { apiToken } from "../../db/schema";
import type { UseCaseContext } from "../context";
import { forbidden } from "../errors";
import { recordChange } from "../history/record-change.server";
import { authorize } from "../policy";
import { parseInput } from "../validate";
import { hashToken, newToken } from "./token-hash";
import { type TokenView, tokenColumns } from "./token-view.server";

export const ZCreateTokenInput = z.object({
  /** What the token is for, e.g. "CLI on my laptop". */
  name: z.string().trim().min(1, "Give the token a name.").max(100, "Use at most 100 characters."),
  /** Days until it stops working; empty for no expiry. */
  expiresInDays: z
    .union([
      z.literal("").transform(() => null),
      z.coerce.number().int().min(1, "At least 1 day.").max(366, "At most 366 days."),
    ])
    .nullish(),
});
export type TCreateTokenInput = z.input<typeof ZCreateTokenInput>;

/** Creates a personal token. The secret is returned once and only its hash is kept. */
export async function createToken(
  ctx: UseCaseContext,
  input: TCreateTokenInput | Record<string, unknown>,
): Promise<{ token: string; view: TokenView }> {
  authorize(ctx.actor, "token.manage-own");
  if (ctx.actor.kind !== "user") throw forbidden("Only a person can own a token.");
  const { name, expiresInDays } = parseInput(ZCreateTokenInput, input);
  const token = newToken();
  const userId = ctx.actor.userId;
  const [view] = await ctx.db
    .insert(apiToken)
    .values({
      userId,
      name,
      tokenHash: hashToken(token),
      prefix: token.slice(0, 12),
      expiresAt: expiresInDays ? new Date(Date.now() + expiresInDays * 86_400_000) : null,
      createdBy: userId,
      updatedBy: userId,
    })
    .returning(tokenColumns);
  await recordChange(ctx.db, ctx.actor, {
    action: "token.create",
    entityType: "api_token",
    entityId: view!.id,
    after: { name, expiresAt: view!.expiresAt },
  });
  return { token, view: view! };
}
