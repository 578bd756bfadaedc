import type { Command } from "commander";
import { createUser } from "../../core/people/create-user.server";
import { listUsers } from "../../core/people/list-users.server";
import type { CliIo } from "../io";
import { table } from "../output";
import { readPassword } from "../password";
import { Runtime } from "../runtime";

export function registerUsers(program: Command, io: CliIo): void {
  const users = program.command("users").description("accounts (operator only: on the database itself)");

  users
    .command("create")
    .description(
      "create an account; the password is read from standard input (piped, or typed at a hidden prompt)",
    )
    .requiredOption("--email <email>", "the person's email address, which they sign in with")
    .requiredOption("--name <name>", "the person's name")
    .option("--central", "make the account a member of the Technician Commitment central team")
    .addHelpText(
      "after",
      "\nThere is no password flag on purpose: flags stay in shell history and process lists.\n" +
        "Example: printf '%s\\n' 'a long passphrase' | hub users create --email you@example.org --name \"Your Name\"",
    )
    .action(async (options: { email: string; name: string; central?: boolean }, command: Command) => {
      const rt = Runtime.of(command, io);
      rt.requireLocal("users create");
      // Read before the database opens, so a person at a prompt is not holding its lock.
      const password = await readPassword(io.stdin, io.stderr);
      const created = await rt.local((ctx) =>
        createUser(ctx, {
          email: options.email,
          name: options.name,
          password,
          platformRole: options.central ? "central" : null,
        }),
      );
      const result = { ...created, platformRole: options.central ? "central" : null };
      rt.out.result(
        result,
        () => `Created the account ${created.email}${options.central ? " (central team)" : ""}.`,
      );
    });

  users
    .command("list")
    .description("list every account with its institutions and roles")
    .action(async (_options, command: Command) => {
      const rt = Runtime.of(command, io);
      rt.requireLocal("users list");
      const list = await rt.local((ctx) => listUsers(ctx));
      rt.out.result(list, () =>
        table(
          ["EMAIL", "NAME", "PLATFORM ROLE", "DEMO", "MEMBERSHIPS"],
          list.map((u) => [
            u.email,
            u.name,
            u.platformRole,
            u.isDemo ? "demo" : "",
            u.memberships.map((m) => `${m.slug} (${m.role})`).join(", "),
          ]),
          "No accounts.",
        ),
      );
    });
}
