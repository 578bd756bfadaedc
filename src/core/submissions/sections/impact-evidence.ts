import { z } from "zod";
import { asRecord, asRows, asString, type SectionRules, text, unknownIds } from "./fields";

/**
 * Evidence of impact (template question 4): items chosen from the institution's evidence library —
 * news stories, testimonials, articles — each with a note on what it shows. An item once only.
 */

export const ZImpactItem = z.object({
  evidenceId: z.string("Choose an item from the evidence library.").trim().max(100).default(""),
  /** What the item shows, in the submission's words. */
  note: text(2000),
});

export const ZImpactEvidence = z
  .object({ items: z.array(ZImpactItem).max(100, "Choose at most 100 items.").default([]) })
  .superRefine((data, ctx) => {
    const seen = new Map<string, number>();
    data.items.forEach((item, i) => {
      if (!item.evidenceId) {
        ctx.addIssue({
          code: "custom",
          path: ["items", i, "evidenceId"],
          message: `Choose the evidence for item ${i + 1}.`,
        });
        return;
      }
      const first = seen.get(item.evidenceId);
      if (first !== undefined)
        ctx.addIssue({
          code: "custom",
          path: ["items", i, "evidenceId"],
          message: `Item ${i + 1} is the same evidence as item ${first + 1}: choose each item once.`,
        });
      else seen.set(item.evidenceId, i);
    });
  });
export type ImpactEvidenceData = z.output<typeof ZImpactEvidence>;

export const impactEvidenceRules: SectionRules<ImpactEvidenceData> = {
  schema: ZImpactEvidence,
  empty: () => ({ items: [] }),
  read: (data) => ({
    items: asRows(asRecord(data).items).map((r) => ({
      evidenceId: asString(r.evidenceId),
      note: asString(r.note),
    })),
  }),
  hasContent: (d) => d.items.some((i) => i.evidenceId !== "" || i.note.trim() !== ""),
  contextIssues: (d, context) =>
    unknownIds(
      d.items.map((i) => i.evidenceId || null),
      context.evidence,
      (i) => ["items", i, "evidenceId"],
      "This item is not in your institution's evidence library: choose one from the list.",
    ),
  lists: { items: { blank: () => ({ evidenceId: "", note: "" }) } },
};
