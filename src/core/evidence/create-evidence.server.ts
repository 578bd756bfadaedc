import { consentRecord, evidenceItem } from "../../db/schema";
import { actorId } from "../actor";
import type { UseCaseContext } from "../context";
import { recordChange } from "../history/record-change.server";
import { parseInput } from "../validate";
import { evidenceColumns, evidenceInstitution } from "./evidence-access.server";
import {
  evidenceValues,
  type TConsentInput,
  type TEvidenceInput,
  ZConsentInput,
  ZEvidenceInput,
} from "./evidence-fields";
import { checkFile, storeFile, type UploadedFile } from "./store-file.server";

export type CreateEvidenceOptions = {
  /** For kind "file": the uploaded file, checked by content and size before anything is written. */
  file?: UploadedFile | null;
  /** For a case study: the consent the person gave, recorded with it. */
  consent?: TConsentInput | null;
  isDemo?: boolean;
};

/** Adds an item to the institution's evidence library. Nothing is written if any part is refused. */
export async function createEvidence(
  ctx: UseCaseContext,
  slug: string,
  input: TEvidenceInput | Record<string, unknown>,
  options: CreateEvidenceOptions = {},
) {
  const institution = await evidenceInstitution(ctx, slug, "evidence.add");
  const fields = parseInput(ZEvidenceInput, input);
  const checked = fields.kind === "file" ? checkFile(options.file) : null;
  const consent =
    fields.kind === "case-study" && options.consent ? parseInput(ZConsentInput, options.consent) : null;
  const by = actorId(ctx.actor);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(evidenceItem)
      .values({
        ...evidenceValues(fields),
        institutionId: institution.id,
        isDemo: options.isDemo ?? false,
        createdBy: by,
        updatedBy: by,
      })
      .returning(evidenceColumns);
    if (!row) throw new Error("The evidence was not written.");
    if (checked && options.file) await storeFile(tx, row.id, options.file, checked);
    if (consent)
      await tx.insert(consentRecord).values({
        ...consent,
        institutionId: institution.id,
        evidenceId: row.id,
        recordedBy: by,
      });
    await recordChange(tx, ctx.actor, {
      action: "evidence.create",
      entityType: "evidence_item",
      entityId: row.id,
      institutionId: institution.id,
      after: { ...row, file: checked ? { name: options.file?.name, ...checked } : undefined },
    });
    return row;
  });
}
