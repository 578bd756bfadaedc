import type { UseCaseContext } from "../context";
import { authorize } from "../policy";
import { type Deadline, loadDeadlines } from "./deadline-facts.server";

export type DeadlineList = {
  /** Institutions whose next window has closed, the longest overdue first. */
  overdue: Deadline[];
  /** The rest, the soonest window first. */
  upcoming: Deadline[];
  /** Signatories with neither a signing date nor a recorded submission. */
  unknown: Deadline[];
};

/** The central team's view of every signatory's next window, overdue ones first. */
export async function listOverdue(ctx: UseCaseContext, now: Date = new Date()): Promise<DeadlineList> {
  authorize(ctx.actor, "deadline.list-overdue");
  const all = await loadDeadlines(ctx.db, now);
  const dated = all.filter((d) => d.next);
  return {
    overdue: dated
      .filter((d) => d.next?.isOverdue)
      .sort((a, b) => (b.next?.daysOverdue ?? 0) - (a.next?.daysOverdue ?? 0)),
    upcoming: dated
      .filter((d) => !d.next?.isOverdue)
      .sort((a, b) => (a.next?.daysRemaining ?? 0) - (b.next?.daysRemaining ?? 0)),
    unknown: all.filter((d) => !d.next && d.institution.type === "signatory"),
  };
}
