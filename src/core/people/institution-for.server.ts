import type { UseCaseContext } from "../context";
import { getInstitution, type InstitutionWithRole } from "../institutions/get-institution.server";
import { type Action, authorize } from "../policy";

/** Resolves the institution named in the URL and checks the actor may do `action` there. */
export async function institutionFor(
  ctx: UseCaseContext,
  slug: string,
  action: Action,
): Promise<InstitutionWithRole> {
  const institution = await getInstitution(ctx, slug);
  authorize(ctx.actor, action, institution.id);
  return institution;
}
