import type { DbOrTx } from "../../db/types";
import { conflict } from "../errors";
import type { SubmissionRow } from "./submission-access.server";
import { fingerprint } from "./submission-rules";
import { loadVersion, loadVersions } from "./version-view.server";

/**
 * The frozen version that sign-off and submit act on: the newest, not reopened, and still matching
 * its fingerprint (a snapshot altered in the database is refused, never signed).
 */
export async function currentVersionFor(db: DbOrTx, row: Pick<SubmissionRow, "id" | "latestVersion">) {
  const [latest] = await loadVersions(db, row.id);
  if (!latest || latest.number !== row.latestVersion || latest.reopenedAt)
    throw conflict("There is no frozen version to sign: freeze the submission first.");
  const full = await loadVersion(db, row.id, latest.number);
  if (!full || fingerprint(full.snapshot) !== full.fingerprint)
    throw conflict(
      "This version's content no longer matches its fingerprint. Freeze it again before signing.",
    );
  const frozenOn =
    (full.snapshot as { frozenOn?: string }).frozenOn ?? full.frozenAt.toISOString().slice(0, 10);
  return { ...latest, frozenOn };
}
