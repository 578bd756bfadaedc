import type { UseCaseContext } from "../context";
import { getInstitution } from "../institutions/get-institution.server";
import { can } from "../policy";
import { institutionFigureFacts } from "./readiness-input.server";

/** A figure an author can bind into a narrative: its ref, a label and how it reads today. */
export type FigureChoice = { ref: string; label: string; text: string; detail: string };

/**
 * The institution's figures and what is derived from them, as bindable choices. A bound figure is
 * rendered from these on every read, so it stays true to the data. Empty for people who may not
 * read the figures (the narrative then says the figure is not available to them).
 */
export async function listFigureChoices(ctx: UseCaseContext, slug: string): Promise<FigureChoice[]> {
  const institution = await getInstitution(ctx, slug);
  if (!can(ctx.actor, "figure.read", institution.id)) return [];
  const facts = await institutionFigureFacts(ctx, slug);
  return facts.map((f) => ({ ref: f.ref, label: f.label, text: f.display, detail: f.detail }));
}
