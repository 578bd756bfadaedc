import type { SectionContext, SectionKind } from "../../src/core/submissions/sections/context";
import { type GovernanceData, nextGroupKey } from "../../src/core/submissions/sections/governance";
import { isRowIntent, readSectionData } from "../../src/core/submissions/sections/index";
import type { PublicPageData } from "../../src/core/submissions/sections/public-page";
import type { TalentData } from "../../src/core/submissions/sections/talent";
import type { TechnicianVoiceDraft } from "../../src/core/submissions/sections/technician-voice";
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

/** The parts of each kind a stale-save comparison shows, one line of text (or a few) each. */
export const SECTION_COMPARED = {
  governance: ["groups", "committees", "resourcing"],
  "impact-evidence": ["items"],
  talent: ["answers", "cited"],
  "new-plan": ["planId"],
  "technician-voice": ["consultations", "participants", "outcomes", "shapedActionIds"],
  "public-page": ["url", "contactName", "contactEmail", "confirmed"],
  "cross-references": ["items"],
} as const satisfies Record<Exclude<SectionKind, "rag-analysis">, readonly string[]>;

type Translate = (key: string, options?: Record<string, unknown>) => string;

/**
 * A section's data as text, part by part, the same way for both versions of a stale save, so
 * `StaleComparison` (fields `SECTION_COMPARED[kind]`, labels `t("sections.compared.<part>")`) shows
 * only the parts that differ. Ids read as what they name in the context.
 */
export function describeSection(
  kind: Exclude<SectionKind, "rag-analysis">,
  data: unknown,
  context: SectionContext,
  t: Translate,
): Record<string, string> {
  const d = readSectionData(kind, data) as Record<string, unknown>;
  const lines = (xs: string[]) => xs.filter(Boolean).join("\n");
  const count = (v: unknown) => (v === null || v === undefined ? "" : String(v));
  const evidence = (id: string) =>
    context.evidence.find((e) => e.id === id)?.title ?? (id ? t("sections.notInList") : "");
  const event = (id: string) =>
    context.events.find((e) => e.id === id)?.title ?? (id ? t("sections.notInList") : "");
  const recommendation = (id: string | null) => {
    if (id === null) return t("sections.talent.notAboutOne");
    const r = context.recommendations.find((x) => x.id === id);
    return r ? String(r.number) : t("sections.notInList");
  };
  const parts = (pairs: [string, string][]) =>
    pairs
      .filter(([, v]) => v)
      .map(([k, v]) => `${k}: ${v}`)
      .join("; ");
  switch (kind) {
    case "governance": {
      const g = d as GovernanceData;
      const nameOf = (key: string) => g.groups.find((x) => x.key === key)?.name ?? key;
      return {
        groups: lines(
          g.groups.map((x) =>
            [
              x.name,
              parts([
                [t("sections.governance.chairLabel"), x.chair],
                [t("sections.governance.coChairsLabel"), x.coChairs.join(", ")],
                [t("sections.compared.members"), x.members.join(", ")],
                [t("sections.compared.reportsTo"), x.reportsTo ? nameOf(x.reportsTo) : x.reportsToOther],
                [t("sections.governance.meetsLabel"), x.meets],
                [t("sections.compared.purpose"), x.purpose],
              ]),
            ]
              .filter(Boolean)
              .join(" — "),
          ),
        ),
        committees: lines(
          g.committees.map((c) =>
            [
              c.name,
              c.technicianRepresented
                ? parts([
                    [t("sections.governance.representedColumn"), t("sections.yes")],
                    [t("sections.compared.representative"), c.representative],
                    [t("sections.compared.since"), c.since],
                  ])
                : "",
            ]
              .filter(Boolean)
              .join(" — "),
          ),
        ),
        resourcing: g.resourcing,
      };
    }
    case "impact-evidence":
    case "cross-references": {
      const items = (d.items ?? []) as Record<string, string>[];
      return {
        items: lines(
          items.map((i) =>
            kind === "impact-evidence"
              ? [evidence(i.evidenceId ?? ""), i.note].filter(Boolean).join(" — ")
              : [i.scheme, i.title, i.url, i.note].filter(Boolean).join(" — "),
          ),
        ),
      };
    }
    case "talent": {
      const x = d as TalentData;
      return {
        answers: lines(
          x.answers.map((a, i) => `${i + 1}. (${recommendation(a.recommendationId)}) ${a.text}`),
        ),
        cited: x.cited.map(recommendation).join(", "),
      };
    }
    case "new-plan": {
      const plan = context.plans.find((p) => p.id === d.planId);
      return { planId: plan ? plan.title : d.planId ? t("sections.notInList") : "" };
    }
    case "technician-voice": {
      const v = d as TechnicianVoiceDraft;
      return {
        consultations: lines(
          v.consultations.map((c) =>
            [event(c.evidenceId), count(c.participants)].filter(Boolean).join(" — "),
          ),
        ),
        participants: count(v.participants),
        outcomes: v.outcomes,
        shapedActionIds: v.shapedActionIds
          .map((id) => context.actions.find((a) => a.id === id)?.ref || t("sections.notInList"))
          .join(", "),
      };
    }
    case "public-page": {
      const p = d as PublicPageData;
      return {
        url: p.url,
        contactName: p.contactName,
        contactEmail: p.contactEmail,
        confirmed: p.confirmed ? t("sections.yes") : t("sections.no"),
      };
    }
  }
}
