import { z } from "zod";
import type { UseCaseContext } from "../context";
import { authorize } from "../policy";
import { parseInput } from "../validate";
import { createAccount } from "./create-account.server";

export const ZCreateUserInput = z.object({
  email: z.email("Enter an email address like name@example.ac.uk.").trim().toLowerCase(),
  name: z.string().trim().min(1, "Enter the person's name.").max(200),
  password: z.string().min(1, "Enter a password.").max(128),
  /** "central" makes the account a member of the Technician Commitment team. */
  platformRole: z.enum(["central"]).nullish(),
});
export type TCreateUserInput = z.input<typeof ZCreateUserInput>;

/** The operator creates an account directly (the first central-team account, for example). */
export async function createUser(
  ctx: UseCaseContext,
  input: TCreateUserInput,
): Promise<{ id: string; email: string }> {
  authorize(ctx.actor, "user.manage");
  const fields = parseInput(ZCreateUserInput, input);
  const id = await ctx.db.transaction((tx) => createAccount(tx, ctx.auth, ctx.actor, fields));
  return { id, email: fields.email };
}
