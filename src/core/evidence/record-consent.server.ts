import { consentRecord } from "../../db/schema";
import { actorId } from "../actor";
import type { UseCaseContext } from "../context";
import { invalid } from "../errors";
import { recordChange } from "../history/record-change.server";
import { listCitingVersions } from "../submissions/list-citing-versions.server";
import { parseInput } from "../validate";
import { evidenceFor } from "./evidence-access.server";
import { type TConsentInput, ZConsentInput } from "./evidence-fields";

/**
 * Adds an entry to a case study's consent record: consent given, or withdrawn. The record is
 * append-only (what was agreed when is itself evidence); the newest entry decides, and a
 * withdrawal stops the case study going into any export made after it, and names the signed
 * submission versions that contain it (`flagged`), which their pages then mark.
 */
export async function recordConsent(
  ctx: UseCaseContext,
  slug: string,
  evidenceId: string,
  input: TConsentInput | Record<string, unknown>,
) {
  const { institution, item } = await evidenceFor(ctx, slug, evidenceId, "evidence.manage");
  if (item.kind !== "case-study")
    throw invalid("Only case studies have a consent record.", {
      status: ["Only case studies have a consent record."],
    });
  const fields = parseInput(ZConsentInput, input);
  const flagged = fields.status === "withdrawn" ? await listCitingVersions(ctx, slug, evidenceId) : [];
  const row = await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(consentRecord)
      .values({ ...fields, institutionId: institution.id, evidenceId, recordedBy: actorId(ctx.actor) })
      .returning({ id: consentRecord.id });
    if (!row) throw new Error("The consent was not written.");
    await recordChange(tx, ctx.actor, {
      action: `consent.${fields.status}`,
      entityType: "evidence_item",
      entityId: evidenceId,
      institutionId: institution.id,
      after: fields,
    });
    return row;
  });
  return { ...row, flagged };
}
