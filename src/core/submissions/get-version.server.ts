import type { UseCaseContext } from "../context";
import { notFound } from "../errors";
import { getEvidence } from "../evidence/get-evidence.server";
import { can } from "../policy";
import type { SubmissionSnapshot } from "./snapshot-types";
import { submissionFor } from "./submission-access.server";
import { fingerprint } from "./submission-rules";
import { loadVersion, loadVersions, type VersionSummary } from "./version-view.server";

export type VersionView = {
  institution: { slug: string; name: string };
  submissionId: string;
  version: VersionSummary;
  snapshot: SubmissionSnapshot;
  /** Re-checked on every read: false means the stored content was altered after freezing. */
  intact: boolean;
  /** Case studies in the version whose consent was withdrawn after it was frozen. */
  consentWithdrawn: { id: string; title: string }[];
};

/** One frozen version exactly as it was frozen, with its fingerprint re-checked. */
export async function getVersion(
  ctx: UseCaseContext,
  slug: string,
  submissionId: string,
  number: number,
): Promise<VersionView> {
  const found = await submissionFor(ctx, slug, submissionId);
  const row = Number.isInteger(number) ? await loadVersion(ctx.db, submissionId, number) : null;
  const summary = row && (await loadVersions(ctx.db, submissionId)).find((v) => v.number === number);
  if (!row || !summary) throw notFound("The version");
  const snapshot = row.snapshot as SubmissionSnapshot;
  const consentWithdrawn: { id: string; title: string }[] = [];
  // Members can see consent as it is now; the central team sees the version as it was.
  if (can(ctx.actor, "evidence.read", found.institution.id))
    for (const e of snapshot.evidence ?? []) {
      if (e.kind !== "case-study" || e.consent !== "given") continue;
      const now = await getEvidence(ctx, slug, e.id).catch(() => null);
      if (now && now.consent.current === "withdrawn") consentWithdrawn.push({ id: e.id, title: e.title });
    }
  return {
    institution: { slug: found.institution.slug, name: found.institution.name },
    submissionId,
    version: summary,
    snapshot,
    intact: fingerprint(row.snapshot) === row.fingerprint,
    consentWithdrawn,
  };
}
