import { z } from "zod";
import { PILLARS } from "../plans/plan-types";
import { EVENT_TYPES, EVIDENCE_KINDS, type EvidenceDetails, type EvidenceKind } from "./evidence-types";

/**
 * The fields of an evidence item as one flat object (what a form posts and the API accepts), checked
 * per kind, and turned into the stored shape: common columns plus the kind's own `details`.
 */
const text = (max: number, tooLong = `Use at most ${max} characters.`) =>
  z.string().trim().max(max, tooLong).default("");
const optionalDate = (message: string) =>
  z.preprocess((v) => (v === "" ? null : v), z.iso.date(message).nullish());

export const ZEventSession = z.object({
  title: z.string().trim().min(1, "Name the session.").max(300, "Use at most 300 characters."),
  ranBy: text(300),
});

export const ZEvidenceFields = z.object({
  kind: z.enum(EVIDENCE_KINDS, "Choose what kind of evidence this is."),
  title: z.string().trim().min(1, "Give the evidence a title.").max(300, "Use at most 300 characters."),
  description: text(5000),
  /** The day the item is about: a story's date, an event's first day. Gives the library its year. */
  occurredOn: optionalDate("Enter the date, for example 2024-06-14."),
  pillars: z.array(z.enum(PILLARS, "Choose pillars from the list.")).max(4).default([]),
  /** link */
  url: z.preprocess(
    (v) => (v === "" ? null : v),
    z
      .url({ protocol: /^https?$/, message: "Enter a web address that starts with https:// or http://." })
      .max(2000)
      .nullish(),
  ),
  /** document */
  heldBy: text(500),
  /** testimonial */
  quote: text(5000),
  who: text(200),
  role: text(200),
  /** event */
  eventType: z.preprocess(
    (v) => (v === "" ? null : v),
    z.enum(EVENT_TYPES, "Choose the type of event.").nullish(),
  ),
  endsOn: optionalDate("Enter the last day, for example 2024-06-15."),
  sessions: z.array(ZEventSession).max(50, "Use at most 50 sessions.").default([]),
  attendance: z.preprocess(
    (v) => (v === "" ? null : v),
    z.coerce
      .number("Enter attendance as a whole number.")
      .int("Enter attendance as a whole number.")
      .min(0, "Attendance cannot be negative.")
      .max(1_000_000)
      .nullish(),
  ),
  feedback: text(5000),
  /** case study */
  person: text(200),
  roleThen: text(300),
  roleNow: text(300),
  whatHelped: text(5000),
  ownWords: text(5000),
});
export type TEvidenceFields = z.input<typeof ZEvidenceFields>;
type Fields = z.output<typeof ZEvidenceFields>;

/** What each kind must have beyond a title, as field → message. */
function missingForKind(f: Fields): Record<string, string> {
  const need: Record<string, string> = {};
  const require = (ok: unknown, field: string, message: string) => {
    if (!ok) need[field] = message;
  };
  switch (f.kind) {
    case "link":
      require(f.url, "url", "Enter the web address of the page.");
      break;
    case "testimonial":
      require(f.quote, "quote", "Enter what they said.");
      require(f.who, "who", "Say who said it.");
      break;
    case "event":
      require(f.eventType, "eventType", "Choose the type of event.");
      require(f.occurredOn, "occurredOn", "Enter the day the event took place, or its first day.");
      if (f.endsOn && f.occurredOn && f.endsOn < f.occurredOn)
        need.endsOn = "The last day must be on or after the first day.";
      break;
    case "case-study":
      require(f.person, "person", "Say whose journey this is (a name they agreed to, or a description).");
      require(f.roleThen, "roleThen", "Enter their role at the start of the story.");
      require(f.roleNow, "roleNow", "Enter their role now.");
      break;
  }
  return need;
}

export const ZEvidenceInput = ZEvidenceFields.superRefine((f, ctx) => {
  for (const [field, message] of Object.entries(missingForKind(f)))
    ctx.addIssue({ code: "custom", path: [field], message });
});
export type TEvidenceInput = z.input<typeof ZEvidenceInput>;

/** Only the kind's own details are kept: fields of other kinds a form left filled are dropped. */
export function detailsFor(f: Fields): EvidenceDetails {
  switch (f.kind) {
    case "document":
      return { heldBy: f.heldBy };
    case "testimonial":
      return { quote: f.quote, who: f.who, role: f.role };
    case "event":
      return {
        eventType: f.eventType ?? "other",
        endsOn: f.endsOn ?? null,
        sessions: f.sessions,
        attendance: f.attendance ?? null,
        feedback: f.feedback,
      };
    case "case-study":
      return {
        person: f.person,
        roleThen: f.roleThen,
        roleNow: f.roleNow,
        whatHelped: f.whatHelped,
        ownWords: f.ownWords,
      };
    default:
      return {};
  }
}

/** The columns written for an item's fields. */
export function evidenceValues(f: Fields) {
  return {
    kind: f.kind as EvidenceKind,
    title: f.title,
    description: f.description,
    url: f.kind === "link" ? (f.url ?? null) : null,
    occurredOn: f.occurredOn ?? null,
    pillars: f.pillars,
    details: detailsFor(f),
  };
}

/**
 * A stored item as the flat fields it was made from: the starting point for a change that sends
 * only some fields (the API's PATCH), so the fields it leaves out keep their values.
 */
export function evidenceFieldsOf(item: {
  kind: EvidenceKind;
  title: string;
  description: string;
  url: string | null;
  occurredOn: string | null;
  pillars: string[];
  details: EvidenceDetails;
}): TEvidenceFields {
  const { kind, title, description, url, occurredOn, pillars, details } = item;
  return { ...details, kind, title, description, url, occurredOn, pillars } as TEvidenceFields;
}

/** Consent given when a case study is first recorded (optional: it can be recorded later). */
export const ZConsentInput = z.object({
  status: z.enum(["given", "withdrawn"], "Choose whether consent was given or withdrawn."),
  on: z.iso.date("Enter the date, for example 2024-05-01."),
  scope: text(500),
  note: text(2000),
});
export type TConsentInput = z.input<typeof ZConsentInput>;
