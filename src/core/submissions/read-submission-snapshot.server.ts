import type { UseCaseContext } from "../context";
import { todayInLondon } from "../plans/today";
import { buildSnapshot } from "./build-snapshot.server";
import type { SubmissionSnapshot } from "./snapshot-types";
import { submissionFor } from "./submission-access.server";

/**
 * The submission as it reads now, in the shape a frozen version keeps, without freezing it: what a
 * draft's export prints. Readable by whoever can read the submission (members; the central team
 * once it is submitted).
 */
export async function readSubmissionSnapshot(
  ctx: UseCaseContext,
  slug: string,
  submissionId: string,
  now: Date = new Date(),
): Promise<SubmissionSnapshot> {
  const found = await submissionFor(ctx, slug, submissionId);
  return buildSnapshot(ctx, found, todayInLondon(now));
}
