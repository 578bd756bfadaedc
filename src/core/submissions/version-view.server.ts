import { and, asc, desc, eq } from "drizzle-orm";
import { submissionSignature, submissionVersion, user } from "../../db/schema";
import type { DbOrTx } from "../../db/types";
import type { SignatureBlock } from "./submission-rules";

export type SignatureView = {
  block: SignatureBlock;
  userId: string;
  typedName: string;
  role: string;
  signedOn: string;
  createdAt: Date;
};

export type VersionSummary = {
  id: string;
  number: number;
  fingerprint: string;
  frozenAt: Date;
  frozenByName: string | null;
  reopenedAt: Date | null;
  signatures: SignatureView[];
};

/** The versions of a submission, newest first, each with its signatures. */
export async function loadVersions(db: DbOrTx, submissionId: string): Promise<VersionSummary[]> {
  const versions = await db
    .select({
      id: submissionVersion.id,
      number: submissionVersion.number,
      fingerprint: submissionVersion.fingerprint,
      frozenAt: submissionVersion.frozenAt,
      frozenByName: user.name,
      reopenedAt: submissionVersion.reopenedAt,
    })
    .from(submissionVersion)
    .leftJoin(user, eq(user.id, submissionVersion.frozenBy))
    .where(eq(submissionVersion.submissionId, submissionId))
    .orderBy(desc(submissionVersion.number));
  const signatures = await db
    .select({
      versionId: submissionSignature.versionId,
      block: submissionSignature.block,
      userId: submissionSignature.userId,
      typedName: submissionSignature.typedName,
      role: submissionSignature.role,
      signedOn: submissionSignature.signedOn,
      createdAt: submissionSignature.createdAt,
    })
    .from(submissionSignature)
    .where(eq(submissionSignature.submissionId, submissionId))
    .orderBy(asc(submissionSignature.createdAt));
  return versions.map((v) => ({
    ...v,
    signatures: signatures.filter((s) => s.versionId === v.id).map(({ versionId: _, ...s }) => s),
  }));
}

/** One version's row with its snapshot, or null. */
export async function loadVersion(db: DbOrTx, submissionId: string, number: number) {
  const [row] = await db
    .select()
    .from(submissionVersion)
    .where(and(eq(submissionVersion.submissionId, submissionId), eq(submissionVersion.number, number)));
  return row ?? null;
}
