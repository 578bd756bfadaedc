import { type Auth, createAuth } from "../auth/auth.server";
import { type AppConfig, readConfig } from "../config.server";
import { ensureDefaultCharter } from "../core/charters/ensure-default-charter.server";
import type { Mailer } from "../core/context";
import { type DemoStatus, isDemoPresent, loadDemo } from "../core/platform/load-demo.server";
import { ensureTalentRecommendations } from "../core/talent/ensure-talent-recommendations.server";
import { ensureTemplates } from "../core/templates/ensure-templates.server";
import { type DatabaseHandle, openDatabase } from "../db/client.server";
import { migrate } from "../db/migrate.server";
import type { Db } from "../db/types";
import { ensureAuthSecret } from "./auth-secret.server";
import { createMailer } from "./mailer.server";

export type Services = {
  config: AppConfig;
  handle: DatabaseHandle;
  db: Db;
  auth: Auth;
  mailer: Mailer;
  demoStatus: DemoStatus | "off";
};

export function openConfiguredDatabase(config: AppConfig): Promise<DatabaseHandle> {
  return openDatabase(config.databaseUrl ? { databaseUrl: config.databaseUrl } : { dataDir: config.dataDir });
}

/**
 * Everything a server needs before it listens: the database migrated, the auth secret, and the
 * demo data where it belongs. Demo data loads by default only into an empty embedded database;
 * on PostgreSQL only with DEMO=1, and never where a real person has an account.
 */
export async function startServices(
  config: AppConfig,
  options: {
    handle?: DatabaseHandle;
    log?: (line: string) => void;
    /** false: never load demo data (the CLI, which loads it only through `hub demo`). */
    demo?: false;
  } = {},
): Promise<Services> {
  const log = options.log ?? console.log;
  const handle = options.handle ?? (await openConfiguredDatabase(config));
  await migrate(handle);
  const db = handle.db;
  await handle.withLock("commitment-hub:reference-data", async () => {
    await ensureDefaultCharter(db);
    await ensureTalentRecommendations(db);
    await ensureTemplates(db);
  });
  const secret = config.authSecret ?? (await ensureAuthSecret(db));
  const auth = createAuth({ db, secret, baseURL: config.publicUrl, trustProxy: config.trustProxy });
  const wanted = options.demo !== false && shouldLoadDemo(handle.kind, config.demo);
  const mailer = createMailer(config.smtpUrl, config.mailFrom, log);
  let demoStatus: Services["demoStatus"] = "off";
  if (wanted) {
    demoStatus = await handle.withLock("commitment-hub:demo", () =>
      loadDemo(
        { db, auth, config, mailer },
        { requireEmpty: handle.kind === "pglite" && config.demo === undefined },
      ),
    );
    if (demoStatus === "loaded") {
      await handle.analyze();
      log("Demo data loaded: sign in as lead@lstm.demo with password commitment-demo.");
    }
    if (demoStatus === "refused-real-users") log("Demo data not loaded: this database has real accounts.");
  } else if (await isDemoPresent(db)) {
    demoStatus = "present";
  }
  return { config, handle, db, auth, mailer, demoStatus };
}

/** PGlite: unless DEMO=0. PostgreSQL: only with DEMO=1 (loadDemo still refuses real accounts). */
export function shouldLoadDemo(kind: "pglite" | "postgresql", demo: boolean | undefined): boolean {
  return kind === "pglite" ? demo !== false : demo === true;
}

const KEY = Symbol.for("commitment-hub.services");
type Holder = { [KEY]?: Promise<Services> };

/**
 * The process's services, started once. Kept on globalThis so that dev-server reloads never open
 * the PGlite folder twice; tests install their own with `useServices`.
 */
export function getServices(): Promise<Services> {
  const holder = globalThis as Holder;
  holder[KEY] ??= startServices(readConfig());
  return holder[KEY];
}

export function useServices(services: Services): void {
  (globalThis as Holder)[KEY] = Promise.resolve(services);
}
