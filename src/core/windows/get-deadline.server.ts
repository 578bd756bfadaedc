import type { UseCaseContext } from "../context";
import { institutionFor } from "../people/institution-for.server";
import { type Deadline, loadDeadlines } from "./deadline-facts.server";

/**
 * The institution's next due window, days remaining and whether it is overdue, and which rule gave
 * it: a renewal 36 months after the window of the latest recorded submission, or else the initial
 * submission 12 months after signing. `now` is the clock unless a caller (a test) gives another.
 */
export async function getDeadline(
  ctx: UseCaseContext,
  slug: string,
  now: Date = new Date(),
): Promise<Deadline> {
  const institution = await institutionFor(ctx, slug, "deadline.read");
  const [deadline] = await loadDeadlines(ctx.db, now, [institution.id]);
  if (!deadline) throw new Error("The institution's deadline could not be read.");
  return deadline;
}
