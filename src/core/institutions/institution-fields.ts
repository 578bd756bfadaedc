import { z } from "zod";

export const INSTITUTION_TYPES = ["signatory", "supporter"] as const;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Use at most ${max} characters.`)
    .transform((v) => (v === "" ? null : v))
    .nullish();

export const ZInstitutionFields = z.object({
  /** The institution's name as it signs, e.g. "Liverpool School of Tropical Medicine". */
  name: z.string().trim().min(2, "Enter the institution's name.").max(200, "Use at most 200 characters."),
  /** Used in every URL (`/i/lstm`); lower-case letters, digits and hyphens. */
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9](?:[a-z0-9-]{0,58}[a-z0-9])?$/, "Use 1 to 60 lower-case letters, digits and hyphens."),
  /** Signatories submit self-assessments; supporters do not. */
  type: z.enum(INSTITUTION_TYPES, { error: "Choose signatory or supporter." }),
  /** The date the institution signed the Technician Commitment (YYYY-MM-DD). */
  signingDate: z.iso
    .date("Enter a real date, for example 2018-04-27.")
    .refine((d) => d <= new Date().toISOString().slice(0, 10), "The signing date cannot be in the future.")
    .or(z.literal("").transform(() => null))
    .nullish(),
  /** The named institutional lead, as shown publicly. */
  leadName: optionalText(200),
  /** The public point of contact. */
  contactName: optionalText(200),
  contactEmail: z
    .email("Enter an email address like name@example.ac.uk.")
    .or(z.literal("").transform(() => null))
    .nullish(),
  /** The institution's own Technician Commitment web page. */
  publicUrl: z
    .url({ protocol: /^https?$/, error: "Enter a web address starting with https://." })
    .or(z.literal("").transform(() => null))
    .nullish(),
});

export type TInstitutionFields = z.output<typeof ZInstitutionFields>;
