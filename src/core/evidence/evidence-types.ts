/**
 * The shapes of evidence shared by the rules, use-cases, pages, API, CLI and demo data.
 * Pure types and constants: no I/O.
 */

/**
 * What an evidence item is:
 * - link: a page on the web (a news story, a published report);
 * - document: a named document with neither link nor file ("Publication Policy");
 * - file: an uploaded PDF, image or Office file, stored in the database;
 * - testimonial: a quote, who said it and their role;
 * - event: an appreciation day, a course, a roadshow or a consultation, with its sessions;
 * - case-study: a person's journey, published or exported only with their consent.
 */
export const EVIDENCE_KINDS = ["link", "document", "file", "testimonial", "event", "case-study"] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export const EVENT_TYPES = ["appreciation-day", "training", "roadshow", "consultation", "other"] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** One session of an event and who ran it. */
export type EventSession = { title: string; ranBy: string };

/** The fields that only some kinds have, kept as one JSON document per item. */
export type EvidenceDetails = {
  /** document: where the document is held, or how to ask for it. */
  heldBy?: string;
  /** testimonial */
  quote?: string;
  who?: string;
  role?: string;
  /** event */
  eventType?: EventType;
  endsOn?: string | null;
  sessions?: EventSession[];
  attendance?: number | null;
  feedback?: string;
  /** case study: the person's role then and now, what helped, and their own words. */
  person?: string;
  roleThen?: string;
  roleNow?: string;
  whatHelped?: string;
  ownWords?: string;
};

/** What an evidence item can be linked to (submission sections come with the submissions issue). */
export const LINK_TARGETS = ["action", "rating", "marker", "talent"] as const;
export type LinkTarget = (typeof LINK_TARGETS)[number];

export type ConsentStatus = "given" | "withdrawn";

/** One entry of a case study's consent record: consent given or withdrawn, on a day, noted by someone. */
export type ConsentEntry = {
  status: ConsentStatus;
  on: string;
  scope: string;
  note: string;
  recordedAt: Date;
};
