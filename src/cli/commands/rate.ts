import { type Command, InvalidArgumentError } from "commander";
import { z } from "zod";
import { getAction } from "../../core/plans/get-action.server";
import { locateAction } from "../../core/plans/locate-action.server";
import { rateAction } from "../../core/plans/rate-action.server";
import { todayInLondon } from "../../core/plans/today";
import type { CliIo } from "../io";
import { expectShape, slugPath } from "../remote";
import { Runtime } from "../runtime";

/** What `hub rate` reads of an action before rating it; the API's and the use-case's detail both have it. */
const ZRateTarget = z.object({
  institution: z.object({ slug: z.string() }),
  plan: z.object({
    ragScale: z.object({ levels: z.array(z.object({ id: z.string(), label: z.string() })) }),
  }),
  action: z.object({ displayNumber: z.string(), title: z.string() }),
});
const ZShownRating = z.object({ label: z.string(), assessedOn: z.string() });

const normal = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

/**
 * A level of the plan's scale from what a person typed: its id or its label, in any case, with
 * spaces, hyphens or slashes alike ("in-progress", "In Progress", "red/amber"). Anything else is
 * passed on as typed, and the use-case refuses it with the scale's levels.
 */
export function resolveLevel(levels: { id: string; label: string }[], typed: string): string {
  const wanted = normal(typed);
  return levels.find((l) => normal(l.id) === wanted || normal(l.label) === wanted)?.id ?? typed;
}

type RateOptions = { on?: string; comment?: string; qualifier?: string };

export function registerRate(program: Command, io: CliIo): void {
  // Filled as commander reads the options, in order, so each --evidence-title names the --evidence
  // before it. A new program is built for every run, so this list is never shared between runs.
  const evidence: { url: string; title?: string }[] = [];

  program
    .command("rate")
    .description("record a RAG rating for an action (lead, editor); a level that means red needs --comment")
    .argument("<action>", "the action's id (hub actions list shows it); its institution is found from it")
    .argument("<level>", 'a level of the plan\'s scale, by id or label: "in-progress" or "In Progress"')
    .option("--on <YYYY-MM-DD>", "the day of the judgement (default: today in the UK)")
    .option("--comment <text>", "commentary: what happened, and for red what is holding it up")
    .option("--qualifier <text>", 'words after the level, e.g. "but with elements requiring development"')
    .option("--evidence <url>", "a link to evidence (repeat for more)", (url: string) => {
      evidence.push({ url });
      return url;
    })
    .option(
      "--evidence-title <title>",
      "the title of the --evidence just before it (default: its address)",
      (title: string) => {
        const last = evidence.at(-1);
        if (!last) throw new InvalidArgumentError("Give --evidence <url> before its --evidence-title.");
        if (last.title !== undefined)
          throw new InvalidArgumentError("Each --evidence takes at most one --evidence-title.");
        last.title = title;
        return title;
      },
    )
    .action(async (actionId: string, typedLevel: string, options: RateOptions, command: Command) => {
      const rt = Runtime.of(command, io);
      const input = {
        assessedOn: options.on ?? todayInLondon(),
        commentary: options.comment ?? "",
        qualifier: options.qualifier ?? "",
        evidence: evidence.map((e) => ({ url: e.url, title: e.title ?? e.url })),
      };
      const remote = rt.remote();
      let target: z.output<typeof ZRateTarget>;
      let rating: unknown;
      if (remote) {
        const where = expectShape(
          z.object({ institution: z.string() }),
          await remote.get(`api/v1/actions/${encodeURIComponent(actionId)}`),
        );
        const path = slugPath(where.institution, `actions/${encodeURIComponent(actionId)}`);
        target = expectShape(ZRateTarget, await remote.get(path));
        const level = resolveLevel(target.plan.ragScale.levels, typedLevel);
        rating = await remote.post(`${path}/ratings`, { ...input, level });
      } else {
        [target, rating] = await rt.local(async (ctx) => {
          const { institution } = await locateAction(ctx, { actionId });
          const before = await getAction(ctx, institution, actionId);
          const level = resolveLevel(before.plan.ragScale.levels, typedLevel);
          const { id } = await rateAction(ctx, institution, actionId, { ...input, level });
          const after = await getAction(ctx, institution, actionId);
          // The same answer as the API's: the new rating as its timeline shows it.
          return [before, after.timeline.find((r) => r.id === id)] as const;
        });
      }
      rt.out.result(rating, () => {
        const shown = expectShape(ZShownRating, rating);
        return `Rated ${target.action.displayNumber} in ${target.institution.slug} ("${target.action.title}"): ${shown.label}, assessed on ${shown.assessedOn}.`;
      });
    });
}
