import { defineConfig } from "drizzle-kit";

// Generation only: migrations are applied in-process at start (src/db/migrate.server.ts),
// never by drizzle-kit against a running app's data folder.
export default defineConfig({
  dialect: "postgresql",
  schema: "./src/db/schema/index.ts",
  out: "./src/db/migrations",
});
