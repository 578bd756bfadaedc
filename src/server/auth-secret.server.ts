import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { platformSetting } from "../db/schema";
import type { Db } from "../db/types";

const KEY = "auth_secret";

/**
 * Without AUTH_SECRET the first server to start generates one and keeps it in the database, so
 * every server sharing that database signs cookies alike. `on conflict do nothing` makes two
 * servers starting together agree on the first one written.
 */
export async function ensureAuthSecret(db: Db): Promise<string> {
  await db
    .insert(platformSetting)
    .values({
      key: KEY,
      value: randomBytes(48).toString("base64url"),
      createdBy: "system",
      updatedBy: "system",
    })
    .onConflictDoNothing();
  const [row] = await db
    .select({ value: platformSetting.value })
    .from(platformSetting)
    .where(eq(platformSetting.key, KEY));
  if (!row) throw new Error("Could not store the generated auth secret.");
  return row.value;
}
