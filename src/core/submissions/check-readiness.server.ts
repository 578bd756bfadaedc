import type { UseCaseContext } from "../context";
import { notFound } from "../errors";
import { authorize } from "../policy";
import { listSubmissions } from "./list-submissions.server";
import { checkReadiness, type Finding, isBlocked } from "./readiness";
import { loadReadinessInput } from "./readiness-input.server";
import { submissionFor } from "./submission-access.server";

export type ReadinessReport = {
  submission: { id: string; slug: string; institution: string; windowCloses: string; state: string };
  findings: Finding[];
  blocking: number;
  warnings: number;
  /** True when anything blocking remains: the submission cannot be submitted yet. */
  blocked: boolean;
};

/** The readiness check of one submission: what blocks it and what a reviewer would query. */
export async function checkSubmissionReadiness(
  ctx: UseCaseContext,
  slug: string,
  submissionId: string,
  now: Date = new Date(),
): Promise<ReadinessReport> {
  const found = await submissionFor(ctx, slug, submissionId);
  // A member's tool: it reads the institution's own figures and evidence, which the central team does not.
  authorize(ctx.actor, "submission.read", found.institution.id);
  const findings = checkReadiness(await loadReadinessInput(ctx, found, now));
  const blocking = findings.filter((f) => f.severity === "blocking").length;
  return {
    submission: {
      id: found.submission.id,
      slug: found.institution.slug,
      institution: found.institution.name,
      windowCloses: found.submission.windowCloses,
      state: found.submission.state,
    },
    findings,
    blocking,
    warnings: findings.length - blocking,
    blocked: isBlocked(findings),
  };
}

/** The institution's open submission (the newest not yet submitted), for `hub check <institution>`. */
export async function checkOpenSubmission(
  ctx: UseCaseContext,
  slug: string,
  now: Date = new Date(),
): Promise<ReadinessReport> {
  const { items } = await listSubmissions(ctx, slug);
  const open = items.find((s) => s.state !== "submitted");
  if (!open) throw notFound("An open submission");
  return checkSubmissionReadiness(ctx, slug, open.id, now);
}
