import { readFile } from "node:fs/promises";
import type { Command } from "commander";
import { z } from "zod";
import { AppError } from "../../core/errors";
import { CHANGE_FLAGS } from "../../core/figures/derived";
import { formatChange, formatFigure } from "../../core/figures/figure-format";
import { getIndicator } from "../../core/figures/get-indicator.server";
import { importObservations } from "../../core/figures/import-observations.server";
import { listIndicators } from "../../core/figures/list-indicators.server";
import { periodLabel, ZPeriod } from "../../core/figures/periods";
import { UsageError } from "../errors";
import type { CliIo } from "../io";
import { table } from "../output";
import { expectShape, slugPath } from "../remote";
import { Runtime } from "../runtime";
import { INSTITUTION_HELP } from "./plans";

const INDICATOR_HELP = "the indicator's id (hub figures list shows it)";

/** What the CLI prints of a change; the use-case's and the API's changes both have it. */
const ZShownChange = z.object({
  from: ZPeriod,
  to: ZPeriod,
  fromValue: z.number().nullable(),
  toValue: z.number().nullable(),
  absolute: z.number().nullable(),
  percent: z.number().nullable(),
  ratio: z.number().nullable(),
  flags: z.array(z.enum(CHANGE_FLAGS)),
});

const ZShownFigures = z.object({
  indicator: z.object({
    id: z.string(),
    name: z.string(),
    definition: z.string(),
    unit: z.string(),
    category: z.string(),
    breakdownKeys: z.array(z.string()),
    version: z.number(),
  }),
  observations: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      breakdown: z.record(z.string(), z.number()).nullable(),
      asOf: z.string().nullable(),
      note: z.string(),
      version: z.number(),
      isProvisional: z.boolean(),
      observed: z.object({ value: z.number().nullable() }),
    }),
  ),
  derived: z.object({ yearOnYear: z.array(ZShownChange), latestChange: ZShownChange.nullable() }),
});

const ZShownReport = z.object({
  mode: z.enum(["preview", "import"]),
  ok: z.boolean(),
  errors: z.array(z.string()),
  rows: z.array(
    z.object({
      line: z.number(),
      input: z.record(z.string(), z.string()),
      errors: z.array(z.string()),
      warnings: z.array(z.string()),
      outcome: z.enum(["add", "replace"]).nullable(),
    }),
  ),
  counts: z.object({ add: z.number(), replace: z.number(), withErrors: z.number() }),
});

const changeText = (c: z.output<typeof ZShownChange> | null, unit: string) =>
  c ? [formatChange(c, unit), ...c.flags].join(" · ") : "";

function describeIndicator(value: unknown): string {
  const { indicator: ind, observations, derived } = expectShape(ZShownFigures, value);
  const breakdown = (b: Record<string, number> | null) =>
    ind.breakdownKeys
      .filter((k) => b?.[k] !== undefined)
      .map((k) => `${k} ${b![k]}`)
      .join(", ");
  const figures = table(
    ["PERIOD", "VALUE", "BREAKDOWN", "STATUS", "AS OF", "NOTE", "ID"],
    observations.map((o) => [
      o.label,
      formatFigure(o.observed.value, ind.unit),
      breakdown(o.breakdown),
      o.isProvisional ? "provisional" : "final",
      o.asOf ?? "",
      o.note,
      o.id,
    ]),
    "No figures yet.",
  );
  const changes = derived.yearOnYear.map((c) => [
    `${periodLabel(c.from)} to ${periodLabel(c.to)}`,
    `${formatFigure(c.fromValue, ind.unit)} → ${formatFigure(c.toValue, ind.unit)}`,
    changeText(c, ind.unit),
  ]);
  return [
    ind.name,
    `${ind.category} · unit ${ind.unit}${ind.breakdownKeys.length ? ` · breakdown ${ind.breakdownKeys.join(", ")}` : ""}`,
    `id ${ind.id} · version ${ind.version}`,
    ...(ind.definition ? ["", ind.definition] : []),
    "",
    figures,
    ...(changes.length ? ["", table(["FROM AND TO", "FIGURES", "CHANGE"], changes, "")] : []),
  ].join("\n");
}

/** A row's cell by its heading, whatever its case ("Period", "period"). */
const cell = (input: Record<string, string>, heading: string) =>
  Object.entries(input).find(([k]) => k.trim().toLowerCase() === heading)?.[1] ?? "";

function describeReport(value: unknown): string {
  const report = expectShape(ZShownReport, value);
  const rows = table(
    ["LINE", "PERIOD", "VALUE", "OUTCOME", "ERRORS AND WARNINGS"],
    report.rows.map((r) => [
      r.line,
      cell(r.input, "period"),
      cell(r.input, "value"),
      r.outcome ?? "not imported",
      [...r.errors, ...r.warnings.map((w) => `Warning: ${w}`)].join(" "),
    ]),
    "No rows.",
  );
  const { add, replace, withErrors } = report.counts;
  const summary = !report.ok
    ? `Nothing ${report.mode === "import" ? "was" : "would be"} imported: ${withErrors} of ${report.rows.length} rows need correcting.`
    : report.mode === "import"
      ? `Imported ${add + replace} figures: ${add} added, ${replace} replaced.`
      : `Every row can be imported: ${add} to add, ${replace} to replace (dry run: nothing saved).`;
  return [...report.errors.map((e) => `Error: ${e}`), rows, "", summary].join("\n");
}

async function readTable(file: string): Promise<string> {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    const code = (error as { code?: string }).code ?? String(error);
    throw new UsageError(`Cannot read ${file} (${code}).`);
  }
}

export function registerFigures(program: Command, io: CliIo): void {
  const figures = program
    .command("figures")
    .description("an institution's indicators and their figures (members only)");

  figures
    .command("list")
    .description("list the institution's indicators with their latest figure and the change into it")
    .argument("<institution>", INSTITUTION_HELP)
    .action(async (slug: string, _options, command: Command) => {
      const rt = Runtime.of(command, io);
      const remote = rt.remote();
      const list: unknown[] = remote
        ? await remote.list(slugPath(slug, "indicators"))
        : await rt.local((ctx) => listIndicators(ctx, slug));
      const shown = list.map((item) => expectShape(ZShownFigures, item));
      rt.out.result(list, () =>
        table(
          ["ID", "NAME", "CATEGORY", "LATEST", "PERIOD", "CHANGE"],
          shown.map(({ indicator: ind, observations, derived }) => {
            const latest = observations.at(-1);
            return [
              ind.id,
              ind.name,
              ind.category,
              latest ? formatFigure(latest.observed.value, ind.unit) : "",
              latest ? `${latest.label}${latest.isProvisional ? " (provisional)" : ""}` : "no figures",
              changeText(derived.latestChange, ind.unit),
            ];
          }),
          `No indicators in ${slug} yet.`,
        ),
      );
    });

  figures
    .command("show")
    .description("show an indicator's figures, oldest first, and the changes worked out from them")
    .argument("<institution>", INSTITUTION_HELP)
    .argument("<indicatorId>", INDICATOR_HELP)
    .action(async (slug: string, indicatorId: string, _options, command: Command) => {
      const rt = Runtime.of(command, io);
      const remote = rt.remote();
      const figures: unknown = remote
        ? await remote.get(slugPath(slug, `indicators/${encodeURIComponent(indicatorId)}`))
        : await rt.local((ctx) => getIndicator(ctx, slug, indicatorId));
      rt.out.result(figures, () => describeIndicator(figures));
    });

  figures
    .command("import")
    .description(
      "import figures from a CSV file with a heading row (period, value, breakdowns, provisional, as of, note): every row or none",
    )
    .argument("<institution>", INSTITUTION_HELP)
    .argument("<indicatorId>", INDICATOR_HELP)
    .argument("<file>", "the CSV (or tab-separated) file")
    .option("--dry-run", "check every row and report, saving nothing")
    .option("--replace", "replace the figure of a period that already has one")
    .action(
      async (
        slug: string,
        indicatorId: string,
        file: string,
        options: { dryRun?: boolean; replace?: boolean },
        command: Command,
      ) => {
        const rt = Runtime.of(command, io);
        const input = {
          text: await readTable(file),
          mode: options.dryRun ? ("preview" as const) : ("import" as const),
          replaceExisting: options.replace === true,
        };
        const remote = rt.remote();
        const send = (body: typeof input): Promise<unknown> =>
          remote
            ? remote.post(slugPath(slug, `indicators/${encodeURIComponent(indicatorId)}/import`), body)
            : rt.local((ctx) => importObservations(ctx, slug, indicatorId, body));
        // A refused import answers with errors only, so a table is checked first: a bad one then
        // prints its report per row (like --dry-run) and nothing is sent to be saved.
        let report = input.mode === "import" ? await send({ ...input, mode: "preview" }) : null;
        if (!report || expectShape(ZShownReport, report).ok) report = await send(input);
        else report = { ...expectShape(ZShownReport, report), mode: "import" };
        const shown = report;
        rt.out.result(shown, () => describeReport(shown));
        // A dry run of a table that would not import fails like the import would, after its report.
        if (!expectShape(ZShownReport, report).ok)
          throw new AppError("INVALID", "The table needs correcting: see the report above.");
      },
    );
}
