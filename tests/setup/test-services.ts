import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { eq } from "drizzle-orm";
import { inject } from "vitest";
import { readConfig } from "../../src/config.server";
import type { Actor } from "../../src/core/actor";
import type { Mail, UseCaseContext } from "../../src/core/context";
import { loadActor } from "../../src/core/people/load-actor.server";
import { openDatabase } from "../../src/db/client.server";
import { user } from "../../src/db/schema";
import { type Services, startServices } from "../../src/server/services.server";
import { withDatabase } from "./global-setup";
import { createFromTemplate } from "./postgres-databases";

export type TestServices = Services & {
  /** Mail the use-cases sent, newest last. */
  mails: Mail[];
  ctx(actor: Actor): UseCaseContext;
  actorFor(email: string): Promise<Actor>;
  close(): Promise<void>;
};

export const TEST_PUBLIC_URL = "http://localhost:3999";

/**
 * A fresh database with the demo data for one test file: PGlite from the run's snapshot, or a
 * copy of the run's PostgreSQL template database when TEST_DATABASE_URL is set.
 */
export async function openTestServices(env: Record<string, string> = {}): Promise<TestServices> {
  const testUrl = process.env.TEST_DATABASE_URL;
  const config = readConfig({ PUBLIC_URL: TEST_PUBLIC_URL, DEMO: testUrl ? "1" : "", ...env });
  let handle: Awaited<ReturnType<typeof openDatabase>>;
  if (testUrl) {
    const id = inject("pgRunId");
    const name = `chub_test_${id}_${randomBytes(4).toString("hex")}`;
    await createFromTemplate(testUrl, id, name);
    handle = await openDatabase({ databaseUrl: withDatabase(testUrl, name) });
  } else {
    const snapshot = readFileSync(inject("pgliteSnapshot"));
    handle = await openDatabase({ dataDir: null, loadDataDir: new Blob([snapshot]) });
  }
  const services = await startServices(config, { handle, log: () => {} });
  const mails: Mail[] = [];
  services.mailer = {
    async send(mail) {
      mails.push(mail);
      return "logged";
    },
  };
  return {
    ...services,
    mails,
    ctx: (actor) => ({ db: services.db, auth: services.auth, config, mailer: services.mailer, actor }),
    async actorFor(email) {
      const [row] = await services.db.select({ id: user.id }).from(user).where(eq(user.email, email));
      if (!row) throw new Error(`No test account ${email}`);
      return loadActor(services.db, row.id, "session");
    },
    close: () => handle.close(),
  };
}
