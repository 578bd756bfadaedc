import type { IsoDate, Marker, Pillar, PlanStatus, RagScaleId } from "../../core/plans/plan-types";

/**
 * Demo action plans modelled on the seeds (docs/seed-coverage.md). Written in our own words; the
 * people are fictional. `load-demo` turns these into plans, actions and ratings through the use-cases.
 */
export type DemoRating = {
  /** A level id of the plan's scale, e.g. "in-progress" or "red-amber". */
  level: string;
  /** Free text after the level, e.g. "but with elements requiring further development". */
  qualifier?: string;
  assessedOn: IsoDate;
  commentary?: string;
  evidence?: { url: string; title: string }[];
  /** True for ratings we invented (the seeds' current plans have none yet); shown as demo. */
  invented?: boolean;
};

/**
 * A marker of success as the demo writes it: `indicatorName` names one of the institution's demo
 * indicators (src/demo/figures.ts), whose latest figure then decides the marker's status.
 */
export type DemoMarker = Omit<Marker, "id" | "indicatorId"> & { indicatorName?: string };

export type DemoAction = {
  /** Unique across all demo plans, for links: e.g. "lstm-2019-cd-3". */
  key: string;
  title: string;
  pillars: Pillar[];
  primaryPillar: Pillar;
  aims?: string;
  plannedOutcomes?: string[];
  miniGoals?: string[];
  markers?: DemoMarker[];
  timescaleText?: string;
  /** A group, e.g. "Technical Staff Steering Group". */
  owner?: string;
  /** A display name (LSTM's leads are first names); `leadEmail` links a demo member when one fits. */
  leadName?: string;
  leadEmail?: string;
  notes?: string;
  /** The reference as the source document printed it, e.g. "CD 3". */
  referenceAsPublished?: string;
  /** This action continues an action of the previous plan (by key). */
  carriedFromKey?: string;
  /** Retired at the end of its plan, with a reason and optionally the action that superseded it. */
  retired?: { reason: string; supersededByKey?: string };
  ratings?: DemoRating[];
};

export type DemoPlan = {
  key: string;
  institutionSlug: "birmingham" | "lstm";
  title: string;
  startsOn: IsoDate;
  endsOn: IsoDate;
  status: PlanStatus;
  ragScaleId: RagScaleId;
  /** The institution's own aim for each pillar (the charter holds the official aims). */
  pillarAims: Partial<Record<Pillar, string>>;
  /** The plan this one follows (by key). */
  previousKey?: string;
  actions: DemoAction[];
};
