import type { ConsentEntry, ConsentStatus, EvidenceKind } from "./evidence-types";

/**
 * Consent rules for case studies (pure). The newest entry (by date, then by when it was recorded)
 * decides; a case study with no entry has no consent. Other kinds need none.
 */
export function currentConsent(
  entries: readonly Pick<ConsentEntry, "status" | "on" | "recordedAt">[],
): ConsentStatus | "none" {
  if (!entries.length) return "none";
  const latest = [...entries].sort(
    (a, b) => a.on.localeCompare(b.on) || a.recordedAt.getTime() - b.recordedAt.getTime(),
  )[entries.length - 1]!;
  return latest.status;
}

/** May the item go into an export or onto a public page? A case study only with consent given. */
export function isShareable(kind: EvidenceKind, consent: ConsentStatus | "none"): boolean {
  return kind !== "case-study" || consent === "given";
}
