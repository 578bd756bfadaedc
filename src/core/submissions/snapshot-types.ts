import type { NarrativeDoc } from "../narrative/doc";
import type { RagScale } from "../plans/plan-types";
import type { TemplateContent } from "../templates/template-types";

/**
 * Everything a frozen version shows, as stored in `submission_version.snapshot` and fingerprinted
 * with canonical JSON. Plain JSON only (dates as ISO strings). `format` changes only by adding a new
 * number; readers keep reading old ones.
 */
export type SnapshotAction = {
  id: string;
  ref: string;
  title: string;
  pillars: string[];
  primaryPillar: string;
  notes: string;
  aims: string;
  miniGoals: string[];
  plannedOutcomes: string[];
  markers: { id?: string | null; text: string }[];
  timescaleText: string;
  owner: string;
  leadName: string;
  retired: boolean;
  rating: null | {
    level: string;
    label: string;
    colour: "red" | "amber" | "green";
    commentary: string;
    assessedOn: string;
  };
};

export type SnapshotPlan = {
  id: string;
  title: string;
  startsOn: string;
  endsOn: string;
  status: string;
  ragScale: RagScale;
  pillarAims: Record<string, string>;
  actions: SnapshotAction[];
};

export type SnapshotEvidence = {
  id: string;
  kind: string;
  title: string;
  url: string | null;
  occurredOn: string | null;
  description: string;
  file: null | { fileName: string; mediaType: string; sizeBytes: number; sha256: string };
  consent: "given" | "withdrawn" | "none";
};

export type SnapshotFigure = {
  id: string;
  name: string;
  unit: string;
  category: string;
  observations: { period: string; value: number | null; provisional: boolean }[];
};

export type SubmissionSnapshot = {
  format: 1;
  frozenOn: string;
  institution: { id: string; slug: string; name: string };
  submission: { id: string; windowCloses: string; stage: string };
  template: { key: string; name: string; number: number; verified: boolean; content: TemplateContent };
  answers: {
    sectionKey: string;
    narrative: NarrativeDoc | null;
    data: unknown;
    complete: boolean;
    version: number;
  }[];
  previousPlan: SnapshotPlan | null;
  newPlan: SnapshotPlan | null;
  figures: SnapshotFigure[];
  /** The figures a narrative can bind, as they read when frozen (ref → label and value). */
  figureFacts: { ref: string; label: string; display: string }[];
  evidence: SnapshotEvidence[];
  talentRecommendations: { id: string; number: number; summary: string }[];
};
