import { and, eq } from "drizzle-orm";
import { submissionAnswer, user } from "../../db/schema";
import type { DbOrTx } from "../../db/types";
import type { NarrativeDoc } from "../narrative/doc";

export type AnswerView = {
  id: string;
  sectionKey: string;
  narrative: NarrativeDoc | null;
  data: unknown;
  complete: boolean;
  version: number;
  updatedAt: Date;
  updatedByName: string | null;
};

export const answerColumns = {
  id: submissionAnswer.id,
  sectionKey: submissionAnswer.sectionKey,
  narrative: submissionAnswer.narrative,
  data: submissionAnswer.data,
  complete: submissionAnswer.complete,
  version: submissionAnswer.version,
  updatedAt: submissionAnswer.updatedAt,
  updatedByName: user.name,
};

/** One section's answer with who saved it last, or null before the first save. */
export async function loadAnswer(
  db: DbOrTx,
  submissionId: string,
  sectionKey: string,
): Promise<AnswerView | null> {
  const [row] = await db
    .select(answerColumns)
    .from(submissionAnswer)
    .leftJoin(user, eq(user.id, submissionAnswer.updatedBy))
    .where(and(eq(submissionAnswer.submissionId, submissionId), eq(submissionAnswer.sectionKey, sectionKey)));
  return row ? { ...row, narrative: row.narrative as NarrativeDoc | null } : null;
}

/** Every answer of a submission, keyed by section. */
export async function loadAnswers(db: DbOrTx, submissionId: string): Promise<Map<string, AnswerView>> {
  const rows = await db
    .select(answerColumns)
    .from(submissionAnswer)
    .leftJoin(user, eq(user.id, submissionAnswer.updatedBy))
    .where(eq(submissionAnswer.submissionId, submissionId));
  return new Map(rows.map((r) => [r.sectionKey, { ...r, narrative: r.narrative as NarrativeDoc | null }]));
}
