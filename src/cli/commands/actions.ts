import type { Command } from "commander";
import { getPlan } from "../../core/plans/get-plan.server";
import type { CliIo } from "../io";
import { slugPath } from "../remote";
import { Runtime } from "../runtime";
import { actionsTable, INSTITUTION_HELP } from "./plans";

export function registerActions(program: Command, io: CliIo): void {
  const actions = program.command("actions").description("the actions of a plan");

  actions
    .command("list")
    .description("list a plan's actions in order: number, title, current rating, timescale and id")
    .argument("<institution>", INSTITUTION_HELP)
    .argument("<planId>", "the plan's id (hub plans list shows it)")
    .action(async (slug: string, planId: string, _options, command: Command) => {
      const rt = Runtime.of(command, io);
      const remote = rt.remote();
      const list: unknown[] = remote
        ? await remote.list(slugPath(slug, `plans/${encodeURIComponent(planId)}/actions`))
        : (await rt.local((ctx) => getPlan(ctx, slug, planId))).actions;
      rt.out.result(list, () => actionsTable(list));
    });
}
