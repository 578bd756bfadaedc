import path from "node:path";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import type { DatabaseHandle } from "./client.server";
import { projectRoot } from "./project-root.server";

export const MIGRATIONS_FOLDER = path.join(projectRoot(), "src/db/migrations");

/** Applies the generated SQL migrations; the same folder serves PGlite and PostgreSQL. */
export async function migrate(handle: DatabaseHandle): Promise<void> {
  await handle.withLock("commitment-hub:migrate", async () => {
    // Both drizzle migrators run the same statements; the node-postgres one accepts the PGlite
    // database because it only calls the shared dialect and session API.
    await migratePg(handle.db, { migrationsFolder: MIGRATIONS_FOLDER });
  });
}
