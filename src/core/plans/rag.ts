import { invalid } from "../errors";
import type { IsoDate, RagColour, RagLevel, RagScale } from "./plan-types";
import { formatLongDate, isIsoDate } from "./timescale";

/**
 * Every level of every scale means one of red, amber or green; the rules below ask the level's
 * colour, never its label, so "No Progress" and "Red/Amber" behave like red.
 */
export function colourOf(scale: RagScale, levelId: string): RagColour {
  return levelOf(scale, levelId).colour;
}

/** A level from another scale is a mistake to report, not to map to some default colour. */
function levelOf(scale: RagScale, levelId: string): RagLevel {
  const level = scale.levels.find((l) => l.id === levelId);
  if (level) return level;
  const known = scale.levels.map((l) => l.id).join(", ");
  throw invalid(`"${levelId}" is not a level of the ${scale.name} scale (its levels are: ${known}).`, {
    level: [`Choose one of: ${known}.`],
  });
}

/** The guidance asks for an explanation of red ratings only: this is the one place that rule lives. */
export function requiresExplanation(scale: RagScale, levelId: string): boolean {
  return colourOf(scale, levelId) === "red";
}

/** "Green but with elements requiring further development": the level's label, then the qualifier as written. */
export function ratingLabel(scale: RagScale, levelId: string, qualifier?: string | null): string {
  const { label } = levelOf(scale, levelId);
  const extra = qualifier?.replace(/\s+/g, " ").trim();
  if (!extra) return label;
  // A qualifier that starts with punctuation ("; partly done") attaches without a space.
  return /^[,;:.)]/.test(extra) ? `${label}${extra}` : `${label} ${extra}`;
}

/** Once one action is rated, changing the plan's scale would silently change what that rating means. */
export function isScaleLocked(ratingCount: number): boolean {
  return ratingCount > 0;
}

/**
 * The rating that stands now: the newest assessment date wins (a late-entered older assessment
 * does not override a newer one); on the same date, the one recorded last. Exact ties keep the
 * later one in the list.
 */
export function currentRating<T extends { assessedOn: IsoDate; recordedAt: Date }>(ratings: T[]): T | null {
  let best: T | null = null;
  for (const rating of ratings) {
    if (
      !best ||
      rating.assessedOn > best.assessedOn ||
      (rating.assessedOn === best.assessedOn && rating.recordedAt.getTime() >= best.recordedAt.getTime())
    ) {
      best = rating;
    }
  }
  return best;
}

/** A rating records what was assessed, so it cannot be dated after today. Returns the problem, or null. */
export function validateAssessedOn(assessedOn: IsoDate, today: IsoDate): string | null {
  if (!isIsoDate(assessedOn)) return "Enter the assessment date as a calendar date (YYYY-MM-DD).";
  if (assessedOn > today) {
    return `The assessment date cannot be in the future: use today (${formatLongDate(today)}) or an earlier day.`;
  }
  return null;
}
