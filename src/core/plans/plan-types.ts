/**
 * The shapes shared by the action-plan rules, use-cases, pages, API, CLI and demo data.
 * Pure types and constants: no I/O, so the domain rules that use them are tested as tables.
 */

/** The four pillars of the Technician Commitment, in the charter's order (also the numbering order). */
export const PILLARS = ["visibility", "recognition", "career-development", "sustainability"] as const;
export type Pillar = (typeof PILLARS)[number];

/** What each level of a RAG scale means: every level maps to one of these, written in the scale's data. */
export const RAG_COLOURS = ["red", "amber", "green"] as const;
export type RagColour = (typeof RAG_COLOURS)[number];

export type RagLevel = { id: string; label: string; colour: RagColour };
/** A scale as the charter defines it; a plan keeps a copy, fixed once any action is rated. */
export type RagScale = { id: string; name: string; levels: RagLevel[] };

export type PlanStatus = "draft" | "approved" | "published";

/** ISO calendar date, `YYYY-MM-DD` (no time zone: a day in the UK). */
export type IsoDate = string;

/** A plan's period, inclusive of both days. */
export type Period = { startsOn: IsoDate; endsOn: IsoDate };

/**
 * A timescale as written, parsed by `parseTimescale` in `timescale.ts`:
 * - ongoing: throughout the plan's period (start/end are the period's);
 * - deadline: by the end of a day (a month's last day, or plan start + N months);
 * - range: from the first day of one month to the last day of another;
 * - approximate: "in 2022" and the like (start/end are the year's first and last days);
 * - unparsed: kept as text and flagged for the user.
 */
export type Timescale =
  | { kind: "ongoing"; startsOn: IsoDate; endsOn: IsoDate }
  | { kind: "deadline"; endsOn: IsoDate }
  | { kind: "range"; startsOn: IsoDate; endsOn: IsoDate }
  | { kind: "approximate"; year: number; startsOn: IsoDate; endsOn: IsoDate }
  | { kind: "unparsed" };

export const COMPARATORS = [">=", "<=", "="] as const;
export type Comparator = (typeof COMPARATORS)[number];

/** e.g. "≥ 20 % of technical staff professionally registered by 31 July 2027, from 12 %". */
export type MarkerTarget = {
  comparator: Comparator;
  value: number;
  unit: string;
  byDate: IsoDate;
  baseline?: number | null;
};

/** The latest figure known for a marker (entered by hand until figures arrive in a later issue). */
export type MarkerObservation = { value: number; on: IsoDate };

/**
 * A marker of success. With `indicatorId`, its latest figure comes from that indicator's
 * observations (issue 4) and `observed` is ignored; otherwise `observed` is typed by hand.
 */
export type Marker = {
  /** Stable id within its action, so evidence can be linked to one marker however the list is edited. */
  id?: string | null;
  text: string;
  target?: MarkerTarget | null;
  observed?: MarkerObservation | null;
  indicatorId?: string | null;
};

export type MarkerStatus = "met" | "on-track" | "not-met" | "no-data";

/** What happened to an action when its plan ended: carried into the next plan, or retired. */
export type ActionOutcome =
  | { kind: "carried-forward"; toActionId: string }
  | { kind: "retired"; reason: string; supersededByActionId?: string | null };

/**
 * Ids of the charter's RAG scales (their levels and colours live in `charter-data.ts`):
 * - "red-amber-green": red, amber, green;
 * - "five-point" (Birmingham): red, red-amber (→ red), amber-red (→ amber), amber, green;
 * - "progress" (LSTM): no-progress (→ red), in-progress (→ amber), completed (→ green).
 */
export const RAG_SCALE_IDS = ["red-amber-green", "five-point", "progress"] as const;
export type RagScaleId = (typeof RAG_SCALE_IDS)[number];
