import type { TRecordPastSubmissionInput } from "../core/windows/windows-fields";

/**
 * The seeds' 2024 submissions, recorded as made outside the product so each institution's next
 * window is right (docs/seed-coverage.md). The seeds give sign-off dates, not the day each was
 * sent: the submission date is taken to be the last signature's (inferred).
 */
export type DemoPastSubmission = TRecordPastSubmissionInput & {
  institutionSlug: "birmingham" | "lstm";
  /** A one-page PDF with these lines, made at load time. */
  file?: { name: string; lines: string[] };
};

export const DEMO_PAST_SUBMISSIONS: DemoPastSubmission[] = [
  {
    institutionSlug: "birmingham",
    stage: "stage-3",
    // Signed 20 and 23 August 2024 (seed 000): in the window closing 31 January 2025.
    submittedOn: "2024-08-23",
    note: "Stage 3 self-assessment with the 2024–27 action plan. Date inferred from the last signature.",
    file: {
      name: "birmingham-stage-3-2024.pdf",
      lines: ["University of Birmingham", "Technician Commitment Stage 3 self-assessment", "August 2024"],
    },
  },
  {
    institutionSlug: "lstm",
    stage: "renewal",
    // Both signatures dated 26 July 2024 (seed 004): in the window closing 31 July 2024.
    submittedOn: "2024-07-26",
    note: "Renewal self-assessment with the 2024–27 action plan. Date inferred from the signatures.",
    file: {
      name: "lstm-renewal-2024.pdf",
      lines: ["Liverpool School of Tropical Medicine", "Technician Commitment renewal", "July 2024"],
    },
  },
];
