import { BIRMINGHAM_2021 } from "./birmingham-2021";
import { BIRMINGHAM_2024 } from "./birmingham-2024";
import type { DemoPlan } from "./demo-plan-types";
import { BIRMINGHAM_2027_DRAFT, LSTM_2027_DRAFT } from "./drafts";
import { LSTM_2019 } from "./lstm-2019";
import { LSTM_2024 } from "./lstm-2024";

export type { DemoAction, DemoPlan, DemoRating } from "./demo-plan-types";

/**
 * The demo action plans, modelled on the two seeds (docs/seed-coverage.md §6) in our own words, with
 * fictional people. Listed in dependency order: a plan comes after the plan it follows (`previousKey`),
 * so carried-forward links (`carriedFromKey`) always point back to a plan already loaded. Retirements
 * (`supersededByKey`) point forward to the next plan, so a loader applies them once all plans exist.
 * Every plan states its own aim for each pillar (`pillarAims`), written for the demo.
 */
export const DEMO_PLANS: DemoPlan[] = [
  LSTM_2019,
  LSTM_2024,
  LSTM_2027_DRAFT,
  BIRMINGHAM_2021,
  BIRMINGHAM_2024,
  BIRMINGHAM_2027_DRAFT,
];
