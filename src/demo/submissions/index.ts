import { BIRMINGHAM_2024 } from "./birmingham-2024";
import type { DemoSubmission } from "./demo-submission-types";
import { BIRMINGHAM_2028_DRAFT, LSTM_2027_DRAFT } from "./drafts";
import { LSTM_2024 } from "./lstm-2024";

export type { DemoAnswer, DemoRef, DemoSignature, DemoSubmission } from "./demo-submission-types";

/**
 * The demo's submissions: the 2024 ones first (signed and submitted, their windows long closed), then
 * each institution's unfinished draft for its next window, so a loader that goes in order finds the
 * earlier submission in place before the next one starts.
 */
export const DEMO_SUBMISSIONS: DemoSubmission[] = [
  LSTM_2024,
  BIRMINGHAM_2024,
  LSTM_2027_DRAFT,
  BIRMINGHAM_2028_DRAFT,
];
