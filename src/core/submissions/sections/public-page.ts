import { z } from "zod";
import { asBoolean, asRecord, asString, type SectionRules, text } from "./fields";

/**
 * The public page (the last template question): signatories must state their status and plan on a
 * dedicated, discoverable web page with a named contact, confirm that they have, and give its URL.
 * A draft may leave any of it blank (the readiness check says what is missing); what is written must
 * be well formed, and the page must be served over https.
 */

export const ZPublicPage = z.object({
  url: z
    .union(
      [
        z.literal(""),
        z
          .url({ protocol: /^https$/, message: "Enter the page's address, starting with https://." })
          .max(2000, "Use a shorter web address."),
      ],
      { error: "Enter the page's address, starting with https://." },
    )
    .default(""),
  contactName: text(200),
  contactEmail: z
    .union(
      [z.literal(""), z.email("Enter the contact's e-mail address, like name@example.ac.uk.").max(320)],
      {
        error: "Enter the contact's e-mail address, like name@example.ac.uk.",
      },
    )
    .default(""),
  /** "We confirm the page shows our signatory status, our action plan and a named contact." */
  confirmed: z.boolean("Say whether you confirm the page.").default(false),
});
export type PublicPageData = z.output<typeof ZPublicPage>;

export const publicPageRules: SectionRules<PublicPageData> = {
  schema: ZPublicPage,
  empty: () => ({ url: "", contactName: "", contactEmail: "", confirmed: false }),
  read: (data) => {
    const d = asRecord(data);
    return {
      url: asString(d.url),
      contactName: asString(d.contactName),
      contactEmail: asString(d.contactEmail),
      confirmed: asBoolean(d.confirmed),
    };
  },
  hasContent: (d) => [d.url, d.contactName, d.contactEmail].some((v) => v.trim() !== "") || d.confirmed,
  contextIssues: () => [],
  lists: {},
};
