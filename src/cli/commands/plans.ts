import type { Command } from "commander";
import { z } from "zod";
import { getPlan } from "../../core/plans/get-plan.server";
import { listPlans } from "../../core/plans/list-plans.server";
import type { CliIo } from "../io";
import { table } from "../output";
import { expectShape, type Item, slugPath } from "../remote";
import { Runtime } from "../runtime";

export const INSTITUTION_HELP = "the institution, as in its address (/i/<institution>)";
const TITLE_WIDTH = 60;

/** What the tables print of an action; the API's and the use-case's actions both have it. */
const ZShownAction = z.object({
  id: z.string(),
  displayNumber: z.string(),
  title: z.string(),
  timescaleText: z.string(),
  retiredAt: z.unknown(),
  currentRating: z.object({ label: z.string() }).nullable(),
});

const ZShownPlan = z.object({
  institution: z.object({ slug: z.string() }),
  plan: z.object({
    id: z.string(),
    title: z.string(),
    status: z.string(),
    startsOn: z.string(),
    endsOn: z.string(),
    version: z.number(),
    ragScale: z.object({ name: z.string() }),
  }),
  isCurrent: z.boolean(),
  actions: z.array(ZShownAction),
  counts: z.object({
    total: z.number(),
    totals: z.array(z.object({ label: z.string(), count: z.number(), percent: z.number() })),
  }),
});

/** A title cut to fit a table column. */
export const shorten = (text: string) =>
  text.length > TITLE_WIDTH ? `${text.slice(0, TITLE_WIDTH - 1).trimEnd()}…` : text;

/** The actions of a plan as a table: number, title, rating in the plan's own words, timescale, id. */
export function actionsTable(actions: unknown[]): string {
  const rows = actions.map((a) => expectShape(ZShownAction, a));
  return table(
    ["NUMBER", "TITLE", "RATING", "TIMESCALE", "ID"],
    rows.map((a) => [
      a.displayNumber,
      shorten(a.title),
      a.retiredAt ? "Retired" : (a.currentRating?.label ?? "Not yet rated"),
      a.timescaleText,
      a.id,
    ]),
    "No actions in this plan yet.",
  );
}

function describePlan(overview: unknown): string {
  const { institution, plan, isCurrent, actions, counts } = expectShape(ZShownPlan, overview);
  const status = isCurrent ? `${plan.status}, current` : plan.status;
  const summary = counts.totals
    .filter((t) => t.count > 0)
    .map((t) => `${t.label} ${t.count} (${t.percent} %)`)
    .join(" · ");
  return [
    plan.title,
    `${institution.slug} · ${status} · ${plan.startsOn} to ${plan.endsOn} · RAG scale: ${plan.ragScale.name}`,
    `id ${plan.id} · version ${plan.version}`,
    "",
    actionsTable(actions),
    ...(counts.total ? ["", `Current ratings (retired actions left out): ${summary}`] : []),
  ].join("\n");
}

export function registerPlans(program: Command, io: CliIo): void {
  const plans = program.command("plans").description("an institution's action plans");

  plans
    .command("list")
    .description("list an institution's plans, newest first (drafts only for its members and the operator)")
    .argument("<institution>", INSTITUTION_HELP)
    .action(async (slug: string, _options, command: Command) => {
      const rt = Runtime.of(command, io);
      const remote = rt.remote();
      const list: Item[] = remote
        ? await remote.list(slugPath(slug, "plans"))
        : await rt.local((ctx) => listPlans(ctx, slug));
      rt.out.result(list, () =>
        table(
          ["ID", "TITLE", "PERIOD", "STATUS", "CURRENT"],
          list.map((p) => [
            p.id,
            shorten(String(p.title)),
            `${p.startsOn} to ${p.endsOn}`,
            p.status,
            p.isCurrent ? "current" : "",
          ]),
          `No plans in ${slug} that you can see.`,
        ),
      );
    });

  plans
    .command("show")
    .description("show a plan and its actions, with their numbers, current ratings and timescales")
    .argument("<institution>", INSTITUTION_HELP)
    .argument("<planId>", "the plan's id (hub plans list shows it)")
    .action(async (slug: string, planId: string, _options, command: Command) => {
      const rt = Runtime.of(command, io);
      const remote = rt.remote();
      const overview: unknown = remote
        ? await remote.get(slugPath(slug, `plans/${encodeURIComponent(planId)}`))
        : await rt.local((ctx) => getPlan(ctx, slug, planId));
      rt.out.result(overview, () => describePlan(overview));
    });
}
