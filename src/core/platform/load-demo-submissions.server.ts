import { and, eq, isNull } from "drizzle-orm";
import { evidenceItem, organization, plan, planAction, talentRecommendation, user } from "../../db/schema";
import type { Tx } from "../../db/types";
import { DEMO_PLANS } from "../../demo/plans";
import type { DemoSubmission } from "../../demo/submissions/demo-submission-types";
import type { UseCaseContext } from "../context";
import { markdownToDoc } from "../narrative/markdown";
import { loadActor } from "../people/load-actor.server";
import { freezeSubmission } from "../submissions/freeze-submission.server";
import { saveAnswer } from "../submissions/save-answer.server";
import { signSubmission } from "../submissions/sign-submission.server";
import { startSubmission } from "../submissions/start-submission.server";
import { submitSubmission } from "../submissions/submit-submission.server";

type Deps = Omit<UseCaseContext, "actor" | "db">;

/** Noon in London on a day, as the clock the demo's use-cases run at. */
const at = (day: string) => new Date(`${day}T12:00:00Z`);

async function actorByEmail(tx: Tx, email: string) {
  const [row] = await tx.select({ id: user.id }).from(user).where(eq(user.email, email));
  if (!row) throw new Error(`The demo has no account ${email}.`);
  return loadActor(tx, row.id, "session");
}

/** Resolves the demo data's references ({$evidence}, {$action}, {$plan}, {$talent}) to ids. */
function resolver(tx: Tx, institutionId: string) {
  const planTitle = (key: string) => {
    const p = DEMO_PLANS.find((x) => x.key === key);
    if (!p) throw new Error(`No demo plan ${key}.`);
    return p;
  };
  const planId = async (key: string) => {
    const [row] = await tx
      .select({ id: plan.id })
      .from(plan)
      .where(
        and(
          eq(plan.institutionId, institutionId),
          eq(plan.title, planTitle(key).title),
          isNull(plan.deletedAt),
        ),
      );
    if (!row) throw new Error(`The demo plan ${key} was not loaded.`);
    return row.id;
  };
  const actionId = async (key: string) => {
    const owner = DEMO_PLANS.find((p) => p.actions.some((a) => a.key === key));
    const action = owner?.actions.find((a) => a.key === key);
    if (!owner || !action) throw new Error(`No demo action ${key}.`);
    const [row] = await tx
      .select({ id: planAction.id })
      .from(planAction)
      .where(and(eq(planAction.planId, await planId(owner.key)), eq(planAction.title, action.title)));
    if (!row) throw new Error(`The demo action ${key} was not loaded.`);
    return row.id;
  };
  const evidenceId = async (title: string) => {
    const [row] = await tx
      .select({ id: evidenceItem.id })
      .from(evidenceItem)
      .where(and(eq(evidenceItem.institutionId, institutionId), eq(evidenceItem.title, title)));
    if (!row) throw new Error(`No demo evidence "${title}".`);
    return row.id;
  };
  const talentId = async (n: number) => {
    const [row] = await tx
      .select({ id: talentRecommendation.id })
      .from(talentRecommendation)
      .where(eq(talentRecommendation.number, n));
    if (!row) throw new Error(`No TALENT recommendation ${n}.`);
    return row.id;
  };
  const resolve = async (value: unknown): Promise<unknown> => {
    if (Array.isArray(value)) return Promise.all(value.map(resolve));
    if (!value || typeof value !== "object") return value;
    const v = value as Record<string, unknown>;
    if (typeof v.$evidence === "string") return evidenceId(v.$evidence);
    if (typeof v.$action === "string") return actionId(v.$action);
    if (typeof v.$plan === "string") return planId(v.$plan);
    if (typeof v.$talent === "number") return talentId(v.$talent);
    return Object.fromEntries(
      await Promise.all(Object.entries(v).map(async ([k, x]) => [k, await resolve(x)])),
    );
  };
  return { resolve, planId };
}

/**
 * Loads the demo's submissions through the use-cases, as the people who would have done the work:
 * started and written by the lead, frozen, signed by the lead and the signatory, and submitted on
 * the days the seeds give; the drafts are left as unfinished.
 */
export async function loadDemoSubmissions(tx: Tx, deps: Deps, items: DemoSubmission[]): Promise<void> {
  for (const demo of items) {
    const slug = demo.institutionSlug;
    const [inst] = await tx
      .select({ id: organization.id })
      .from(organization)
      .where(eq(organization.slug, slug));
    if (!inst) throw new Error(`No demo institution ${slug}.`);
    const lead = await actorByEmail(tx, `lead@${slug}.demo`);
    const ctx: UseCaseContext = { ...deps, db: tx, actor: lead };
    const { resolve, planId } = resolver(tx, inst.id);
    const now = at(demo.frozenOn ?? demo.submittedOn ?? new Date().toISOString().slice(0, 10));
    const { id } = await startSubmission(
      ctx,
      slug,
      {
        windowCloses: demo.windowCloses,
        templateKey: demo.templateKey,
        previousPlanId: demo.previousPlanKey ? await planId(demo.previousPlanKey) : null,
        newPlanId: demo.newPlanKey ? await planId(demo.newPlanKey) : null,
      },
      { now, isDemo: true },
    );
    for (const [key, answer] of Object.entries(demo.answers)) {
      await saveAnswer(
        ctx,
        slug,
        id,
        key,
        {
          narrative: answer.markdown === undefined ? undefined : markdownToDoc(answer.markdown),
          data: answer.data === undefined ? undefined : await resolve(answer.data),
          complete: answer.complete,
          version: 0,
        },
        { now },
      );
    }
    if (!demo.frozenOn) continue;
    const frozen = await freezeSubmission(ctx, slug, id, { now: at(demo.frozenOn) });
    for (const sig of demo.signatures ?? []) {
      const signer = await actorByEmail(tx, sig.email);
      await signSubmission(
        { ...deps, db: tx, actor: signer },
        slug,
        id,
        {
          block: sig.block,
          typedName: sig.typedName,
          role: sig.role,
          signedOn: sig.signedOn,
          fingerprint: frozen.fingerprint,
        },
        { now: at(sig.signedOn) },
      );
    }
    if (demo.submittedOn)
      await submitSubmission(
        ctx,
        slug,
        id,
        { fingerprint: frozen.fingerprint },
        { now: at(demo.submittedOn), isDemo: true },
      );
  }
}
