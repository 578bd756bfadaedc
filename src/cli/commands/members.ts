import type { Command } from "commander";
import { listMembers } from "../../core/people/list-members.server";
import type { CliIo } from "../io";
import { formatTimestamp, table } from "../output";
import { type Item, slugPath } from "../remote";
import { Runtime } from "../runtime";

export function registerMembers(program: Command, io: CliIo): void {
  const members = program.command("members").description("the people in an institution");

  members
    .command("list")
    .description("list an institution's members and their roles")
    .argument("<slug>", "the institution, as in its address (/i/<slug>)")
    .action(async (slug: string, _options, command: Command) => {
      const rt = Runtime.of(command, io);
      const remote = rt.remote();
      const list: Item[] = remote
        ? await remote.list(slugPath(slug, "members"))
        : await rt.local((ctx) => listMembers(ctx, slug));
      rt.out.result(list, () =>
        table(
          ["NAME", "EMAIL", "ROLE", "JOINED"],
          list.map((m) => [m.name, m.email, m.role, formatTimestamp(m.joinedAt)]),
          `No members in ${slug}.`,
        ),
      );
    });
}
