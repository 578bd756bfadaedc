import { readFile } from "node:fs/promises";
import { type Command, Option } from "commander";
import { AppError, conflict } from "../../core/errors";
import { markdownToDoc } from "../../core/narrative/markdown";
import { DOC_FIELD } from "../../core/narrative/normalize";
import { todayInLondon } from "../../core/plans/today";
import { checkOpenSubmission } from "../../core/submissions/check-readiness.server";
import { freezeSubmission } from "../../core/submissions/freeze-submission.server";
import { getSection } from "../../core/submissions/get-section.server";
import { getSubmission } from "../../core/submissions/get-submission.server";
import { getVersion } from "../../core/submissions/get-version.server";
import { listSubmissions } from "../../core/submissions/list-submissions.server";
import { saveAnswer } from "../../core/submissions/save-answer.server";
import { startSubmission } from "../../core/submissions/start-submission.server";
import { BLOCK_LABELS, SIGNATURE_BLOCKS, type SignatureBlock } from "../../core/submissions/submission-rules";
import { submitSubmission } from "../../core/submissions/submit-submission.server";
import { TEMPLATE_KEYS } from "../../core/templates/template-types";
import { CheckFailedError, UsageError } from "../errors";
import type { CliIo } from "../io";
import { formatTimestamp } from "../output";
import { expectShape, type RemoteClient, slugPath } from "../remote";
import { Runtime } from "../runtime";
import { INSTITUTION_HELP } from "./plans";
import {
  describeList,
  describeOverview,
  describeReport,
  describeVersionView,
  submissionPath,
  ZShownFrozen,
  ZShownList,
  ZShownOverview,
  ZShownReport,
  ZShownSaved,
  ZShownSection,
  ZShownSigned,
  ZShownStarted,
  ZShownSubmitted,
} from "./submissions-text";

/*
 * `hub check` and `hub submissions …`: the same use-cases on the database (as the operator) or
 * through the API with --url (as the token's owner).
 */

async function readAnswerFile(path: string): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    const reason = (error as { code?: string }).code ?? String(error);
    throw new UsageError(`Cannot read the file ${path} (${reason}).`);
  }
}

/** The file's Markdown as the tree, its problems reported on "markdown" as the API does. */
function docFromMarkdown(markdown: string) {
  try {
    return markdownToDoc(markdown);
  } catch (error) {
    if (error instanceof AppError && error.code === "INVALID")
      throw new AppError("INVALID", "Some answers need correcting.", {
        fieldErrors: { markdown: error.details.fieldErrors?.[DOC_FIELD] ?? [error.message] },
      });
    throw error;
  }
}

/** The fingerprint of the version to act on: the one given, or the current frozen version's. */
async function currentFingerprint(
  remote: RemoteClient,
  slug: string,
  id: string,
  given: string | undefined,
): Promise<{ fingerprint: string; number: number | null }> {
  const { current } = expectShape(ZShownOverview, await remote.get(submissionPath(slug, id)));
  if (given) return { fingerprint: given, number: current?.fingerprint === given ? current.number : null };
  if (!current) throw conflict("There is no frozen version to sign or submit: freeze the submission first.");
  return { fingerprint: current.fingerprint, number: current.number };
}

const FINGERPRINT_HELP =
  "the fingerprint of the version you read (hub submissions version prints it); default: the current frozen version's";

export function registerCheck(program: Command, io: CliIo): void {
  program
    .command("check")
    .description(
      "the readiness check of an institution's open submission (the newest not yet submitted): blocking findings, then warnings, each with where to fix it; exits 1 when anything blocks (members)",
    )
    .argument("<institution>", INSTITUTION_HELP)
    .action(async (slug: string, _options, command: Command) => {
      const rt = Runtime.of(command, io);
      const remote = rt.remote();
      const { report, base } = remote
        ? { report: await remote.get(slugPath(slug, "readiness")), base: "" }
        : await rt.local(async (ctx, services) => ({
            report: await checkOpenSubmission(ctx, slug),
            base: services.config.publicUrl,
          }));
      rt.out.result(report, () => describeReport(report, base));
      if (expectShape(ZShownReport, report).blocked) throw new CheckFailedError();
    });
}

export function registerSubmissions(program: Command, io: CliIo): void {
  const submissions = program
    .command("submissions")
    .description(
      "an institution's submissions: list, show, start, answer, freeze, sign, submit and read versions (members; changes by lead and editors, freeze and submit by the lead, signing by the lead and the signatory with their own tokens)",
    );

  submissions
    .command("list")
    .description("the institution's submissions, newest window first, with their state and newest version")
    .argument("<institution>", INSTITUTION_HELP)
    .action(async (slug: string, _options, command: Command) => {
      const rt = Runtime.of(command, io);
      const remote = rt.remote();
      const list: unknown = remote
        ? await remote.get(slugPath(slug, "submissions"))
        : await rt.local((ctx) => listSubmissions(ctx, slug));
      expectShape(ZShownList, list);
      // The items as they came (checked above), not only the fields the table prints.
      rt.out.result((list as { items: unknown[] }).items, () => describeList(slug, list));
    });

  submissions
    .command("show")
    .description(
      "a submission's task list (each section's state and who changed it last) and its versions with fingerprints and signatures",
    )
    .argument("<institution>", INSTITUTION_HELP)
    .argument("<submission-id>", "the submission's id (hub submissions list shows it)")
    .action(async (slug: string, id: string, _options, command: Command) => {
      const rt = Runtime.of(command, io);
      const remote = rt.remote();
      const overview: unknown = remote
        ? await remote.get(submissionPath(slug, id))
        : await rt.local((ctx) => getSubmission(ctx, slug, id));
      rt.out.result(overview, () => describeOverview(overview));
    });

  submissions
    .command("start")
    .description("start the submission for a window on the newest published template (lead, editor)")
    .argument("<institution>", INSTITUTION_HELP)
    .option(
      "--window <YYYY-MM-DD>",
      "the window's closing day, such as 2027-07-31 (default: the next due window)",
    )
    .addOption(
      new Option(
        "--template <key>",
        "the template (default: initial before any submission, renewal after)",
      ).choices(TEMPLATE_KEYS),
    )
    .action(async (slug: string, options: { window?: string; template?: string }, command: Command) => {
      const rt = Runtime.of(command, io);
      const input = { windowCloses: options.window, templateKey: options.template };
      const remote = rt.remote();
      const overview: unknown = remote
        ? await (async () => {
            const { id } = expectShape(
              ZShownStarted,
              await remote.post(slugPath(slug, "submissions"), input),
            );
            return remote.get(submissionPath(slug, id));
          })()
        : await rt.local(async (ctx) =>
            getSubmission(ctx, slug, (await startSubmission(ctx, slug, input)).id),
          );
      const o = expectShape(ZShownOverview, overview);
      rt.out.result({ id: o.submission.id }, () =>
        [
          `Started ${o.institution.name}'s submission for the ${o.window.label} window (${o.template.name}, template version ${o.template.number}): ${o.submission.id}`,
          `Answer its sections with: hub submissions answer ${slug} ${o.submission.id} <section> --file answer.md`,
        ].join("\n"),
      );
    });

  submissions
    .command("answer")
    .description(
      "save a section's narrative from a Markdown file, on top of the answer as it is now (lead, editor); a change after freezing makes the submission a draft again",
    )
    .argument("<institution>", INSTITUTION_HELP)
    .argument("<submission-id>", "the submission's id")
    .argument("<section>", "the section's key: q1, q2… (hub submissions show lists them)")
    .requiredOption("--file <answer.md>", "the answer in Markdown; bound figures as {{figure:<ref>}}")
    .option("--complete", 'mark the section complete ("Have you completed this section?": yes)')
    .action(
      async (
        slug: string,
        id: string,
        section: string,
        options: { file: string; complete?: boolean },
        command: Command,
      ) => {
        const rt = Runtime.of(command, io);
        const markdown = await readAnswerFile(options.file);
        const complete = options.complete ? true : undefined;
        const remote = rt.remote();
        const path = submissionPath(slug, id, `/answers/${encodeURIComponent(section)}`);
        // The version read now is the one the save is based on: a save by someone else in between is refused.
        const result = remote
          ? expectShape(
              ZShownSaved,
              await remote.put(
                path,
                { markdown, complete },
                expectShape(ZShownSection, await remote.get(path)).version,
              ),
            )
          : await rt.local(async (ctx) => {
              const view = await getSection(ctx, slug, id, section);
              const saved = await saveAnswer(ctx, slug, id, section, {
                narrative: docFromMarkdown(markdown),
                complete,
                version: view.answer?.version ?? 0,
              });
              return { version: saved.answer.version, reopened: saved.reopened };
            });
        const summary = { section, version: result.version, reopened: result.reopened ?? false };
        rt.out.result(summary, () =>
          [
            `Saved ${section} of ${id}: the answer is at version ${summary.version}.`,
            ...(summary.reopened
              ? [
                  "The submission was frozen: this change made it a draft again, and the signatures no longer count. Freeze it again for sign-off.",
                ]
              : []),
          ].join("\n"),
        );
      },
    );

  submissions
    .command("freeze")
    .description(
      "freeze the submission for sign-off: a fingerprinted version n+1 of everything it shows (lead); the readiness check holds back the submit, not this",
    )
    .argument("<institution>", INSTITUTION_HELP)
    .argument("<submission-id>", "the submission's id")
    .action(async (slug: string, id: string, _options, command: Command) => {
      const rt = Runtime.of(command, io);
      const remote = rt.remote();
      const frozen = expectShape(
        ZShownFrozen,
        remote
          ? await remote.post(submissionPath(slug, id, "/freeze"), {})
          : await rt.local((ctx) => freezeSubmission(ctx, slug, id)),
      );
      rt.out.result(frozen, () =>
        [
          `Froze ${id} as version ${frozen.number}, ready for sign-off.`,
          `Fingerprint (SHA-256): ${frozen.fingerprint}`,
        ].join("\n"),
      );
    });

  submissions
    .command("sign")
    .description(
      "sign one block of the frozen version as yourself: --url with your own token (lead: --block lead; leader of the institution: --block signatory)",
    )
    .argument("<institution>", INSTITUTION_HELP)
    .argument("<submission-id>", "the submission's id")
    .addOption(
      new Option("--block <block>", "the block you sign").choices(SIGNATURE_BLOCKS).makeOptionMandatory(),
    )
    .requiredOption("--name <name>", "your full name, typed as your signature")
    .requiredOption("--role <role>", "your role, for example Vice-Chancellor")
    .option("--date <YYYY-MM-DD>", "the date of signing (default: today in the UK)")
    .option("--fingerprint <sha256>", FINGERPRINT_HELP)
    .action(
      async (
        slug: string,
        id: string,
        options: { block: SignatureBlock; name: string; role: string; date?: string; fingerprint?: string },
        command: Command,
      ) => {
        const rt = Runtime.of(command, io);
        const remote = rt.remote();
        // A signature is a person's act: the operator on the database is nobody's signature.
        if (!remote)
          throw new UsageError(
            "Signing needs a person's own account: run hub --url <server> submissions sign … with your own API token in HUB_TOKEN (create one on your account page).",
          );
        const target = await currentFingerprint(remote, slug, id, options.fingerprint);
        const signed = expectShape(
          ZShownSigned,
          await remote.post(submissionPath(slug, id, "/signatures"), {
            block: options.block,
            typedName: options.name,
            role: options.role,
            signedOn: options.date ?? todayInLondon(),
            fingerprint: target.fingerprint,
          }),
        );
        rt.out.result({ ...signed, ...target }, () =>
          [
            `Signed ${target.number ? `version ${target.number} of ` : ""}${id} in the block “${BLOCK_LABELS[options.block]}”.`,
            `Fingerprint: ${target.fingerprint}`,
            signed.state === "signed"
              ? "Both blocks are signed: the lead can now submit it."
              : "The other block still needs its signature.",
          ].join("\n"),
        );
      },
    );

  submissions
    .command("submit")
    .description(
      "submit the signed version to the Technician Commitment team (lead); refused while the readiness check finds anything blocking",
    )
    .argument("<institution>", INSTITUTION_HELP)
    .argument("<submission-id>", "the submission's id")
    .option("--fingerprint <sha256>", FINGERPRINT_HELP)
    .action(async (slug: string, id: string, options: { fingerprint?: string }, command: Command) => {
      const rt = Runtime.of(command, io);
      const remote = rt.remote();
      const { submitted, number } = remote
        ? await (async () => {
            const target = await currentFingerprint(remote, slug, id, options.fingerprint);
            const body = { fingerprint: target.fingerprint };
            return {
              submitted: await remote.post(submissionPath(slug, id, "/submit"), body),
              number: target.number,
            };
          })()
        : await rt.local(async (ctx) => {
            const { current } = await getSubmission(ctx, slug, id);
            const fingerprint = options.fingerprint ?? current?.fingerprint;
            if (!fingerprint)
              throw conflict("There is no frozen version to submit: freeze the submission first.");
            return {
              submitted: await submitSubmission(ctx, slug, id, { fingerprint }),
              number: current?.fingerprint === fingerprint ? current.number : null,
            };
          });
      const { submittedAt } = expectShape(ZShownSubmitted, submitted);
      rt.out.result(
        submitted,
        () =>
          `Submitted ${number ? `version ${number} of ` : ""}${id} on ${formatTimestamp(submittedAt)}: it is with the Technician Commitment team.`,
      );
    });

  submissions
    .command("version")
    .description(
      "one frozen version: its fingerprint, whether it is intact (re-checked now) and its signatures",
    )
    .argument("<institution>", INSTITUTION_HELP)
    .argument("<submission-id>", "the submission's id")
    .argument("<number>", "the version's number (hub submissions show lists them)")
    .action(async (slug: string, id: string, number: string, _options, command: Command) => {
      const rt = Runtime.of(command, io);
      if (!/^[1-9]\d{0,8}$/.test(number))
        throw new UsageError(`<number> must be a version number such as 2 (got "${number}").`);
      const remote = rt.remote();
      const view: unknown = remote
        ? await remote.get(submissionPath(slug, id, `/versions/${number}`))
        : await rt.local((ctx) => getVersion(ctx, slug, id, Number(number)));
      rt.out.result(view, () => describeVersionView(view));
    });
}
