import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import type { Auth } from "../../auth/auth.server";
import { account, user } from "../../db/schema";
import type { DbOrTx } from "../../db/types";
import { type Actor, actorId, type PlatformRole } from "../actor";
import { conflict, invalid } from "../errors";
import { recordChange } from "../history/record-change.server";
import { passwordProblem } from "./password-policy";

export type NewAccount = {
  email: string;
  name: string;
  password: string;
  platformRole?: PlatformRole | null;
  isDemo?: boolean;
};

/**
 * Writes an account with a credential, hashed by better-auth's own hasher so that better-auth
 * signs the person in. Not a use-case: it has no permission check of its own and is called by
 * the use-cases that do (create-user, accept-invitation) and by demo loading.
 */
export async function createAccount(
  db: DbOrTx,
  auth: Auth,
  actor: Actor,
  input: NewAccount,
): Promise<string> {
  const email = input.email.trim().toLowerCase();
  if (!input.isDemo) {
    const problem = passwordProblem(input.password, [email, input.name]);
    if (problem) throw invalid("Choose a stronger password.", { password: [problem] });
  }
  const [existing] = await db
    .select({ id: user.id })
    .from(user)
    .where(eq(sql`lower(${user.email})`, email));
  if (existing)
    throw conflict("An account with that email address already exists.", { email: ["Already registered."] });
  const authContext = await auth.$context;
  const hash = await authContext.password.hash(input.password);
  const id = randomUUID();
  const by = actorId(actor);
  await db.insert(user).values({
    id,
    email,
    name: input.name.trim(),
    emailVerified: false,
    platformRole: input.platformRole ?? null,
    isDemo: input.isDemo ?? false,
    createdBy: by,
    updatedBy: by,
  });
  await db.insert(account).values({
    id: randomUUID(),
    accountId: id,
    providerId: "credential",
    userId: id,
    password: hash,
    createdBy: by,
    updatedBy: by,
  });
  await recordChange(db, actor, {
    action: "user.create",
    entityType: "user",
    entityId: id,
    after: { email, name: input.name, platformRole: input.platformRole ?? null },
  });
  return id;
}
