import type { UseCaseContext } from "../../src/core/context";
import { getPlan } from "../../src/core/plans/get-plan.server";
import { todayInLondon } from "../../src/core/plans/today";
import { freezeSubmission } from "../../src/core/submissions/freeze-submission.server";
import { getSubmission } from "../../src/core/submissions/get-submission.server";
import { getVersion } from "../../src/core/submissions/get-version.server";
import { listSubmissions } from "../../src/core/submissions/list-submissions.server";
import { saveAnswer } from "../../src/core/submissions/save-answer.server";
import { signSubmission } from "../../src/core/submissions/sign-submission.server";
import { startSubmission } from "../../src/core/submissions/start-submission.server";
import type { TestServices } from "./test-services";

/*
 * Submissions for tests that need one further along than a fresh draft, made through the use-cases
 * by the demo institution's own lead and signatory (lead@<slug>.demo, signatory@<slug>.demo).
 */

const leadOf = async (s: TestServices, slug: string) => s.ctx(await s.actorFor(`lead@${slug}.demo`));

/**
 * A fresh submission for `windowCloses` whose readiness check finds nothing blocking: the answers of
 * the institution's submitted demo submission (which passed the check when it was submitted), on the
 * same template and plans. Left as a draft unless `until` says how far to take it.
 */
export async function copySubmittedSubmission(
  s: TestServices,
  slug: string,
  windowCloses: string,
  until: "draft" | "signed" = "draft",
): Promise<{ submissionId: string; fingerprint: string | null }> {
  const lead = await leadOf(s, slug);
  const submitted = (await listSubmissions(lead, slug)).items.find((i) => i.state === "submitted");
  if (!submitted) throw new Error(`The demo has no submitted submission for ${slug}.`);
  const { snapshot } = await getVersion(lead, slug, submitted.id, submitted.latestVersion);
  const { id } = await startSubmission(lead, slug, {
    windowCloses,
    templateKey: snapshot.template.key,
    previousPlanId: snapshot.previousPlan?.id ?? null,
    newPlanId: snapshot.newPlan?.id ?? null,
  });
  for (const answer of snapshot.answers)
    await saveAnswer(lead, slug, id, answer.sectionKey, {
      narrative: answer.narrative ?? undefined,
      data: answer.data ?? undefined,
      complete: answer.complete,
      version: 0,
    });
  if (until === "draft") return { submissionId: id, fingerprint: null };
  const { fingerprint } = await freezeSubmission(lead, slug, id);
  const signatory = s.ctx(await s.actorFor(`signatory@${slug}.demo`));
  const signedOn = todayInLondon();
  await signSubmission(lead, slug, id, {
    block: "lead",
    typedName: "Test Lead",
    role: "Lead",
    signedOn,
    fingerprint,
  });
  await signSubmission(signatory, slug, id, {
    block: "signatory",
    typedName: "Test Leader",
    role: "Vice-Chancellor",
    signedOn,
    fingerprint,
  });
  return { submissionId: id, fingerprint };
}

/**
 * An action of the submission's previous plan (what its RAG analysis rates) and a level of that
 * plan's scale that means green, so a rating needs no explanation.
 */
export async function analysisAction(
  ctx: UseCaseContext,
  slug: string,
  submissionId: string,
): Promise<{ actionId: string; level: string }> {
  const { submission } = await getSubmission(ctx, slug, submissionId);
  if (!submission.previousPlanId) throw new Error("The submission has no previous plan.");
  const { plan, actions } = await getPlan(ctx, slug, submission.previousPlanId);
  const action = actions.find((a) => !a.retiredAt);
  const green = plan.ragScale.levels.find((l) => l.colour === "green");
  if (!action || !green) throw new Error("The previous plan has no action to rate, or no green level.");
  return { actionId: action.id, level: green.id };
}
