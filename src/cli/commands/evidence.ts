import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import type { Command } from "commander";
import { z } from "zod";
import { invalid } from "../../core/errors";
import { createEvidence } from "../../core/evidence/create-evidence.server";
import { EVIDENCE_KINDS } from "../../core/evidence/evidence-types";
import { getEvidence } from "../../core/evidence/get-evidence.server";
import { linkEvidence } from "../../core/evidence/link-evidence.server";
import { listEvidence } from "../../core/evidence/list-evidence.server";
import { PILLARS } from "../../core/plans/plan-types";
import { listTalentRecommendations } from "../../core/talent/list-talent-recommendations.server";
import { UsageError } from "../errors";
import type { CliIo } from "../io";
import { formatTimestamp, table } from "../output";
import { expectShape, type Item, slugPath } from "../remote";
import { Runtime } from "../runtime";
import { INSTITUTION_HELP, shorten } from "./plans";

/** What the CLI prints of an item; the API's and the use-case's both have it. */
const ZShownItem = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  description: z.string(),
  url: z.string().nullable(),
  occurredOn: z.string().nullable(),
  pillars: z.array(z.string()),
  details: z.record(z.string(), z.unknown()),
  version: z.number(),
  createdAt: z.unknown(),
});
const ZShownLink = z.object({ id: z.string(), label: z.string(), detail: z.string() });
const ZShownDetail = z.object({
  institution: z.object({ slug: z.string() }),
  item: ZShownItem,
  file: z.object({ fileName: z.string(), mediaType: z.string(), sizeBytes: z.number() }).nullable(),
  consent: z.object({
    current: z.string(),
    entries: z.array(z.object({ status: z.string(), on: z.string(), scope: z.string(), note: z.string() })),
  }),
  shareable: z.boolean(),
  links: z.array(ZShownLink),
});
const ZShownRow = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  dated: z.string(),
  linkCount: z.number(),
  consent: z.string(),
});

const kilobytes = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024))} kB`;

function describeItem(detail: unknown): string {
  const { institution, item, file, consent, shareable, links } = expectShape(ZShownDetail, detail);
  const facts = [item.kind, item.occurredOn ?? `added ${formatTimestamp(item.createdAt).slice(0, 10)}`];
  if (item.pillars.length) facts.push(item.pillars.join(", "));
  const lines = [
    item.title,
    `${institution.slug} · ${facts.join(" · ")}`,
    `id ${item.id} · version ${item.version}`,
  ];
  if (item.url) lines.push(`Address: ${item.url}`);
  if (file) lines.push(`File: ${file.fileName} (${file.mediaType}, ${kilobytes(file.sizeBytes)})`);
  for (const [key, value] of Object.entries(item.details)) {
    if (typeof value === "string" && value) lines.push(`${key}: ${value}`);
    if (typeof value === "number") lines.push(`${key}: ${value}`);
  }
  if (item.description) lines.push("", item.description);
  if (item.kind === "case-study") {
    lines.push("", `Consent: ${consent.current}${shareable ? "" : " (not to be shared)"}`);
    for (const e of consent.entries)
      lines.push(`  ${e.on} ${e.status}${e.scope ? ` for ${e.scope}` : ""}${e.note ? `: ${e.note}` : ""}`);
  }
  lines.push("", links.length ? "Linked to:" : "Not linked to anything yet.");
  for (const link of links)
    lines.push(`  ${link.label}${link.detail ? ` (${link.detail})` : ""} [${link.id}]`);
  return lines.join("\n");
}

type ListOptions = { kind?: string; pillar?: string; year?: string; q?: string };

type AddOptions = {
  kind: string;
  title: string;
  description?: string;
  on?: string;
  pillar: string[];
  address?: string;
  heldBy?: string;
  quote?: string;
  who?: string;
  role?: string;
  file?: string;
};

async function readUpload(path: string) {
  try {
    return { name: basename(path), bytes: new Uint8Array(await readFile(path)) };
  } catch (error) {
    const reason = (error as { code?: string }).code ?? String(error);
    throw new UsageError(`Cannot read the file ${path} (${reason}).`);
  }
}

/** The recommendation with the number a person typed, refused with the numbers there are. */
function talentByNumber(recommendations: Item[], typed: string): string {
  const found = recommendations.find((r) => String(r.number) === typed.trim());
  if (!found)
    throw invalid("Some answers need correcting.", {
      talent: [`Choose a TALENT recommendation by its number, 1 to ${recommendations.length}.`],
    });
  return String(found.id);
}

const collect = (value: string, previous: string[]) => [...previous, value];

export function registerEvidence(program: Command, io: CliIo): void {
  const evidence = program
    .command("evidence")
    .description("an institution's evidence library (members; changes by lead, editor, contributor)");

  evidence
    .command("list")
    .description("list the library, newest first, optionally filtered")
    .argument("<institution>", INSTITUTION_HELP)
    .option("--kind <kind>", `one of ${EVIDENCE_KINDS.join(", ")}`)
    .option("--pillar <pillar>", `tagged with, or linked to an action under: ${PILLARS.join(", ")}`)
    .option("--year <year>", "the year of the item's date (or of when it was added)")
    .option("--q <words>", "words in the title or description")
    .action(async (slug: string, options: ListOptions, command: Command) => {
      const rt = Runtime.of(command, io);
      const filters = Object.fromEntries(
        Object.entries(options).filter((e): e is [string, string] => typeof e[1] === "string"),
      );
      const remote = rt.remote();
      const items: Item[] = remote
        ? await remote.listAll(`${slugPath(slug, "evidence")}?${new URLSearchParams(filters)}`)
        : await rt.local(async (ctx) => {
            const all: Item[] = [];
            let cursor: string | undefined;
            do {
              const page = await listEvidence(ctx, slug, { ...filters, limit: 100, cursor });
              all.push(...page.items);
              cursor = page.nextCursor ?? undefined;
            } while (cursor);
            return all;
          });
      rt.out.result(items, () =>
        table(
          ["DATE", "KIND", "TITLE", "LINKS", "ID"],
          items.map((raw) => {
            const i = expectShape(ZShownRow, raw);
            const consent = i.kind === "case-study" && i.consent !== "given" ? " (no consent)" : "";
            return [i.dated, i.kind, `${shorten(i.title)}${consent}`, i.linkCount, i.id];
          }),
          `No evidence in ${slug}${Object.keys(filters).length ? " that matches" : ""}.`,
        ),
      );
    });

  evidence
    .command("show")
    .description("show an item with its file's details, consent record and links")
    .argument("<institution>", INSTITUTION_HELP)
    .argument("<id>", "the item's id (hub evidence list shows it)")
    .action(async (slug: string, id: string, _options, command: Command) => {
      const rt = Runtime.of(command, io);
      const remote = rt.remote();
      const detail: unknown = remote
        ? await remote.get(slugPath(slug, `evidence/${encodeURIComponent(id)}`))
        : await rt.local((ctx) => getEvidence(ctx, slug, id));
      rt.out.result(detail, () => describeItem(detail));
    });

  evidence
    .command("add")
    .description(
      "add a link (--address), a document (--held-by), a file (--file) or a testimonial (--quote, --who); events and case studies are added on the web or through the API",
    )
    .argument("<institution>", INSTITUTION_HELP)
    .requiredOption("--kind <kind>", `one of ${EVIDENCE_KINDS.join(", ")}`)
    .requiredOption("--title <title>", "what the item is called in the library")
    .option("--description <text>", "what it shows")
    .option("--on <YYYY-MM-DD>", "the day it is about (a story's date, an event's first day)")
    .option("--pillar <pillar>", "a pillar it supports (repeat for more)", collect, [])
    // Not --url: that is the global option naming the server.
    .option("--address <url>", "link: the page's web address")
    .option("--held-by <where>", "document: where it is held, or how to ask for it")
    .option("--quote <text>", "testimonial: what was said")
    .option("--who <name>", "testimonial: who said it")
    .option("--role <role>", "testimonial: their role")
    .option("--file <path>", "file: a PDF, image, or Word, Excel or PowerPoint file of at most 10 MB")
    .action(async (slug: string, options: AddOptions, command: Command) => {
      const rt = Runtime.of(command, io);
      const { on, pillar, address, file: path, ...rest } = options;
      const fields = { ...rest, url: address, occurredOn: on, pillars: pillar };
      const file = path ? await readUpload(path) : null;
      const remote = rt.remote();
      const created: Item = remote
        ? await remote.post(slugPath(slug, "evidence"), {
            ...fields,
            file: file
              ? { name: file.name, contentBase64: Buffer.from(file.bytes).toString("base64") }
              : undefined,
          })
        : await rt.local((ctx) => createEvidence(ctx, slug, fields, { file }));
      rt.out.result(created, () => {
        const item = expectShape(ZShownItem, created);
        return `Added ${item.kind} "${item.title}" to ${slug}: ${item.id}`;
      });
    });

  evidence
    .command("link")
    .description("link an item to an action or a TALENT recommendation (lead, editor, contributor)")
    .argument("<institution>", INSTITUTION_HELP)
    .argument("<id>", "the item's id")
    .option("--action <actionId>", "an action of the institution (hub actions list shows ids)")
    .option("--talent <number>", "a TALENT recommendation by its number, 1 to 16")
    .action(
      async (slug: string, id: string, options: { action?: string; talent?: string }, command: Command) => {
        if (Boolean(options.action) === Boolean(options.talent))
          throw new UsageError("Give either --action <actionId> or --talent <number>.");
        const rt = Runtime.of(command, io);
        const path = slugPath(slug, `evidence/${encodeURIComponent(id)}`);
        const remote = rt.remote();
        const target = async (recommendations: () => Promise<Item[]>) =>
          options.action
            ? { target: "action", actionId: options.action }
            : { target: "talent", talentId: talentByNumber(await recommendations(), options.talent!) };
        const link: Item = remote
          ? await remote.post(
              `${path}/links`,
              await target(() => remote.list("api/v1/talent-recommendations")),
            )
          : await rt.local(async (ctx) => {
              const made = await linkEvidence(
                ctx,
                slug,
                id,
                await target(() => listTalentRecommendations(ctx)),
              );
              // The same answer as the API's: the link as the item shows it.
              const { links } = await getEvidence(ctx, slug, id);
              return links.find((l) => l.id === made.id)!;
            });
        rt.out.result(link, () => `Linked ${id} to ${expectShape(ZShownLink, link).label}.`);
      },
    );
}
