import { type Command, Option } from "commander";
import { INSTITUTION_ROLES } from "../../core/actor";
import { inviteMember } from "../../core/people/invite-member.server";
import { listInvitations } from "../../core/people/list-invitations.server";
import type { CliIo } from "../io";
import { formatTimestamp, table } from "../output";
import { type Item, slugPath } from "../remote";
import { Runtime } from "../runtime";

const SLUG_HELP = "the institution, as in its address (/i/<slug>)";

export function registerInvitations(program: Command, io: CliIo): void {
  const invitations = program.command("invitations").description("invitations to join an institution");

  invitations
    .command("create")
    .description("invite someone to an institution (mailed when SMTP_URL is set; the link is printed)")
    .argument("<slug>", SLUG_HELP)
    .requiredOption("--email <email>", "who to invite; they accept with an account under this address")
    .addOption(
      new Option("--role <role>", "the role they will have on accepting")
        .choices(INSTITUTION_ROLES)
        .makeOptionMandatory(),
    )
    .action(async (slug: string, options: { email: string; role: string }, command: Command) => {
      const rt = Runtime.of(command, io);
      const input = { email: options.email, role: options.role };
      const remote = rt.remote();
      const created: Item = remote
        ? await remote.post(slugPath(slug, "invitations"), input)
        : await rt.local((ctx) => inviteMember(ctx, slug, input));
      rt.out.result(created, () =>
        [
          `Invited ${created.email} to ${slug} as ${created.role}.`,
          `Link (valid until ${formatTimestamp(created.expiresAt)}): ${created.link}`,
          created.delivery === "sent"
            ? "The invitation was mailed."
            : "No mail server is configured: pass the link on yourself.",
        ].join("\n"),
      );
    });

  invitations
    .command("list")
    .description("list an institution's invitations, with their links")
    .argument("<slug>", SLUG_HELP)
    .action(async (slug: string, _options, command: Command) => {
      const rt = Runtime.of(command, io);
      const remote = rt.remote();
      const list: Item[] = remote
        ? await remote.list(slugPath(slug, "invitations"))
        : await rt.local((ctx) => listInvitations(ctx, slug));
      rt.out.result(list, () =>
        table(
          ["EMAIL", "ROLE", "STATE", "EXPIRES", "LINK"],
          list.map((i) => [i.email, i.role, i.state, formatTimestamp(i.expiresAt), i.link]),
          `No invitations for ${slug}.`,
        ),
      );
    });
}
