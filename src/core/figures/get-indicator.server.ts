import type { UseCaseContext } from "../context";
import { indicatorFor } from "./figure-access.server";
import { type IndicatorFigures, loadObservations, summariseIndicator } from "./indicator-view.server";

/** One indicator with its figures in period order and what is derived from them. */
export async function getIndicator(
  ctx: UseCaseContext,
  slug: string,
  indicatorId: string,
): Promise<IndicatorFigures> {
  const { indicator } = await indicatorFor(ctx, slug, indicatorId);
  const figures = await loadObservations(ctx.db, [indicator.id]);
  return summariseIndicator(ctx.actor, indicator, figures.get(indicator.id) ?? []);
}
