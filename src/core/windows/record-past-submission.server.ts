import { submissionHistory } from "../../db/schema";
import { actorId } from "../actor";
import type { UseCaseContext } from "../context";
import { invalid } from "../errors";
import { createEvidence } from "../evidence/create-evidence.server";
import type { UploadedFile } from "../evidence/store-file.server";
import { recordChange } from "../history/record-change.server";
import { institutionFor } from "../people/institution-for.server";
import { todayInLondon } from "../plans/today";
import { parseInput } from "../validate";
import { type PastSubmissionRow, pastSubmissionColumns } from "./past-submission-view.server";
import { windowLabel } from "./windows";
import { type TRecordPastSubmissionInput, ZRecordPastSubmissionInput } from "./windows-fields";

const STAGE_NAMES = {
  initial: "Initial submission",
  "stage-2": "Stage 2 submission",
  "stage-3": "Stage 3 submission",
  renewal: "Renewal submission",
} as const;

export type RecordPastSubmissionOptions = {
  /** The submission as sent, kept in the evidence library as an item of kind "file". */
  file?: UploadedFile | null;
  /** Today, for refusing dates still to come; the clock by default. */
  now?: Date;
  isDemo?: boolean;
};

/**
 * Records a submission made outside the product (before the institution used it), so the next
 * window is worked out from it. Its file, if any, goes into the evidence library in the same
 * transaction: a refused file writes nothing.
 */
export async function recordPastSubmission(
  ctx: UseCaseContext,
  slug: string,
  input: TRecordPastSubmissionInput | Record<string, unknown>,
  options: RecordPastSubmissionOptions = {},
): Promise<PastSubmissionRow> {
  const institution = await institutionFor(ctx, slug, "submission-history.manage");
  const fields = parseInput(ZRecordPastSubmissionInput, input);
  if (fields.submittedOn > todayInLondon(options.now))
    throw invalid("Some answers need correcting.", {
      submittedOn: ["Enter a date that has passed: record a submission once it has been made."],
    });
  const by = actorId(ctx.actor);
  return ctx.db.transaction(async (tx) => {
    const evidence = options.file
      ? await createEvidence(
          { ...ctx, db: tx },
          slug,
          {
            kind: "file",
            title: `${STAGE_NAMES[fields.stage]}, ${windowLabel(fields.submittedOn)}`,
            occurredOn: fields.submittedOn,
            description: fields.note,
          },
          { file: options.file, isDemo: options.isDemo },
        )
      : null;
    const [row] = await tx
      .insert(submissionHistory)
      .values({
        ...fields,
        institutionId: institution.id,
        evidenceId: evidence?.id ?? null,
        createdBy: by,
        updatedBy: by,
      })
      .returning(pastSubmissionColumns);
    if (!row) throw new Error("The past submission was not written.");
    await recordChange(tx, ctx.actor, {
      action: "submission-history.record",
      entityType: "submission_history",
      entityId: row.id,
      institutionId: institution.id,
      after: row,
    });
    return row;
  });
}
