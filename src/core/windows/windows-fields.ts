import { z } from "zod";
import { SUBMISSION_STAGES } from "./windows";

/** The Technician Commitment began in 2017: nothing was submitted before it. */
export const EARLIEST_SUBMISSION = "2017-01-01";

export const ZRecordPastSubmissionInput = z.object({
  /** Which submission it was: the initial one, the older Stage 2 or Stage 3, or a renewal. */
  stage: z.enum(SUBMISSION_STAGES, "Choose which submission this was."),
  /** The day it was sent to the Technician Commitment team (a UK date, YYYY-MM-DD). */
  submittedOn: z.iso
    .date("Enter the date it was submitted, for example 2024-07-26.")
    .refine((d) => d >= EARLIEST_SUBMISSION, "Enter a date in 2017 or later: the Commitment began in 2017."),
  /** Anything worth knowing about it, such as who submitted it or the feedback received. */
  note: z.string().trim().max(2000, "Use at most 2000 characters.").default(""),
});
export type TRecordPastSubmissionInput = z.input<typeof ZRecordPastSubmissionInput>;

export const ZDeletePastSubmissionInput = z.object({
  expectedVersion: z.coerce.number("The version you read is needed.").int().min(1),
});

export const ZSetScheduleInput = z.object({
  /**
   * The months (1–12) the institution's windows close in, for the older phase timetable; empty to
   * go back to 31 January and 31 July.
   */
  dueMonths: z
    .array(
      z.coerce
        .number("Choose months from 1 (January) to 12 (December).")
        .int("Choose months from 1 (January) to 12 (December).")
        .min(1, "Choose months from 1 (January) to 12 (December).")
        .max(12, "Choose months from 1 (January) to 12 (December)."),
    )
    .max(12),
});
export type TSetScheduleInput = z.input<typeof ZSetScheduleInput>;
