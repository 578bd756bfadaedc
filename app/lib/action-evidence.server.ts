import type { UseCaseContext } from "../../src/core/context";
import { listActionEvidence } from "../../src/core/evidence/list-action-evidence.server";
import { listEvidence } from "../../src/core/evidence/list-evidence.server";
import { getInstitution } from "../../src/core/institutions/get-institution.server";
import { can } from "../../src/core/policy";

/** The library items offered by an action page's "Link evidence" form: the newest page of them. */
const CHOICES = 100;

/**
 * The action page's "Evidence" section: what is linked into the action, and (for those who may
 * add links) the library's items to choose from. Null for anyone outside the institution, so a
 * published action's public page shows no private evidence.
 */
export async function actionEvidence(ctx: UseCaseContext, slug: string, actionId: string) {
  const institution = await getInstitution(ctx, slug);
  if (!can(ctx.actor, "evidence.read", institution.id)) return null;
  const canAdd = can(ctx.actor, "evidence.add", institution.id);
  const [links, library] = await Promise.all([
    listActionEvidence(ctx, slug, actionId),
    canAdd ? listEvidence(ctx, slug, { limit: CHOICES }) : null,
  ]);
  return {
    links,
    choices: library?.items.map((item) => ({ id: item.id, title: item.title, kind: item.kind })) ?? null,
  };
}

export type ActionEvidenceView = Awaited<ReturnType<typeof actionEvidence>>;
