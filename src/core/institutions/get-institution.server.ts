import { and, eq, isNull } from "drizzle-orm";
import { organization } from "../../db/schema";
import type { InstitutionRole } from "../actor";
import type { UseCaseContext } from "../context";
import { notFound } from "../errors";
import { authorize } from "../policy";
import { type InstitutionView, institutionColumns } from "./institution-view.server";

export type InstitutionWithRole = InstitutionView & {
  /** The actor's own role here, or null: decides what the page offers, never what it allows. */
  myRole: InstitutionRole | null;
};

/** Finds an institution by the slug in the URL. Its details are public; membership is reported. */
export async function getInstitution(ctx: UseCaseContext, slug: string): Promise<InstitutionWithRole> {
  const [row] = await ctx.db
    .select(institutionColumns)
    .from(organization)
    .where(and(eq(organization.slug, slug.toLowerCase()), isNull(organization.deletedAt)));
  if (!row) throw notFound("The institution");
  authorize(ctx.actor, "institution.read-public", row.id);
  const myRole = ctx.actor.kind === "user" ? (ctx.actor.memberships[row.id] ?? null) : null;
  return { ...row, myRole };
}
