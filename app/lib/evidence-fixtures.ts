import type { FixtureHelpers, Subject } from "./route-access";

type FreshEvidence = Awaited<ReturnType<FixtureHelpers["newEvidence"]>>;
type FreshLink = Awaited<ReturnType<FixtureHelpers["newEvidenceLink"]>>;

const items = new WeakMap<FixtureHelpers, Map<string, Promise<FreshEvidence>>>();
const links = new WeakMap<FixtureHelpers, Promise<FreshLink>>();

/**
 * For the evidence pages' `access` fixtures: one fresh item per request of the isolation test (it
 * hands `params` and `body` the same helpers), so a form's version or action matches the item in
 * its URL.
 */
export function evidenceOf(
  h: FixtureHelpers,
  kind: "file" | "image" | "case-study" = "file",
): Promise<FreshEvidence> {
  let made = items.get(h);
  if (!made) {
    made = new Map();
    items.set(h, made);
  }
  let item = made.get(kind);
  if (!item) {
    item = h.newEvidence(kind);
    made.set(kind, item);
  }
  return item;
}

/** One fresh link per request, for the unlink form. */
export function evidenceLinkOf(h: FixtureHelpers): Promise<FreshLink> {
  let link = links.get(h);
  if (!link) {
    link = h.newEvidenceLink();
    links.set(h, link);
  }
  return link;
}

/** Who may add evidence and links (evidence.add), and who may change it (evidence.manage). */
export const EVIDENCE_ADDERS: readonly Subject[] = ["lead:own", "editor:own", "contributor:own"];
export const EVIDENCE_MANAGERS: readonly Subject[] = ["lead:own", "editor:own"];

/** An item page's parameters, for a fresh item of the kind. */
export const itemParams =
  (kind: "file" | "image" | "case-study" = "file") =>
  async (h: FixtureHelpers) => ({ slug: h.slug, evidenceId: (await evidenceOf(h, kind)).evidenceId });
