import type { z } from "zod";
import { parseInput } from "../../validate";
import { type DataSectionKind, isDataSectionKind, type SectionContext, type SectionKind } from "./context";
import { crossReferencesRules } from "./cross-references";
import type { SectionRules } from "./fields";
import { governanceRules } from "./governance";
import { impactEvidenceRules } from "./impact-evidence";
import { newPlanRules } from "./new-plan";
import { publicPageRules } from "./public-page";
import { talentRules } from "./talent";
import { technicianVoiceRules } from "./technician-voice";

/**
 * One entry point per question about a section's structured part, whatever its kind: its schema,
 * its empty answer, whether anything is written, the form's "add another" buttons, and the check a
 * save goes through. Pure: the institution's lists come in as the context.
 */

// biome-ignore lint/suspicious/noExplicitAny: each kind has its own data type; callers see `unknown`.
const RULES: Record<DataSectionKind, SectionRules<any, any>> = {
  governance: governanceRules,
  "impact-evidence": impactEvidenceRules,
  talent: talentRules,
  "new-plan": newPlanRules,
  "technician-voice": technicianVoiceRules,
  "public-page": publicPageRules,
  "cross-references": crossReferencesRules,
};

/** The stored shape of each kind, without the institution's lists (for the API's description too). */
export const SECTION_SCHEMAS: Record<Exclude<SectionKind, "rag-analysis">, z.ZodType> = Object.fromEntries(
  Object.entries(RULES).map(([kind, rules]) => [kind, rules.schema]),
) as Record<DataSectionKind, z.ZodType>;

function rulesFor(kind: SectionKind): SectionRules<unknown, unknown> {
  // The RAG analysis is the previous plan's ratings, not data of its own: asking for it is a bug.
  if (!isDataSectionKind(kind)) throw new Error(`Section kind "${kind}" has no structured data here.`);
  return RULES[kind];
}

/** A new section's data: no rows, nothing chosen. */
export function emptySectionData(kind: SectionKind): unknown {
  return rulesFor(kind).empty();
}

/** What is stored or typed, in the kind's shape with every field present, for forms and views. */
export function readSectionData(kind: SectionKind, data: unknown): unknown {
  return rulesFor(kind).read(data);
}

/** Whether anything has been written (the task list's "not started" when not). */
export function hasContent(kind: SectionKind, data: unknown): boolean {
  if (data === null || data === undefined) return false;
  const rules = rulesFor(kind);
  return rules.hasContent(rules.read(data));
}

/**
 * Checks a section's data and returns it as stored (trimmed, defaults filled). Refused with the
 * app's INVALID error, each message under the field's path ("groups.0.name"). With the context,
 * every id must also be one of the institution's own: evidence from its library, an action of the
 * new plan, one of its plans — so an answer cannot point at another institution's records.
 */
export function validateSectionData(kind: SectionKind, raw: unknown, context?: SectionContext): unknown {
  const rules = rulesFor(kind);
  const schema = context
    ? rules.schema.superRefine((data, ctx) => {
        for (const issue of rules.contextIssues(data, context))
          ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
      })
    : rules.schema;
  return parseInput(schema, raw ?? {});
}

/** The repeated rows of a kind, for the form's "add another" buttons. */
export function sectionLists(kind: SectionKind): string[] {
  return Object.keys(rulesFor(kind).lists);
}

const INTENT = /^(add):([a-z-]+)$|^(remove|up|down):([a-z-]+):(\d+)$/;

type RowIntent = { verb: "add" | "remove" | "up" | "down"; list: string; row: number };

function parseIntent(kind: SectionKind, intent: string): RowIntent | null {
  const m = INTENT.exec(intent);
  if (!m) return null;
  const verb = (m[1] ?? m[3]) as RowIntent["verb"];
  const list = (m[2] ?? m[4])!;
  if (!(list in rulesFor(kind).lists)) return null;
  return { verb, list, row: m[5] === undefined ? -1 : Number(m[5]) };
}

/** Whether a button's value is one of this kind's row intents (so the page shows the form again, unsaved). */
export function isRowIntent(kind: SectionKind, intent: string | null | undefined): boolean {
  return typeof intent === "string" && parseIntent(kind, intent) !== null;
}

/**
 * The "add another", "remove" and "move up/down" buttons without JavaScript: the button's value
 * ("add:groups", "remove:groups:2", "up:answers:3", "down:answers:0") applied to the data as typed.
 * Anything else, or a row that does not exist, leaves the data as it was: a button from a stale
 * page must not remove the wrong row's neighbour.
 */
export function applyRowIntent(kind: SectionKind, data: unknown, intent: string): unknown {
  const rules = rulesFor(kind);
  const draft = rules.read(data) as Record<string, unknown>;
  const parsed = parseIntent(kind, intent);
  if (!parsed) return draft;
  const rows = [...(draft[parsed.list] as Record<string, unknown>[])];
  const { verb, row } = parsed;
  if (verb === "add") {
    rows.push(rules.lists[parsed.list]!.blank(draft));
    return { ...draft, [parsed.list]: rows };
  }
  if (row >= rows.length) return draft;
  if (verb === "remove") {
    const [removed] = rows.splice(row, 1);
    const next = { ...draft, [parsed.list]: rows };
    return rules.afterRemove ? rules.afterRemove(next, parsed.list, removed!) : next;
  }
  const to = verb === "up" ? row - 1 : row + 1;
  if (to < 0 || to >= rows.length) return draft;
  [rows[row], rows[to]] = [rows[to]!, rows[row]!];
  return { ...draft, [parsed.list]: rows };
}
