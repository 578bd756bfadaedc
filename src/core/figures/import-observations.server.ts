import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { observation } from "../../db/schema";
import type { DbOrTx } from "../../db/types";
import { type Actor, actorId } from "../actor";
import type { UseCaseContext } from "../context";
import { AppError } from "../errors";
import { recordChange } from "../history/record-change.server";
import { parseInput } from "../validate";
import {
  type IndicatorRow,
  indicatorFor,
  isUniqueViolation,
  type ObservationRow,
  observationColumns,
} from "./figure-access.server";
import { ZYesNo } from "./indicator-fields";
import { periodBounds, periodLabel } from "./periods";
import { observationValues } from "./record-observation.server";
import { type ObservationRowReport, readObservationTable } from "./table-import";

/** Far more than 1000 rows of figures; a bigger paste is a mistake, refused before it is read. */
const MAX_TEXT = 1_000_000;

export const ZImportObservationsInput = z.object({
  /** The table: pasted from a spreadsheet (tab-separated) or a CSV file's text, with a heading row. */
  text: z
    .string()
    .min(1, "Paste a table or choose a CSV file.")
    .max(MAX_TEXT, "The table is larger than 1 MB: split it."),
  /** "preview" checks and reports; "import" also saves, all rows or none. */
  mode: z.enum(["preview", "import"], { error: "Choose preview or import." }).default("preview"),
  /** Replace the figure of a period that already has one, instead of reporting the row. */
  replaceExisting: ZYesNo.default(false),
});
export type TImportObservationsInput = z.input<typeof ZImportObservationsInput>;

export type ImportRowReport = ObservationRowReport & {
  /** What importing does with the row: add a figure, or replace the period's figure; null with errors. */
  outcome: "add" | "replace" | null;
  /** The figure the row replaces, or would replace without `replaceExisting`. */
  existing: ObservationRow | null;
};

export type ObservationImportReport = {
  mode: "preview" | "import";
  /** True when every row (and the table) is fine, so "import" saves all of it. */
  ok: boolean;
  /** Problems with the table as a whole: headings, size, quoting. */
  errors: string[];
  rows: ImportRowReport[];
  counts: { add: number; replace: number; withErrors: number };
  /** The figures saved, in row order; empty for a preview. */
  written: ObservationRow[];
};

const periodKey = (startsOn: string, endsOn: string) => `${startsOn}..${endsOn}`;

/** The table's per-row report, with each row checked against the figures already recorded. */
async function checkTable(
  db: DbOrTx,
  indicator: IndicatorRow,
  text: string,
  replaceExisting: boolean,
): Promise<Omit<ObservationImportReport, "mode" | "written">> {
  const table = readObservationTable(text, indicator);
  const recorded = await db
    .select(observationColumns)
    .from(observation)
    .where(and(eq(observation.indicatorId, indicator.id), isNull(observation.deletedAt)));
  const byPeriod = new Map(recorded.map((r) => [periodKey(r.periodStart, r.periodEnd), r]));
  const rows = table.rows.map((row): ImportRowReport => {
    if (!row.observation) return { ...row, outcome: null, existing: null };
    const { startsOn, endsOn } = periodBounds(row.observation.period);
    const existing = byPeriod.get(periodKey(startsOn, endsOn)) ?? null;
    if (!existing) return { ...row, outcome: "add", existing };
    if (replaceExisting) return { ...row, outcome: "replace", existing };
    const { observation: _, ...rest } = row;
    const label = periodLabel(row.observation.period);
    return {
      ...rest,
      errors: [
        `Line ${row.line}: there is already a figure for ${label}; import again choosing to replace it.`,
      ],
      outcome: null,
      existing,
    };
  });
  const withErrors = rows.filter((r) => r.errors.length).length;
  return {
    ok: table.errors.length === 0 && rows.length > 0 && withErrors === 0,
    errors: table.errors,
    rows,
    counts: {
      add: rows.filter((r) => r.outcome === "add").length,
      replace: rows.filter((r) => r.outcome === "replace").length,
      withErrors,
    },
  };
}

/**
 * The report as an error: the table's problems under `text` (the field the table was entered in)
 * and every row's under `rows`, each starting "Line N:", so a form or problem+json shows them all.
 */
function nothingImported(report: Omit<ObservationImportReport, "mode" | "written">): AppError {
  const rows = report.rows.flatMap((r) => r.errors);
  const fieldErrors = {
    ...(report.errors.length && { text: report.errors }),
    ...(rows.length && { rows }),
  };
  const problem = report.errors.length
    ? "the table needs correcting"
    : `${report.counts.withErrors} of ${report.rows.length} rows need correcting`;
  return new AppError("INVALID", `Nothing was imported: ${problem}.`, { fieldErrors });
}

/** Writes every row of a checked table, in the caller's transaction. */
async function writeRows(tx: DbOrTx, actor: Actor, indicator: IndicatorRow, rows: ImportRowReport[]) {
  const by = actorId(actor);
  const written: ObservationRow[] = [];
  for (const row of rows) {
    const values = { ...observationValues(row.observation!), updatedBy: by, updatedAt: new Date() };
    const before = row.existing;
    const [saved] = before
      ? await tx
          .update(observation)
          .set({ ...values, version: before.version + 1 })
          .where(and(eq(observation.id, before.id), eq(observation.version, before.version)))
          .returning(observationColumns)
      : await tx
          .insert(observation)
          .values({
            ...values,
            indicatorId: indicator.id,
            institutionId: indicator.institutionId,
            createdBy: by,
          })
          .returning(observationColumns);
    if (!saved) {
      const [current] = await tx
        .select(observationColumns)
        .from(observation)
        .where(eq(observation.id, before!.id));
      throw new AppError("STALE", "Someone changed these figures while you were importing: preview again.", {
        current,
        currentVersion: current?.version,
      });
    }
    await recordChange(tx, actor, {
      action: before ? "observation.update" : "observation.create",
      entityType: "observation",
      entityId: saved.id,
      institutionId: indicator.institutionId,
      before,
      after: saved,
    });
    written.push(saved);
  }
  return written;
}

/**
 * Checks a pasted table or CSV of figures and reports on every row: what it reads, its errors and
 * warnings, and whether it adds or replaces a figure. "import" saves every row in one transaction
 * only when none has an error; otherwise nothing is saved and INVALID carries every row's message.
 */
export async function importObservations(
  ctx: UseCaseContext,
  slug: string,
  indicatorId: string,
  input: TImportObservationsInput | Record<string, unknown>,
): Promise<ObservationImportReport> {
  const { indicator } = await indicatorFor(ctx, slug, indicatorId, "figure.edit");
  const { text, mode, replaceExisting } = parseInput(ZImportObservationsInput, input);
  if (mode === "preview")
    return { mode, ...(await checkTable(ctx.db, indicator, text, replaceExisting)), written: [] };
  try {
    return await ctx.db.transaction(async (tx) => {
      // Checked again inside the transaction that writes, so what is saved is what was checked.
      const report = await checkTable(tx, indicator, text, replaceExisting);
      if (!report.ok) throw nothingImported(report);
      return { mode, ...report, written: await writeRows(tx, ctx.actor, indicator, report.rows) };
    });
  } catch (error) {
    // A figure for one of the periods was added by someone else after the check.
    if (isUniqueViolation(error))
      throw new AppError(
        "CONFLICT",
        "Someone added figures for these periods while you were importing: preview again.",
      );
    throw error;
  }
}
