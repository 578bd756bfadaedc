import type { NarrativeDoc } from "../narrative/doc";
import type { SnapshotPlan, SubmissionSnapshot } from "../submissions/snapshot-types";

/*
 * One layout of an exported document, drawn by every printer (Typst → PDF, docx → Word). The
 * builders (submission, action plan) decide what goes where; the printers only draw blocks. Plain
 * JSON (no functions, no Dates) so the Typst printer can hand it over whole as `sys.inputs` data,
 * which is how user text stays text: it is never spliced into markup.
 */

/** A RAG colour, always shown with its words (the rating's label), never colour alone. */
export type DocRag = "red" | "amber" | "green";

/** A table cell: plain text (line breaks kept), optionally a rating tag or bullet lines. */
export type DocCell = string | { text: string; rag?: DocRag | null; bullets?: string[]; strong?: boolean };

export type DocTable = {
  kind: "table";
  /** Said before the table and announced with it (the caption). */
  caption: string;
  /** Header cells, repeated on every page the table runs over. */
  columns: { label: string /** relative width, e.g. 1, 2, 3 */; width?: number }[];
  rows: DocCell[][];
  /** The first cell of each row is that row's header (a TH with row scope). */
  rowHeaders?: boolean;
};

/** A chart drawn once as SVG (the same component as the page) with its words and its numbers. */
export type DocChart = {
  kind: "chart";
  /** A standalone SVG document (xmlns set), as `src/charts/*` returns it. */
  svg: string;
  /** Alternative text: what the chart shows, in a sentence or two. */
  alt: string;
  caption: string;
  /** Pixel size the SVG was drawn at (printers scale it to the text width). */
  width: number;
  height: number;
  /** The chart's numbers as a table right after it. */
  data?: DocTable;
};

export type DocBlock =
  /** Level 1 is a question or a part of the document (in the table of contents and bookmarks). */
  | { kind: "heading"; level: 1 | 2 | 3; text: string }
  | { kind: "paragraph"; text: string; emphasis?: "strong" | "muted" }
  /** An answer as written. Bound figures are already replaced by text nodes with their values;
   * images are `evidence:<id>` keys of `DocumentModel.images`. */
  | { kind: "narrative"; doc: NarrativeDoc }
  /** Label/value pairs (GOV.UK summary list; a two-column table without a header in print). */
  | { kind: "fields"; rows: { label: string; value: string }[] }
  | { kind: "list"; ordered?: boolean; items: string[] }
  | DocTable
  | DocChart
  /** Signature blocks: who signed, in which role, when, and what they signed. */
  | {
      kind: "signatures";
      rows: { block: string; typedName: string; role: string; signedOn: string }[];
      fingerprint: string | null;
    }
  | { kind: "pageBreak" };

export type DocumentModel = {
  /** Document title in the metadata and the title page ("Institution Name/Month/Year"). */
  title: string;
  /** The download's file name, with extension added by the printer ("… - July 2024"). */
  fileStem: string;
  lang: "en-GB";
  /** Drafts carry a "Draft" mark on every page (an artifact, not text). */
  draft: boolean;
  /** Words the printers need that are not content (page labels, the mark, the contents heading). */
  labels: { draft: string; contents: string; page: string; of: string };
  titlePage: {
    organisation: string;
    heading: string;
    subtitle: string;
    fields: { label: string; value: string }[];
  };
  /** Whether to print a table of contents (level 1 and 2 headings) after the title page. */
  contents: boolean;
  body: DocBlock[];
  /** Images cited by narratives, keyed `evidence:<id>`: bytes as base64 so the model stays JSON. */
  images: Record<string, { mediaType: string; base64: string; alt: string }>;
};

/** A file made by a printer, ready to send. */
export type ExportedFile = { fileName: string; mediaType: string; bytes: Uint8Array };

/** What the submission builder reads: a snapshot (frozen, or read live for a draft) and its sign-off. */
export type SubmissionDocumentInput = {
  snapshot: SubmissionSnapshot;
  organisation: {
    name: string;
    leadName: string | null;
    contactName: string | null;
    contactEmail: string | null;
  };
  /** The frozen version printed, or null when a draft is printed as it reads now. */
  version: { number: number; fingerprint: string; frozenAt: string } | null;
  signatures: { block: "lead" | "signatory"; typedName: string; role: string; signedOn: string }[];
  /** Not yet signed by both: every page carries the draft mark. */
  draft: boolean;
  /** When the document was made (ISO date), printed on the title page. */
  exportedOn: string;
  images: DocumentModel["images"];
};

/** The action plan alone ("plan"), or its RAG analysis ("rag"), for PDF and Word. */
export type PlanDocumentInput = {
  organisation: string;
  plan: SnapshotPlan;
  part: "plan" | "rag";
  draft: boolean;
  exportedOn: string;
};
