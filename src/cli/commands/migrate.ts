import path from "node:path";
import type { Command } from "commander";
import type { CliIo } from "../io";
import { Runtime } from "../runtime";

export function registerMigrate(program: Command, io: CliIo): void {
  program
    .command("migrate")
    .description("apply the database migrations (servers also apply them when they start)")
    .action(async (_options, command: Command) => {
      const rt = Runtime.of(command, io);
      rt.requireLocal("migrate");
      // Opening the services migrates; there is nothing more to do.
      const result = await rt.local(async (_ctx, services) => ({
        migrated: true,
        engine: services.handle.kind,
        dataDir: services.handle.kind === "pglite" ? path.resolve(services.config.dataDir) : null,
      }));
      rt.out.result(result, () =>
        result.dataDir
          ? `The embedded database in ${result.dataDir} is migrated and up to date.`
          : "The PostgreSQL database is migrated and up to date.",
      );
    });
}
