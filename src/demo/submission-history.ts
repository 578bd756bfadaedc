import type { TRecordPastSubmissionInput } from "../core/windows/windows-fields";

/**
 * Submissions the demo institutions made before they used the product, recorded so the history is
 * complete. The seeds' 2024 submissions are made in the product instead (src/demo/submissions),
 * and submitting them records them in the same history.
 */
export type DemoPastSubmission = TRecordPastSubmissionInput & {
  institutionSlug: "birmingham" | "lstm";
  /** A one-page PDF with these lines, made at load time. */
  file?: { name: string; lines: string[] };
};

export const DEMO_PAST_SUBMISSIONS: DemoPastSubmission[] = [
  {
    institutionSlug: "birmingham",
    stage: "stage-2",
    // The Stage 3 seed (000) says the Stage 2 submission went in September 2021 (feedback came a
    // year later); the day is not given, so the last day of the month is used (inferred).
    submittedOn: "2021-09-30",
    note: "Stage 2 self-assessment with the 2021–24 action plan. The seed gives the month only.",
    file: {
      name: "birmingham-stage-2-2021.pdf",
      lines: ["University of Birmingham", "Technician Commitment Stage 2 self-assessment", "September 2021"],
    },
  },
];
