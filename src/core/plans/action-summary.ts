import type { RatingView } from "./load-ratings.server";
import { displayNumbers } from "./numbering";
import type { ActionRow } from "./plan-access.server";
import type { Pillar, RagScale } from "./plan-types";
import { colourOf, currentRating, ratingLabel } from "./rag";
import { parseTimescale } from "./timescale";

export type ActionSummary = ActionRow & {
  /** Derived, never stored: "RECOGNITION 3". */
  displayNumber: string;
  shortNumber: string;
  currentRating: (RatingView & { colour: "red" | "amber" | "green"; label: string }) | null;
  timescale: ReturnType<typeof parseTimescale>;
};

/** Joins actions to their numbers, parsed timescales and current ratings, in plan order. */
export function summariseActions(
  actions: ActionRow[],
  ratings: RatingView[],
  scale: RagScale,
  period: { startsOn: string; endsOn: string },
): ActionSummary[] {
  const numbers = displayNumbers(
    actions.map((a) => ({ id: a.id, primaryPillar: a.primaryPillar as Pillar, position: a.position })),
  );
  return [...actions]
    .sort((a, b) => a.position - b.position)
    .map((a) => {
      const current = currentRating(ratings.filter((r) => r.actionId === a.id));
      const n = numbers.get(a.id);
      return {
        ...a,
        displayNumber: n?.label ?? "",
        shortNumber: n?.shortLabel ?? "",
        currentRating: current
          ? {
              ...current,
              colour: colourOf(scale, current.level),
              label: ratingLabel(scale, current.level, current.qualifier),
            }
          : null,
        timescale: parseTimescale(a.timescaleText, period),
      };
    });
}
