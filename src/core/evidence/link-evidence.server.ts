import { z } from "zod";
import { evidenceLink } from "../../db/schema";
import { actorId } from "../actor";
import type { UseCaseContext } from "../context";
import { conflict, invalid } from "../errors";
import { isUniqueViolation } from "../figures/figure-access.server";
import { recordChange } from "../history/record-change.server";
import { listLinkTargets } from "../plans/list-link-targets.server";
import { listTalentRecommendations } from "../talent/list-talent-recommendations.server";
import { parseInput } from "../validate";
import { evidenceFor } from "./evidence-access.server";
import { LINK_TARGETS } from "./evidence-types";

/**
 * Where to link: an action; a rating or a marker (with its action); or a TALENT recommendation.
 * Pages post one value such as "marker:<actionId>:<markerId>" (see `parseLinkChoice`).
 */
export const ZLinkEvidenceInput = z.object({
  target: z.enum(LINK_TARGETS, "Choose what to link the evidence to."),
  actionId: z.uuid("Choose an action.").nullish(),
  ratingId: z.uuid("Choose a rating.").nullish(),
  markerId: z.string().max(64).nullish(),
  talentId: z.string().max(40).nullish(),
});
export type TLinkEvidenceInput = z.input<typeof ZLinkEvidenceInput>;

const refuse = (message: string) => invalid("Some answers need correcting.", { to: [message] });

/** One choice as a form posts it: "action:<id>", "rating:<actionId>:<ratingId>", "marker:…", "talent:<id>". */
export function parseLinkChoice(value: string): TLinkEvidenceInput {
  const [target = "", first = "", second = ""] = value.split(":");
  switch (target) {
    case "action":
      return { target, actionId: first };
    case "rating":
      return { target, actionId: first, ratingId: second };
    case "marker":
      return { target, actionId: first, markerId: second };
    case "talent":
      return { target, talentId: first };
    default:
      throw refuse("Choose what to link the evidence to.");
  }
}

/**
 * Links an item to something it supports. The target must belong to the same institution (and be
 * visible to the actor); the same link twice is refused rather than shown twice.
 */
export async function linkEvidence(
  ctx: UseCaseContext,
  slug: string,
  evidenceId: string,
  input: TLinkEvidenceInput | Record<string, unknown>,
) {
  const { institution, item } = await evidenceFor(ctx, slug, evidenceId, "evidence.add");
  const choice = parseInput(ZLinkEvidenceInput, input);
  const values = {
    target: choice.target,
    actionId: null,
    ratingId: null,
    markerId: null,
    talentId: null,
  } as {
    target: (typeof LINK_TARGETS)[number];
    actionId: string | null;
    ratingId: string | null;
    markerId: string | null;
    talentId: string | null;
  };
  if (choice.target === "talent") {
    const known = await listTalentRecommendations(ctx);
    if (!known.some((r) => r.id === choice.talentId))
      throw refuse("Choose one of the TALENT recommendations.");
    values.talentId = choice.talentId!;
  } else {
    // Looked up among this institution's actions only: an id from elsewhere is simply not offered.
    const actions = await listLinkTargets(ctx, slug);
    const action = actions.find((a) => a.id === choice.actionId);
    if (!action) throw refuse("Choose one of this institution's actions.");
    values.actionId = action.id;
    if (choice.target === "rating") {
      if (!action.ratings.some((r) => r.id === choice.ratingId))
        throw refuse("Choose one of this action's ratings.");
      values.ratingId = choice.ratingId!;
    }
    if (choice.target === "marker") {
      if (!action.markers.some((m) => m.id === choice.markerId))
        throw refuse("Choose one of this action's markers of success.");
      values.markerId = choice.markerId!;
    }
  }
  try {
    return await ctx.db.transaction(async (tx) => {
      const [row] = await tx
        .insert(evidenceLink)
        .values({ ...values, institutionId: institution.id, evidenceId, createdBy: actorId(ctx.actor) })
        .returning({ id: evidenceLink.id });
      if (!row) throw new Error("The link was not written.");
      await recordChange(tx, ctx.actor, {
        action: "evidence.link",
        entityType: "evidence_item",
        entityId: evidenceId,
        institutionId: institution.id,
        after: { title: item.title, ...values },
      });
      return row;
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw conflict("The evidence is already linked to that.", { to: ["It is already linked to that."] });
    throw error;
  }
}
