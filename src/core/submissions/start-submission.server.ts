import { and, desc, eq, isNull } from "drizzle-orm";
import { submission, template, templateVersion } from "../../db/schema";
import { actorId } from "../actor";
import type { UseCaseContext } from "../context";
import { conflict, invalid } from "../errors";
import { recordChange } from "../history/record-change.server";
import { getInstitution } from "../institutions/get-institution.server";
import { listPlans } from "../plans/list-plans.server";
import { authorize } from "../policy";
import type { TemplateKey } from "../templates/template-types";
import { parseInput } from "../validate";
import { getDeadline } from "../windows/get-deadline.server";
import { windowClosingOnOrAfter, windowLabel } from "../windows/windows";
import { type TStartSubmissionInput, ZStartSubmissionInput } from "./submission-fields";
import { templateKeyFor } from "./submission-rules";

const STAGE_OF: Record<TemplateKey, "initial" | "renewal" | "stage-3"> = {
  initial: "initial",
  renewal: "renewal",
  "stage-3": "stage-3",
};

export type StartOptions = { now?: Date; isDemo?: boolean };

/**
 * Starts the institution's submission for a window on the newest published version of its
 * template, which it keeps from then on. Defaults: the next due window; the initial template before
 * any submission and renewal after; the plan in force as the previous plan (its ratings make the RAG
 * analysis) and the draft that follows it as the new plan. One submission per institution per window.
 */
export async function startSubmission(
  ctx: UseCaseContext,
  slug: string,
  input: TStartSubmissionInput | Record<string, unknown> = {},
  options: StartOptions = {},
): Promise<{ id: string }> {
  const institution = await getInstitution(ctx, slug);
  authorize(ctx.actor, "submission.start", institution.id);
  const fields = parseInput(ZStartSubmissionInput, input);
  const deadline = await getDeadline(ctx, slug, options.now);
  const windowCloses = fields.windowCloses ?? deadline.next?.closesOn;
  if (!windowCloses)
    throw invalid("Some answers need correcting.", {
      windowCloses: [
        "Choose the window: the institution has no signing date or past submission to work it out from.",
      ],
    });
  if (windowClosingOnOrAfter(windowCloses, deadline.dueMonths) !== windowCloses)
    throw invalid("Some answers need correcting.", {
      windowCloses: ["Choose the last day of a submission window, such as 31 July 2027."],
    });
  const key = fields.templateKey ?? templateKeyFor(deadline.lastSubmission);
  const [version] = await ctx.db
    .select({ id: templateVersion.id })
    .from(templateVersion)
    .innerJoin(template, eq(template.id, templateVersion.templateId))
    .where(and(eq(template.key, key), eq(templateVersion.status, "published")))
    .orderBy(desc(templateVersion.number))
    .limit(1);
  if (!version)
    throw invalid("Some answers need correcting.", {
      templateKey: ["That template has no published version yet: ask the Technician Commitment team."],
    });

  const plans = await listPlans(ctx, slug);
  const planIds = new Set(plans.map((p) => p.id));
  for (const name of ["previousPlanId", "newPlanId"] as const) {
    const id = fields[name];
    if (id && !planIds.has(id))
      throw invalid("Some answers need correcting.", { [name]: ["Choose a plan from the list."] });
  }
  const previous = fields.previousPlanId ?? plans.find((p) => p.isCurrent)?.id ?? null;
  const next =
    fields.newPlanId ??
    plans.find((p) => p.status !== "published" && previous && p.previousPlanId === previous)?.id ??
    null;

  const by = actorId(ctx.actor);
  return ctx.db.transaction(async (tx) => {
    const [open] = await tx
      .select({ id: submission.id })
      .from(submission)
      .where(
        and(
          eq(submission.institutionId, institution.id),
          eq(submission.windowCloses, windowCloses),
          isNull(submission.deletedAt),
        ),
      );
    if (open)
      throw conflict(`There is already a submission for the ${windowLabel(windowCloses)} window.`, {
        windowCloses: ["Open the existing submission instead: there is one per window."],
      });
    const [row] = await tx
      .insert(submission)
      .values({
        institutionId: institution.id,
        templateVersionId: version.id,
        windowCloses,
        stage: STAGE_OF[key],
        previousPlanId: previous,
        newPlanId: next,
        isDemo: options.isDemo ?? false,
        createdBy: by,
        updatedBy: by,
      })
      .returning({ id: submission.id });
    if (!row) throw new Error("The submission was not written.");
    await recordChange(tx, ctx.actor, {
      action: "submission.start",
      entityType: "submission",
      entityId: row.id,
      institutionId: institution.id,
      after: { windowCloses, templateKey: key, previousPlanId: previous, newPlanId: next },
    });
    return row;
  });
}
