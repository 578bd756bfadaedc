import type { FieldErrors } from "../../src/core/errors";
import { PILLARS } from "../../src/core/plans/plan-types";
import { endOfMonthsFrom } from "../../src/core/plans/timescale";

/**
 * Form fields ↔ the plan use-cases' inputs. Pure (FormData in, plain objects out) so the mapping is
 * tested as tables. Field names are the zod paths the use-cases report errors under
 * ("markers.0.target.value"), so an error finds its field; repeated groups that the person left
 * blank are dropped, and `fieldFor` maps the use-case's row numbers back to the form's.
 */

/** Checkbox groups: the one kind of field that sends a name more than once. */
export type FormLists = Record<string, string[]>;

/** What a form shows: single values by field name, plus the ticked boxes of each checkbox group. */
export type FormState = { values: Record<string, string>; lists: FormLists };

export type MappedInput = {
  input: Record<string, unknown>;
  /** The form's field name for an error key of the use-case (row numbers shift when blank rows drop). */
  fieldFor: (errorKey: string) => string;
};

const str = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
};

const strings = (form: FormData, name: string) =>
  form.getAll(name).filter((v): v is string => typeof v === "string");

/** The values of each named checkbox group (a missing group is an empty list: nothing ticked). */
export function listValues(form: FormData, names: readonly string[]): FormLists {
  return Object.fromEntries(names.map((name) => [name, strings(form, name)]));
}

/** A number when the text is one; otherwise the text itself (or undefined when empty), for zod to refuse. */
export function numberOrText(text: string): number | string | undefined {
  const trimmed = text.trim();
  if (!trimmed) return undefined;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : trimmed;
}

/** The row numbers used by fields named `<prefix>.<n>.…`, in order. */
export function rowIndexes(keys: Iterable<string>, prefix: string): number[] {
  const pattern = new RegExp(`^${prefix}\\.(\\d+)\\.`);
  const found = new Set<number>();
  for (const key of keys) {
    const match = pattern.exec(key);
    if (match) found.add(Number(match[1]));
  }
  return [...found].sort((a, b) => a - b);
}

/** Renames `<prefix>.<i>.…` error keys to the form's own row numbers, `kept[i]`. */
export function rowMapper(mappings: Record<string, number[]>) {
  return (key: string) => {
    const match = /^(\w+)\.(\d+)(\..*)?$/.exec(key);
    const kept = match && mappings[match[1]!];
    if (!match || !kept) return key;
    const row = kept[Number(match[2])];
    return row === undefined ? key : `${match[1]}.${row}${match[3] ?? ""}`;
  };
}

/** The same errors under the form's field names. */
export function remapErrors(errors: FieldErrors, fieldFor: (key: string) => string): FieldErrors {
  const out: FieldErrors = {};
  for (const [key, messages] of Object.entries(errors)) {
    const field = fieldFor(key);
    out[field] = [...(out[field] ?? []), ...messages];
  }
  return out;
}

export const MARKER_FIELDS = [
  "text",
  "target.comparator",
  "target.value",
  "target.unit",
  "target.byDate",
  "target.baseline",
  "observed.value",
  "observed.on",
  "indicatorId",
] as const;

const TARGET_FIELDS = ["target.value", "target.unit", "target.byDate", "target.baseline"] as const;
const OBSERVED_FIELDS = ["observed.value", "observed.on"] as const;

/** Markers of success from their repeated groups; a group with nothing typed is dropped. */
function markersFrom(form: FormData): { markers: Record<string, unknown>[]; kept: number[] } {
  const markers: Record<string, unknown>[] = [];
  const kept: number[] = [];
  for (const i of rowIndexes(form.keys(), "markers")) {
    const get = (field: string) => str(form, `markers.${i}.${field}`).trim();
    // The comparator is a select that always has a value, so it alone does not make a group typed.
    if (MARKER_FIELDS.every((f) => f === "target.comparator" || get(f) === "")) continue;
    const hasTarget = TARGET_FIELDS.some((f) => get(f) !== "");
    const hasObserved = OBSERVED_FIELDS.some((f) => get(f) !== "");
    // An indicator supplies the latest figure, so a typed one is ignored, not checked.
    const indicatorId = get("indicatorId") || null;
    markers.push({
      // Hidden: a saved marker keeps its id (and the evidence linked to it) through the edit.
      id: get("id") || null,
      text: get("text"),
      target: hasTarget
        ? {
            comparator: get("target.comparator") || undefined,
            value: numberOrText(get("target.value")),
            unit: get("target.unit"),
            byDate: get("target.byDate"),
            baseline: get("target.baseline") || null,
          }
        : null,
      observed:
        hasObserved && !indicatorId
          ? { value: numberOrText(get("observed.value")), on: get("observed.on") }
          : null,
      indicatorId,
    });
    kept.push(i);
  }
  return { markers, kept };
}

/** The action form → createAction/updateAction input (without expectedVersion). */
export function actionInput(form: FormData): MappedInput {
  const { markers, kept } = markersFrom(form);
  return {
    input: {
      title: str(form, "title"),
      pillars: strings(form, "pillars"),
      primaryPillar: str(form, "primaryPillar") || undefined,
      aims: str(form, "aims"),
      // One per line; the schema splits them and drops empty lines.
      plannedOutcomes: str(form, "plannedOutcomes"),
      miniGoals: str(form, "miniGoals"),
      markers,
      timescaleText: str(form, "timescaleText"),
      owner: str(form, "owner"),
      leadMemberId: str(form, "leadMemberId") || null,
      leadName: str(form, "leadName"),
      notes: str(form, "notes"),
      referenceAsPublished: str(form, "referenceAsPublished"),
    },
    fieldFor: rowMapper({ markers: kept }),
  };
}

export const ACTION_LISTS = ["pillars"] as const;

type ActionLike = {
  title: string;
  pillars: readonly string[];
  primaryPillar: string;
  aims: string;
  plannedOutcomes: readonly string[];
  miniGoals: readonly string[];
  markers: readonly {
    id?: string | null;
    text: string;
    target?: {
      comparator: string;
      value: number;
      unit: string;
      byDate: string;
      baseline?: number | null;
    } | null;
    observed?: { value: number; on: string } | null;
    indicatorId?: string | null;
  }[];
  timescaleText: string;
  owner: string;
  leadMemberId: string | null;
  leadName: string;
  notes: string;
  referenceAsPublished: string;
};

const text = (n: number | null | undefined) => (n === null || n === undefined ? "" : String(n));

/** A saved action as the form's fields, so the edit form and a stale comparison read the same way. */
export function actionFormState(action: ActionLike): FormState {
  const values: Record<string, string> = {
    title: action.title,
    primaryPillar: action.primaryPillar,
    aims: action.aims,
    plannedOutcomes: action.plannedOutcomes.join("\n"),
    miniGoals: action.miniGoals.join("\n"),
    timescaleText: action.timescaleText,
    owner: action.owner,
    leadMemberId: action.leadMemberId ?? "",
    leadName: action.leadName,
    notes: action.notes,
    referenceAsPublished: action.referenceAsPublished,
  };
  action.markers.forEach((m, i) => {
    const at = `markers.${i}`;
    values[`${at}.text`] = m.text;
    values[`${at}.target.comparator`] = m.target?.comparator ?? ">=";
    values[`${at}.target.value`] = text(m.target?.value);
    values[`${at}.target.unit`] = m.target?.unit ?? "";
    values[`${at}.target.byDate`] = m.target?.byDate ?? "";
    values[`${at}.target.baseline`] = text(m.target?.baseline);
    values[`${at}.observed.value`] = text(m.observed?.value);
    values[`${at}.observed.on`] = m.observed?.on ?? "";
    values[`${at}.indicatorId`] = m.indicatorId ?? "";
    values[`${at}.id`] = m.id ?? "";
  });
  return { values, lists: { pillars: [...action.pillars] } };
}

/** Marker groups to draw: every group with something typed (or saved), then `blank` empty ones. */
export function markerRows(values: Record<string, string>, blank = 2): number[] {
  const filled = rowIndexes(Object.keys(values), "markers").filter((i) =>
    MARKER_FIELDS.some((f) => f !== "target.comparator" && (values[`markers.${i}.${f}`] ?? "").trim()),
  );
  const count = filled.length ? filled[filled.length - 1]! + 1 : 0;
  return Array.from({ length: count + blank }, (_, i) => i);
}

/** The fields a person edits, in the form's order, as the stale comparison names them. */
export const ACTION_COMPARED = [
  "title",
  "pillars",
  "primaryPillar",
  "aims",
  "plannedOutcomes",
  "miniGoals",
  "markers",
  "timescaleText",
  "owner",
  "lead",
  "notes",
  "referenceAsPublished",
] as const;
export type ComparedField = (typeof ACTION_COMPARED)[number];

export type MarkerTexts = {
  target: { comparator: string; value: string; unit: string; byDate: string; baseline: string };
  observed: { value: string; on: string };
};

/** Interface words come from the page (the catalogue): these turn keys and groups into text. */
export type Describers = {
  pillar: (key: string) => string;
  member: (id: string) => string | undefined;
  target: (target: MarkerTexts["target"]) => string;
  observed: (observed: MarkerTexts["observed"]) => string;
  indicator: (id: string) => string;
};

/** One line of text per field, the same way for both versions, so equal content reads as equal. */
export function describeAction(state: FormState, d: Describers): Record<ComparedField, string> {
  const v = (name: string) => (state.values[name] ?? "").trim();
  const lines = (name: string) =>
    v(name)
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean)
      .join("\n");
  const markers = markerRows(state.values, 0)
    .map((i) => {
      const at = (f: string) => v(`markers.${i}.${f}`);
      if (MARKER_FIELDS.every((f) => f === "target.comparator" || !at(f))) return "";
      const parts = [at("text")];
      if (TARGET_FIELDS.some((f) => at(f)))
        parts.push(
          d.target({
            comparator: at("target.comparator"),
            value: at("target.value"),
            unit: at("target.unit"),
            byDate: at("target.byDate"),
            baseline: at("target.baseline"),
          }),
        );
      if (at("indicatorId")) parts.push(d.indicator(at("indicatorId")));
      else if (OBSERVED_FIELDS.some((f) => at(f)))
        parts.push(d.observed({ value: at("observed.value"), on: at("observed.on") }));
      return parts.join(" – ");
    })
    .filter(Boolean)
    .join("\n");
  const memberId = v("leadMemberId");
  return {
    title: v("title"),
    pillars: [...new Set(state.lists.pillars ?? [])].map(d.pillar).join(", "),
    primaryPillar: v("primaryPillar") ? d.pillar(v("primaryPillar")) : "",
    aims: v("aims"),
    plannedOutcomes: lines("plannedOutcomes"),
    miniGoals: lines("miniGoals"),
    markers,
    timescaleText: v("timescaleText"),
    owner: v("owner"),
    lead: v("leadName") || (memberId ? (d.member(memberId) ?? "") : ""),
    notes: v("notes"),
    referenceAsPublished: v("referenceAsPublished"),
  };
}

/** The rating form → rateAction input; evidence rows with nothing typed are dropped. */
export function rateInput(form: FormData): MappedInput {
  const evidence: { title: string; url: string }[] = [];
  const kept: number[] = [];
  for (const i of rowIndexes(form.keys(), "evidence")) {
    const title = str(form, `evidence.${i}.title`).trim();
    const url = str(form, `evidence.${i}.url`).trim();
    if (!title && !url) continue;
    evidence.push({ title, url });
    kept.push(i);
  }
  return {
    input: {
      level: str(form, "level"),
      qualifier: str(form, "qualifier"),
      assessedOn: str(form, "assessedOn"),
      commentary: str(form, "commentary"),
      evidence,
    },
    fieldFor: rowMapper({ evidence: kept }),
  };
}

/** The plan's own fields: title, period, pillar aims, and the scale when the form offers it. */
export function planFieldsInput(form: FormData): Record<string, unknown> {
  // Only the aims the form sent: an absent field is "unchanged", an empty one is "cleared".
  const pillarAims = Object.fromEntries(
    PILLARS.filter((p) => form.has(`pillarAims.${p}`)).map((p) => [p, str(form, `pillarAims.${p}`)]),
  );
  return {
    title: str(form, "title"),
    startsOn: str(form, "startsOn"),
    endsOn: str(form, "endsOn"),
    pillarAims,
    // A disabled radio group (the scale is fixed once rated) sends nothing: leave it as it is.
    ragScaleId: form.has("ragScaleId") ? str(form, "ragScaleId") : undefined,
  };
}

export const PLAN_LISTS = ["carryForwardActionIds"] as const;

/** The new-plan form → createPlan input. */
export function createPlanInput(form: FormData): Record<string, unknown> {
  return {
    ...planFieldsInput(form),
    previousPlanId: str(form, "previousPlanId") || null,
    carryForwardActionIds: strings(form, "carryForwardActionIds"),
  };
}

/** The period that follows a plan: from the day after it ends, for 36 months. */
export function followingPeriod(previousEndsOn: string): { startsOn: string; endsOn: string } {
  // A date-only ISO string parses as UTC midnight, so adding a day never crosses a zone.
  const startsOn = new Date(Date.parse(previousEndsOn) + 86_400_000).toISOString().slice(0, 10);
  return { startsOn, endsOn: endOfMonthsFrom(startsOn, 36) };
}

/** The plan fields a person edits, by form name, in the form's order. */
export const PLAN_COMPARED = [
  "title",
  "startsOn",
  "endsOn",
  "ragScaleId",
  ...PILLARS.map((p) => `pillarAims.${p}`),
] as const;

/** A saved plan as the form's fields (for the edit form and the stale comparison). */
export function planFormValues(plan: {
  title: string;
  startsOn: string;
  endsOn: string;
  ragScale: { id: string };
  pillarAims: Record<string, string | undefined>;
}): Record<string, string> {
  return {
    title: plan.title,
    startsOn: plan.startsOn,
    endsOn: plan.endsOn,
    ragScaleId: plan.ragScale.id,
    ...Object.fromEntries(PILLARS.map((p) => [`pillarAims.${p}`, plan.pillarAims[p] ?? ""])),
  };
}
