import type { Command } from "commander";
import { conflict } from "../../core/errors";
import { loadDemo } from "../../core/platform/load-demo.server";
import type { CliIo } from "../io";
import { Runtime } from "../runtime";

const MESSAGES = {
  loaded: "Demo data loaded: sign in as lead@lstm.demo with password commitment-demo.",
  present: "Demo data is already present; nothing was changed.",
  "refused-real-users":
    "Demo data not loaded: this database has real accounts, and demo data never mixes with them.",
  "not-empty": "Demo data not loaded: the database is not empty.",
} as const;

export function registerDemo(program: Command, io: CliIo): void {
  program
    .command("demo")
    .description("load the demo institutions and accounts (refused where real accounts exist)")
    .action(async (_options, command: Command) => {
      const rt = Runtime.of(command, io);
      rt.requireLocal("demo");
      const status = await rt.local(async (_ctx, services) => {
        // The same lock as a server starting up, so two processes on PostgreSQL never both load.
        const result = await services.handle.withLock("commitment-hub:demo", () =>
          loadDemo(services, { requireEmpty: false }),
        );
        if (result === "loaded") await services.handle.analyze();
        return result;
      });
      if (status === "loaded" || status === "present") {
        rt.out.result({ status }, () => MESSAGES[status]);
        return;
      }
      // Scripts read the status from standard output whatever it is; the exit code says it failed.
      if (rt.out.json) rt.out.result({ status }, () => "");
      throw conflict(MESSAGES[status]);
    });
}
