import { z } from "zod";
import { ZNarrativeDoc } from "../narrative/doc";
import { TEMPLATE_KEYS } from "../templates/template-types";
import { SIGNATURE_BLOCKS } from "./submission-rules";

const blankToNull = (v: unknown) => (v === "" || v === undefined ? null : v);
const isoDate = z.iso.date("Enter a real date.");

export const ZStartSubmissionInput = z.object({
  /** The window's closing day; the institution's next due window when left out. */
  windowCloses: z.preprocess(blankToNull, isoDate.nullable()).default(null),
  /** The template; initial before any submission, renewal after, when left out. */
  templateKey: z
    .preprocess(blankToNull, z.enum(TEMPLATE_KEYS, "Choose a template.").nullable())
    .default(null),
  previousPlanId: z.preprocess(blankToNull, z.uuid("Choose a plan from the list.").nullable()).default(null),
  newPlanId: z.preprocess(blankToNull, z.uuid("Choose a plan from the list.").nullable()).default(null),
});
export type TStartSubmissionInput = z.input<typeof ZStartSubmissionInput>;

export const ZSaveAnswerInput = z.object({
  narrative: ZNarrativeDoc.nullish(),
  data: z.unknown().optional(),
  complete: z.boolean().optional(),
  /** The answer's version the author started from; 0 when the section had no answer yet. */
  version: z.coerce.number("Reload the page: the answer's version is missing.").int().min(0),
  /** Autosaves by the same person within a few minutes are kept as one revision. */
  autosave: z.boolean().default(false),
});
export type TSaveAnswerInput = z.input<typeof ZSaveAnswerInput>;

/** The form's header: the lead's name(s) (the Stage 3 seed names two, with their roles), e-mail, phone. */
export const ZHeaderData = z.object({
  leadNames: z.string().trim().min(1, "Enter the institutional lead's name.").max(500),
  email: z.email("Enter an e-mail address such as name@university.ac.uk."),
  contactNumber: z
    .string()
    .trim()
    .max(40)
    .regex(/^[0-9+() -]*$/, "Enter a telephone number using digits, spaces and +.")
    .default(""),
});
export type HeaderData = z.infer<typeof ZHeaderData>;

export const ZSignInput = z.object({
  block: z.enum(SIGNATURE_BLOCKS, "Choose which block you are signing."),
  typedName: z.string().trim().min(2, "Type your full name to sign.").max(200),
  role: z.string().trim().min(2, "Enter your role, for example Vice-Chancellor.").max(200),
  signedOn: isoDate,
  /** The fingerprint the signer saw: a signature never applies to content they did not see. */
  fingerprint: z.string().regex(/^[0-9a-f]{64}$/, "Reload the page: the version you read is missing."),
});
export type TSignInput = z.input<typeof ZSignInput>;

export const ZSubmitInput = z.object({
  fingerprint: z.string().regex(/^[0-9a-f]{64}$/, "Reload the page: the version you read is missing."),
});
