import type { SectionKind } from "../../src/core/submissions/sections/context";
import { nextGroupKey } from "../../src/core/submissions/sections/governance";
import { isRowIntent } from "../../src/core/submissions/sections/index";
import { rowIndexes } from "./plan-forms";

/**
 * A section's form → its structured data (pure; tested as tables). Field names are the paths the
 * section's schema reports errors under ("groups.0.name"), so each error finds its field. Lists of
 * names are textareas, one name a line; checkboxes send "yes". Rows left blank are dropped when the
 * form is saved, so the data (and any error's row number) matches what the form then shows; when a
 * row button was pressed ("add:groups") every row is kept, so a new blank row survives the round trip.
 */

const str = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
};

const strings = (form: FormData, name: string) =>
  form.getAll(name).filter((v): v is string => typeof v === "string" && v !== "");

const ticked = (form: FormData, name: string) => str(form, name) === "yes";

/** One name a line; blank lines go. */
export function linesOf(text: string): string[] {
  return text
    .split(/\r\n?|\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

/** A whole number as typed becomes a number; words stay as typed, so the schema refuses them and the form shows them again. */
export function countOf(text: string): number | string | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  return /^[+-]?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : trimmed;
}

const isBlank = (row: Record<string, unknown>, ignore: readonly string[] = []) =>
  Object.entries(row).every(
    ([field, v]) =>
      ignore.includes(field) ||
      v === null ||
      v === false ||
      (typeof v === "string" && v.trim() === "") ||
      (Array.isArray(v) && v.length === 0),
  );

/** The rows of `<list>.<n>.…`, in the form's order; blank ones dropped unless `keepBlank`. */
function rows<T extends Record<string, unknown>>(
  form: FormData,
  list: string,
  read: (get: (field: string) => string, i: number) => T,
  keepBlank: boolean,
  ignore: readonly string[] = [],
): T[] {
  const out: T[] = [];
  for (const i of rowIndexes(form.keys(), list)) {
    const row = read((field) => str(form, `${list}.${i}.${field}`), i);
    if (keepBlank || !isBlank(row, ignore)) out.push(row);
  }
  return out;
}

export function sectionDataFromForm(kind: SectionKind, form: FormData): unknown {
  const keep = isRowIntent(kind, str(form, "intent"));
  switch (kind) {
    case "governance": {
      // The key is hidden and always sent; it alone does not make a group typed.
      const groups = rows(
        form,
        "groups",
        (get) => ({
          key: get("key").trim(),
          name: get("name"),
          purpose: get("purpose"),
          chair: get("chair"),
          coChairs: linesOf(get("coChairs")),
          members: linesOf(get("members")),
          reportsTo: get("reportsTo"),
          reportsToOther: get("reportsToOther"),
          meets: get("meets"),
        }),
        keep,
        ["key"],
      );
      for (const g of groups) if (!g.key) g.key = nextGroupKey(groups);
      return {
        groups,
        committees: rows(
          form,
          "committees",
          (get) => ({
            name: get("name"),
            technicianRepresented: get("technicianRepresented") === "yes",
            representative: get("representative"),
            since: get("since"),
          }),
          keep,
        ),
        resourcing: str(form, "resourcing"),
      };
    }
    case "impact-evidence":
      return {
        items: rows(form, "items", (get) => ({ evidenceId: get("evidenceId"), note: get("note") }), keep),
      };
    case "talent":
      return {
        answers: rows(
          form,
          "answers",
          (get) => ({ recommendationId: get("recommendationId") || null, text: get("text") }),
          keep,
        ),
        cited: [...new Set(strings(form, "cited"))],
      };
    case "new-plan":
      return { planId: str(form, "planId") || null };
    case "technician-voice":
      return {
        consultations: rows(
          form,
          "consultations",
          (get) => ({ evidenceId: get("evidenceId"), participants: countOf(get("participants")) }),
          keep,
        ),
        participants: countOf(str(form, "participants")),
        outcomes: str(form, "outcomes"),
        shapedActionIds: [...new Set(strings(form, "shapedActionIds"))],
      };
    case "public-page":
      return {
        url: str(form, "url").trim(),
        contactName: str(form, "contactName"),
        contactEmail: str(form, "contactEmail").trim(),
        confirmed: ticked(form, "confirmed"),
      };
    case "cross-references":
      return {
        items: rows(
          form,
          "items",
          (get) => ({
            scheme: get("scheme"),
            title: get("title"),
            url: get("url").trim(),
            note: get("note"),
          }),
          keep,
        ),
      };
    case "rag-analysis":
      throw new Error("The RAG analysis has no structured form here: its ratings are the plan's own.");
  }
}
