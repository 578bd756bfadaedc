import { readConfig } from "../config.server";
import { OPERATOR } from "../core/actor";
import type { UseCaseContext } from "../core/context";
import { openConfiguredDatabase, type Services, startServices } from "../server/services.server";

export type LocalServices = Pick<Services, "db" | "auth" | "config" | "mailer" | "handle">;
export type LocalSession = { services: LocalServices; close(): Promise<void> };

/**
 * Opens the database with the server's own settings. Demo data is never loaded here: only
 * `hub demo` loads it, so an operator's first command cannot fill a real database with it.
 */
export async function openLocal(
  env: Record<string, string | undefined>,
  log: (line: string) => void,
): Promise<LocalSession> {
  const config = readConfig(env);
  const handle = await openConfiguredDatabase(config);
  try {
    const services = await startServices(config, { handle, demo: false, log });
    return { services, close: () => handle.close() };
  } catch (error) {
    // Release the PGlite lock file even when migrating fails.
    await handle.close();
    throw error;
  }
}

/** Whoever can open the database already owns it, so the CLI acts as the operator. */
export function operatorContext(services: LocalServices): UseCaseContext {
  const { db, auth, config, mailer } = services;
  return { db, auth, config, mailer, actor: OPERATOR };
}
