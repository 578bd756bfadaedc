import { asc, eq } from "drizzle-orm";
import { consentRecord, evidenceFile, user } from "../../db/schema";
import type { UseCaseContext } from "../context";
import { can } from "../policy";
import { type CitingVersion, listCitingVersions } from "../submissions/list-citing-versions.server";
import { currentConsent, isShareable } from "./consent";
import { type EvidenceRow, evidenceFor } from "./evidence-access.server";
import type { ConsentStatus } from "./evidence-types";
import { describeLink, type LinkView, linkLookups, loadLinks } from "./link-views.server";

export type EvidenceFileInfo = { fileName: string; mediaType: string; sizeBytes: number; sha256: string };

export type EvidenceDetail = {
  institution: { id: string; slug: string; name: string };
  item: EvidenceRow;
  file: EvidenceFileInfo | null;
  consent: {
    entries: {
      id: string;
      status: ConsentStatus;
      on: string;
      scope: string;
      note: string;
      recordedAt: Date;
      recordedByName: string | null;
    }[];
    current: ConsentStatus | "none";
  };
  /** May it go into exports and onto public pages (a case study needs consent given)? */
  shareable: boolean;
  links: LinkView[];
  /** Signed submission versions that cite it: it cannot be deleted, and a withdrawal flags them. */
  citedBy: CitingVersion[];
  allowed: { add: boolean; manage: boolean };
};

/** One item with its file's details, its consent record and everything that links to it. */
export async function getEvidence(
  ctx: UseCaseContext,
  slug: string,
  evidenceId: string,
): Promise<EvidenceDetail> {
  const { institution, item } = await evidenceFor(ctx, slug, evidenceId);
  const [file] = await ctx.db
    .select({
      fileName: evidenceFile.fileName,
      mediaType: evidenceFile.mediaType,
      sizeBytes: evidenceFile.sizeBytes,
      sha256: evidenceFile.sha256,
    })
    .from(evidenceFile)
    .where(eq(evidenceFile.evidenceId, evidenceId));
  const entries = await ctx.db
    .select({
      id: consentRecord.id,
      status: consentRecord.status,
      on: consentRecord.on,
      scope: consentRecord.scope,
      note: consentRecord.note,
      recordedAt: consentRecord.recordedAt,
      recordedByName: user.name,
    })
    .from(consentRecord)
    .leftJoin(user, eq(user.id, consentRecord.recordedBy))
    .where(eq(consentRecord.evidenceId, evidenceId))
    .orderBy(asc(consentRecord.on), asc(consentRecord.recordedAt));
  const current = currentConsent(entries);
  const rows = await loadLinks(ctx, [evidenceId]);
  // Naming links needs every action of the institution: only read them when there is a link.
  const lookups = rows.length ? await linkLookups(ctx, slug) : null;
  return {
    institution: { id: institution.id, slug: institution.slug, name: institution.name },
    item,
    file: file ?? null,
    consent: { entries, current },
    shareable: isShareable(item.kind, current),
    links: lookups ? rows.map((r) => describeLink(r, lookups)) : [],
    citedBy: await listCitingVersions(ctx, slug, evidenceId),
    allowed: {
      add: can(ctx.actor, "evidence.add", institution.id),
      manage: can(ctx.actor, "evidence.manage", institution.id),
    },
  };
}
