import { getCharter } from "../../src/core/charters/get-charter.server";
import type { UseCaseContext } from "../../src/core/context";
import { listIndicatorChoices } from "../../src/core/figures/list-indicator-choices.server";
import { listMembers } from "../../src/core/people/list-members.server";
import type { ActionChoices } from "../components/action-form";

/** What the action form offers: the charter's pillars, the institution's members and indicators. */
export async function actionFormChoices(ctx: UseCaseContext, slug: string): Promise<ActionChoices> {
  const [charter, members, indicators] = await Promise.all([
    getCharter(ctx),
    listMembers(ctx, slug),
    listIndicatorChoices(ctx, slug),
  ]);
  return {
    pillars: charter.pillars,
    members: members.map((m) => ({ id: m.id, name: m.name })),
    indicators,
  };
}
