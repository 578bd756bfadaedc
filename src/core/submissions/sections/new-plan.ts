import { z } from "zod";
import { asId, asRecord, type SectionRules } from "./fields";

/**
 * The new action plan (template question 6): a link to one of the institution's plans, which the
 * submission presents and freezes with it. The plan itself is written on the plan pages.
 */

export const ZNewPlan = z.object({
  planId: z
    // "" is what a form's "none" option sends: it means no choice, as null does.
    .preprocess(
      (v) => (typeof v === "string" && v.trim() === "" ? null : v),
      z.string("Choose a plan from the list.").trim().max(100).nullable(),
    )
    .default(null),
});
export type NewPlanData = z.output<typeof ZNewPlan>;

export const newPlanRules: SectionRules<NewPlanData> = {
  schema: ZNewPlan,
  empty: () => ({ planId: null }),
  read: (data) => ({ planId: asId(asRecord(data).planId) }),
  hasContent: (d) => d.planId !== null,
  contextIssues: (d, context) =>
    d.planId !== null && !context.plans.some((p) => p.id === d.planId)
      ? [{ path: ["planId"], message: "Choose one of your institution's plans." }]
      : [],
  lists: {},
};
