import { Command } from "commander";
import { appVersion } from "../db/project-root.server";
import { registerActions } from "./commands/actions";
import { registerDeadline } from "./commands/deadline";
import { registerDemo } from "./commands/demo";
import { registerEvidence } from "./commands/evidence";
import { registerFigures } from "./commands/figures";
import { registerInstitutions } from "./commands/institutions";
import { registerInvitations } from "./commands/invitations";
import { registerMembers } from "./commands/members";
import { registerMigrate } from "./commands/migrate";
import { registerPlans } from "./commands/plans";
import { registerRate } from "./commands/rate";
import { registerCheck, registerSubmissions } from "./commands/submissions";
import { registerTemplates } from "./commands/templates";
import { registerUsers } from "./commands/users";
import { exitCodesHelp } from "./exit-codes";
import type { CliIo } from "./io";

const MODES = `
Modes:
  Operator commands (migrate, demo, users create|list, institutions create|list) open the
  database directly, with the server's settings (DATA_DIR or DATABASE_URL), as the operator.
  institutions list|create, members list, invitations create|list, plans list|show, actions list,
  rate, figures list|show|import, evidence list|show|add|link, deadline, templates list|show,
  submissions … and check also run against a server: --url <base> (or HUB_URL) with a personal API
  token in HUB_TOKEN, acting as the token's owner. submissions sign runs only that way: a signature
  is a person's own.
  An embedded database that a running server holds can only be reached with --url.

Environment:
  DATA_DIR, DATABASE_URL, PUBLIC_URL, SMTP_URL  as for the server (see README.md)
  HUB_URL    the default for --url
  HUB_TOKEN  the API token for --url (preferred to --token)`;

/** A new program for every run: commander keeps parsed options on the command objects. */
export function buildProgram(io: CliIo): Command {
  const program = new Command("hub")
    .description("Commitment Hub on the command line.")
    .version(appVersion(), "-V, --version", "print the version")
    .option("--json", "print machine-readable JSON on standard output (errors go to standard error)")
    .option(
      "--url <base>",
      "run against the server at <base> instead of opening the database (default: HUB_URL)",
    )
    .option(
      "--token <token>",
      "personal API token for --url; prefer the HUB_TOKEN environment variable, which stays out of shell history and process lists",
    )
    .configureHelp({ showGlobalOptions: true, sortSubcommands: true })
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    })
    // Commands created after these calls inherit them: usage errors throw instead of exiting.
    .exitOverride()
    .showHelpAfterError("(run with --help for usage)")
    .addHelpText("after", `${MODES}\n\n${exitCodesHelp()}\n`);
  registerMigrate(program, io);
  registerDemo(program, io);
  registerUsers(program, io);
  registerInstitutions(program, io);
  registerMembers(program, io);
  registerInvitations(program, io);
  registerPlans(program, io);
  registerActions(program, io);
  registerRate(program, io);
  registerFigures(program, io);
  registerEvidence(program, io);
  registerDeadline(program, io);
  registerTemplates(program, io);
  registerSubmissions(program, io);
  registerCheck(program, io);
  return program;
}
