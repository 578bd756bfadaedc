import type { Command } from "commander";
import { z } from "zod";
import { formatLongDate } from "../../core/plans/timescale";
import { getDeadline } from "../../core/windows/get-deadline.server";
import type { CliIo } from "../io";
import { expectShape, slugPath } from "../remote";
import { Runtime } from "../runtime";
import { INSTITUTION_HELP } from "./plans";

/** What the CLI prints of a deadline; the API's and the use-case's both have it. */
const ZShownDeadline = z.object({
  institution: z.object({ slug: z.string(), name: z.string() }),
  dueMonths: z.array(z.number()),
  hasOwnSchedule: z.boolean(),
  next: z
    .object({
      rule: z.enum(["initial", "renewal"]),
      signedOn: z.string().optional(),
      submittedOn: z.string().optional(),
      madeInWindow: z.string().optional(),
      label: z.string(),
      daysRemaining: z.number(),
      isOverdue: z.boolean(),
      daysOverdue: z.number(),
    })
    .nullable(),
});

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** The deadline in words: the window, where it stands, and the rule that gave it. */
export function describeDeadline(raw: unknown): string {
  const { institution, next, hasOwnSchedule, dueMonths } = expectShape(ZShownDeadline, raw);
  if (!next) return `${institution.name}: no window yet (no signing date or recorded submission).`;
  const standing = next.isOverdue
    ? `Overdue by ${plural(next.daysOverdue, "day")}`
    : next.daysRemaining === 0
      ? "Due today"
      : `${plural(next.daysRemaining, "day")} remaining`;
  const rule =
    next.rule === "initial"
      ? `initial: 12 months after signing on ${formatLongDate(next.signedOn ?? "")}`
      : `renewal: 36 months after the submission of ${formatLongDate(next.submittedOn ?? "")} (window ${formatLongDate(next.madeInWindow ?? "")})`;
  const lines = [
    `${institution.name}: next window ${next.label} (closes 23:59:59 UK time)`,
    standing,
    `Rule: ${rule}`,
  ];
  if (hasOwnSchedule) lines.push(`Own timetable: windows close at the end of months ${dueMonths.join(", ")}`);
  return lines.join("\n");
}

export function registerDeadline(program: Command, io: CliIo): void {
  program
    .command("deadline")
    .description(
      "an institution's next submission window, days remaining or overdue, and the rule that gave it",
    )
    .argument("<institution>", INSTITUTION_HELP)
    .action(async (slug: string, _options, command: Command) => {
      const rt = Runtime.of(command, io);
      const remote = rt.remote();
      const deadline: unknown = remote
        ? await remote.get(slugPath(slug, "deadline"))
        : await rt.local((ctx) => getDeadline(ctx, slug));
      rt.out.result(deadline, () => describeDeadline(deadline));
    });
}
