import type { Command } from "commander";
import { z } from "zod";
import { getTemplateVersion } from "../../core/templates/get-template-version.server";
import { listTemplates } from "../../core/templates/list-templates.server";
import { STRUCTURED_KINDS } from "../../core/templates/template-types";
import { UsageError } from "../errors";
import type { CliIo } from "../io";
import { table } from "../output";
import { expectShape } from "../remote";
import { Runtime } from "../runtime";

/** What the CLI prints of a version; the API's and the use-case's both have it. */
const ZShownSummary = z.object({
  number: z.number(),
  status: z.string(),
  verified: z.boolean(),
});
const ZShownTemplate = z.object({
  key: z.string(),
  name: z.string(),
  published: ZShownSummary.nullable(),
  draft: ZShownSummary.nullable(),
  versions: z.array(ZShownSummary),
});
const ZShownVersion = ZShownSummary.extend({
  key: z.string(),
  name: z.string(),
  content: z.object({
    title: z.string(),
    due: z.string(),
    contactEmail: z.string(),
    header: z.array(z.string()),
    talentMode: z.string(),
    crossReferenceSchemes: z.array(z.string()),
    source: z.string(),
    questions: z.array(
      z.object({
        id: z.string(),
        number: z.string(),
        title: z.string(),
        help: z.string(),
        required: z.boolean(),
        narrative: z.boolean(),
        wordLimit: z.number().nullable(),
        structured: z.enum(STRUCTURED_KINDS).nullable(),
        additionalParts: z.array(z.enum(STRUCTURED_KINDS)).default([]),
      }),
    ),
  }),
});

const checked = (v: { verified: boolean }) => (v.verified ? "checked" : "not yet checked");

/** One line a template: its published version, whether it is checked, and any open draft. */
export function describeTemplates(raw: unknown): string {
  const items = expectShape(z.array(ZShownTemplate), raw);
  return table(
    ["KEY", "NAME", "PUBLISHED", "DRAFT", "VERSIONS"],
    items.map((t) => [
      t.key,
      t.name,
      t.published ? `v${t.published.number} (${checked(t.published)})` : "none",
      t.draft ? `v${t.draft.number}` : "",
      t.versions.length,
    ]),
    "No templates.",
  );
}

/** A version in words: its facts, then the questions in order with their parts and limits. */
export function describeVersion(raw: unknown): string {
  const v = expectShape(ZShownVersion, raw);
  const c = v.content;
  const lines = [
    `${c.title} (${v.key}), version ${v.number}: ${v.status}, ${checked(v)}`,
    `Due: ${c.due}`,
    `Contact: ${c.contactEmail}`,
    `Header: ${c.header.join(", ")}`,
    `TALENT: ${c.talentMode === "narrative" ? "one written answer" : "an answer per recommendation"}`,
  ];
  if (c.crossReferenceSchemes.length) lines.push(`Cross-references: ${c.crossReferenceSchemes.join("; ")}`);
  lines.push(`Source: ${c.source}`, "");
  for (const q of c.questions) {
    const parts = [
      q.required ? "required" : "optional",
      ...(q.narrative ? [q.wordLimit ? `written, up to ${q.wordLimit} words` : "written"] : []),
      ...[q.structured, ...q.additionalParts].filter((p) => p !== null),
    ];
    lines.push(`${q.number}. ${q.title} [${q.id}; ${parts.join(", ")}]`);
    if (q.help) lines.push(`   ${q.help}`);
  }
  return lines.join("\n");
}

const templatePath = (key: string, rest = "") => `api/v1/templates/${encodeURIComponent(key)}${rest}`;

export function registerTemplates(program: Command, io: CliIo): void {
  const templates = program
    .command("templates")
    .description(
      "the submission templates and their versions (anyone signed in; drafts for the central team)",
    );

  templates
    .command("list")
    .description("every template with its published version, whether it is checked, and any open draft")
    .action(async (_options, command: Command) => {
      const rt = Runtime.of(command, io);
      const remote = rt.remote();
      const items: unknown = remote
        ? await remote.list("api/v1/templates")
        : await rt.local((ctx) => listTemplates(ctx));
      rt.out.result(items, () => describeTemplates(items));
    });

  templates
    .command("show")
    .description(
      "one version of a template: guidance facts and the questions in order (default: the published one)",
    )
    .argument("<key>", "the template: renewal, stage-3 or initial")
    // Not --version: that is the program's own option (print hub's version).
    .option("--number <n>", "the version's number (hub templates list shows them)")
    .action(async (key: string, options: { number?: string }, command: Command) => {
      const rt = Runtime.of(command, io);
      const ref = options.number ?? "published";
      if (ref !== "published" && !/^[1-9]\d*$/.test(ref))
        throw new UsageError(`--number must be a version number such as 2 (got "${ref}").`);
      const remote = rt.remote();
      const version: unknown = remote
        ? await remote.get(templatePath(key, `/versions/${ref}`))
        : await rt.local((ctx) => getTemplateVersion(ctx, key, ref));
      rt.out.result(version, () => describeVersion(version));
    });
}
