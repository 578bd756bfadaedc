import type { Marker } from "./plan-types";

/**
 * Gives every marker its stable id. Evidence is linked to `(actionId, markerId)`, so an id must
 * keep naming the same marker however its text, its place in the list or the other markers change.
 *
 * Ids are the server's: a marker keeps an id only when it is one of `existing` (this action's own
 * markers as saved), and only once per list. Any other id a client sends (from another action, made
 * up, or repeated) is replaced with a new one, so no one can attach a marker, and the evidence that
 * points at it, to an action it was never part of. A new action has no existing ids: all are new.
 */
export function withMarkerIds<M extends Marker>(
  markers: readonly M[],
  existing: Iterable<string | null | undefined> = [],
  newId: () => string = () => crypto.randomUUID(),
): (M & { id: string })[] {
  const available = new Set([...existing].filter((id): id is string => Boolean(id)));
  return markers.map((m) => {
    const keep = m.id && available.delete(m.id);
    return { ...m, id: keep ? (m.id as string) : newId() };
  });
}

/**
 * The markers as an action stores them: each with its id, and without a typed figure where an
 * indicator supplies the latest one (the typed figure would be ignored, so it is not kept to mislead).
 */
export function markersToSave<M extends Marker>(
  markers: readonly M[],
  existing: Iterable<string | null | undefined> = [],
  newId?: () => string,
): (M & { id: string })[] {
  return withMarkerIds(markers, existing, newId).map((m) => (m.indicatorId ? { ...m, observed: null } : m));
}
