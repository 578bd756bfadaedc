import { z } from "zod";
import { asRecord, asRows, asString, optionalUrl, type SectionRules, text } from "./fields";

/**
 * Cross-references (a fixed section of every submission): the other charters' submissions and
 * statements the template's preamble invites — Athena Swan, the Race Equality Charter, TEF, KEF,
 * REF environment or "People, Culture and Environment" statements — each with a title, an optional
 * link and a note. The scheme is one the template names, or "Other".
 */

export const OTHER_SCHEME = "Other";

export const ZCrossReference = z.object({
  scheme: text(100),
  title: text(300),
  url: optionalUrl().default(""),
  note: text(2000),
});

export const ZCrossReferences = z
  .object({ items: z.array(ZCrossReference).max(50, "List at most 50 cross-references.").default([]) })
  .superRefine((data, ctx) => {
    data.items.forEach((item, i) => {
      if (!item.scheme)
        ctx.addIssue({
          code: "custom",
          path: ["items", i, "scheme"],
          message: `Choose the scheme of cross-reference ${i + 1}.`,
        });
      if (!item.title)
        ctx.addIssue({
          code: "custom",
          path: ["items", i, "title"],
          message: `Enter the title of cross-reference ${i + 1}.`,
        });
    });
  });
export type CrossReferencesData = z.output<typeof ZCrossReferences>;

export const crossReferencesRules: SectionRules<CrossReferencesData> = {
  schema: ZCrossReferences,
  empty: () => ({ items: [] }),
  read: (data) => ({
    items: asRows(asRecord(data).items).map((r) => ({
      scheme: asString(r.scheme),
      title: asString(r.title),
      url: asString(r.url),
      note: asString(r.note),
    })),
  }),
  hasContent: (d) => d.items.some((i) => [i.scheme, i.title, i.url, i.note].some((v) => v.trim() !== "")),
  contextIssues: (d, context) =>
    d.items.flatMap((item, i) =>
      item.scheme && item.scheme !== OTHER_SCHEME && !context.crossReferenceSchemes.includes(item.scheme)
        ? [{ path: ["items", i, "scheme"], message: "Choose a scheme from the list, or Other." }]
        : [],
    ),
  lists: { items: { blank: () => ({ scheme: "", title: "", url: "", note: "" }) } },
};
