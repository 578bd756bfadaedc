import { type Command, Option } from "commander";
import type { UseCaseContext } from "../../core/context";
import { createInstitution } from "../../core/institutions/create-institution.server";
import { INSTITUTION_TYPES } from "../../core/institutions/institution-fields";
import { type InstitutionListItem, listInstitutions } from "../../core/institutions/list-institutions.server";
import type { CliIo } from "../io";
import { table } from "../output";
import type { Item } from "../remote";
import { Runtime } from "../runtime";

type CreateOptions = {
  name: string;
  slug: string;
  type: string;
  signingDate?: string;
  leadName?: string;
  contactName?: string;
  contactEmail?: string;
  publicUrl?: string;
};

export function registerInstitutions(program: Command, io: CliIo): void {
  const institutions = program.command("institutions").description("signatory and supporter institutions");

  institutions
    .command("list")
    .description("list every institution (with people counts for the operator and the central team)")
    .action(async (_options, command: Command) => {
      const rt = Runtime.of(command, io);
      const remote = rt.remote();
      const list: Item[] = remote
        ? await remote.listAll("api/v1/institutions")
        : await rt.local((ctx) => listAllLocal(ctx));
      rt.out.result(list, () =>
        table(
          ["SLUG", "NAME", "TYPE", "SIGNED", "MEMBERS", "INVITATIONS"],
          list.map((i) => [i.slug, i.name, i.type, i.signingDate, i.memberCount, i.pendingInvitations]),
          "No institutions.",
        ),
      );
    });

  institutions
    .command("create")
    .description("create an institution (the operator, or the central team with --url)")
    .requiredOption("--name <name>", "the institution's name as it signs")
    .requiredOption("--slug <slug>", "used in every URL: lower-case letters, digits and hyphens")
    .addOption(
      new Option("--type <type>", "signatories submit self-assessments; supporters do not")
        .choices(INSTITUTION_TYPES)
        .makeOptionMandatory(),
    )
    .option("--signing-date <YYYY-MM-DD>", "the date it signed the Technician Commitment")
    .option("--lead-name <name>", "the named institutional lead, shown publicly")
    .option("--contact-name <name>", "the public point of contact")
    .option("--contact-email <email>", "the contact's email address")
    .option("--public-url <url>", "the institution's own Technician Commitment page")
    .action(async (options: CreateOptions, command: Command) => {
      const rt = Runtime.of(command, io);
      const input = Object.fromEntries(
        Object.entries({
          name: options.name,
          slug: options.slug,
          type: options.type,
          signingDate: options.signingDate,
          leadName: options.leadName,
          contactName: options.contactName,
          contactEmail: options.contactEmail,
          publicUrl: options.publicUrl,
        }).filter(([, value]) => value !== undefined),
      );
      const remote = rt.remote();
      const created: Item = remote
        ? await remote.post("api/v1/institutions", input)
        : await rt.local((ctx) => createInstitution(ctx, input));
      rt.out.result(created, () => `Created the institution ${created.slug} (${created.name}).`);
    });
}

async function listAllLocal(ctx: UseCaseContext): Promise<InstitutionListItem[]> {
  const all: InstitutionListItem[] = [];
  let cursor: string | undefined;
  do {
    const page = await listInstitutions(ctx, { limit: 100, cursor });
    all.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return all;
}
