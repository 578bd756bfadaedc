/*
 * Evidence files (issue 4): the type is read from the bytes against an allow-list, never taken from
 * the name or the browser's declared type, and the name must agree. A file that is really HTML or
 * SVG could run script if it were ever served inline; a PNG named .pdf would open in the wrong
 * program. Anything not on the list is refused with a sentence the person can act on.
 */

export const MAX_FILE_BYTES = 10 * 1024 * 1024;

export type FileTypeResult = { ok: true; mime: string; extension: string } | { ok: false; reason: string };

type Allowed = {
  mime: string;
  /** The first is the one we store; the others are accepted in a name. */
  extensions: readonly string[];
  /** How a message names it: "its content is a PNG image". */
  label: string;
};

const ALLOWED = {
  pdf: { mime: "application/pdf", extensions: ["pdf"], label: "a PDF" },
  png: { mime: "image/png", extensions: ["png"], label: "a PNG image" },
  jpeg: { mime: "image/jpeg", extensions: ["jpg", "jpeg"], label: "a JPEG image" },
  gif: { mime: "image/gif", extensions: ["gif"], label: "a GIF image" },
  webp: { mime: "image/webp", extensions: ["webp"], label: "a WebP image" },
  docx: {
    mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    extensions: ["docx"],
    label: "a Word document",
  },
  xlsx: {
    mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    extensions: ["xlsx"],
    label: "an Excel workbook",
  },
  pptx: {
    mime: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    extensions: ["pptx"],
    label: "a PowerPoint presentation",
  },
} as const satisfies Record<string, Allowed>;

type Kind = keyof typeof ALLOWED;

const ACCEPTED = "Upload a PDF, an image (PNG, JPEG, GIF or WebP), or a Word, Excel or PowerPoint file.";

export const REFUSALS = {
  empty: "The file is empty.",
  svg: "SVG images are not accepted because they can carry scripts: export it as PNG or PDF.",
  markup:
    "Web pages and other markup (HTML, XML) are not accepted because they can carry scripts: save it as PDF.",
  program: "Programs and scripts are not accepted.",
  legacyOffice:
    "Older Office files (.doc, .xls, .ppt) are not accepted because they can carry macros: save it as .docx, .xlsx or .pptx, or as PDF.",
  macros: "Office files with macros are not accepted: save it without macros as .docx, .xlsx or .pptx.",
  unreadableZip: `This looks like an Office file but it could not be read. ${ACCEPTED}`,
  archive: `Archives (such as ZIP) are not accepted. ${ACCEPTED}`,
  unknown: `This type of file is not accepted. ${ACCEPTED}`,
} as const;

const ascii = (text: string) => Array.from(text, (c) => c.charCodeAt(0));

function startsWith(bytes: Uint8Array, prefix: readonly number[], at = 0): boolean {
  return prefix.every((b, i) => bytes[at + i] === b);
}

const MAGIC: [Exclude<Kind, "docx" | "xlsx" | "pptx">, (b: Uint8Array) => boolean][] = [
  ["pdf", (b) => startsWith(b, ascii("%PDF-"))],
  ["png", (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])],
  ["jpeg", (b) => startsWith(b, [0xff, 0xd8, 0xff])],
  ["gif", (b) => startsWith(b, ascii("GIF87a")) || startsWith(b, ascii("GIF89a"))],
  ["webp", (b) => startsWith(b, ascii("RIFF")) && startsWith(b, ascii("WEBP"), 8)],
];

const PROGRAMS = [
  ascii("MZ"), // Windows
  [0x7f, 0x45, 0x4c, 0x46], // ELF
  [0xfe, 0xed, 0xfa, 0xce],
  [0xfe, 0xed, 0xfa, 0xcf],
  [0xce, 0xfa, 0xed, 0xfe],
  [0xcf, 0xfa, 0xed, 0xfe], // Mach-O
  [0xca, 0xfe, 0xba, 0xbe], // Mach-O universal, Java class
  ascii("#!"), // a script
];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = ascii("PK\x03\x04");

const u16 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number) => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;

/**
 * The entry names in a ZIP's central directory, or null when it cannot be read. The central
 * directory, not the local headers, because writers may stream entries with sizes only after them.
 */
export function zipEntryNames(bytes: Uint8Array): string[] | null {
  const EOCD = 0x06054b50;
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  let end = -1;
  for (let at = bytes.length - 22; at >= lowest; at--) {
    if (u32(bytes, at) === EOCD) {
      end = at;
      break;
    }
  }
  if (end < 0) return null;
  const count = u16(bytes, end + 10);
  let at = u32(bytes, end + 16);
  const names: string[] = [];
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || u32(bytes, at) !== 0x02014b50) return null;
    const nameLength = u16(bytes, at + 28);
    const next = at + 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
    if (next > end) return null;
    names.push(decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)));
    at = next;
  }
  return names;
}

/** Which Office Open XML file a ZIP is, by its parts; a reason when it is not one we accept. */
function officeKind(bytes: Uint8Array): Kind | { reason: string } {
  const names = zipEntryNames(bytes);
  if (!names) return { reason: REFUSALS.unreadableZip };
  if (!names.includes("[Content_Types].xml")) return { reason: REFUSALS.archive };
  // A macro project inside a .docx is not run by Office, but nothing we keep needs one.
  if (names.some((n) => n.toLowerCase().endsWith("vbaproject.bin"))) return { reason: REFUSALS.macros };
  const folders: [Kind, string][] = [
    ["docx", "word/"],
    ["xlsx", "xl/"],
    ["pptx", "ppt/"],
  ];
  const found = folders.filter(([, folder]) => names.some((n) => n.startsWith(folder)));
  return found.length === 1 ? found[0]![0] : { reason: REFUSALS.archive };
}

/** Markup is refused whatever it is named: served as HTML or SVG it could run script. */
function markupReason(bytes: Uint8Array): string | null {
  const head = new TextDecoder("utf-8")
    .decode(bytes.subarray(0, 1024))
    .replace(/^\uFEFF/, "")
    .trimStart()
    .toLowerCase();
  if (!head.startsWith("<")) return null;
  return head.includes("<svg") ? REFUSALS.svg : REFUSALS.markup;
}

function contentKind(bytes: Uint8Array): Kind | { reason: string } {
  const magic = MAGIC.find(([, test]) => test(bytes));
  if (magic) return magic[0];
  if (startsWith(bytes, ZIP)) return officeKind(bytes);
  if (startsWith(bytes, OLE)) return { reason: REFUSALS.legacyOffice };
  if (PROGRAMS.some((p) => startsWith(bytes, p))) return { reason: REFUSALS.program };
  return { reason: markupReason(bytes) ?? REFUSALS.unknown };
}

/** The name's last part after any folder, and its extension in lower case ("" when it has none). */
function nameParts(declaredName: string): { name: string; extension: string } {
  const name = declaredName.split(/[/\\]/).pop()!.trim();
  const dot = name.lastIndexOf(".");
  return { name, extension: dot > 0 ? name.slice(dot + 1).toLowerCase() : "" };
}

function megabytes(size: number): string {
  return (Math.ceil((size / (1024 * 1024)) * 10) / 10).toFixed(1);
}

/** Decides whether an evidence file is accepted, from its bytes and the name it was uploaded with. */
export function detectFileType(bytes: Uint8Array, declaredName: string): FileTypeResult {
  if (bytes.length === 0) return { ok: false, reason: REFUSALS.empty };
  if (bytes.length > MAX_FILE_BYTES) {
    return { ok: false, reason: `The file is ${megabytes(bytes.length)} MB; the limit is 10 MB.` };
  }
  const kind = contentKind(bytes);
  if (typeof kind !== "string") return { ok: false, reason: kind.reason };

  const allowed: Allowed = ALLOWED[kind];
  const { name, extension } = nameParts(declaredName);
  // A name that disagrees with the content would open the file in the wrong program on download.
  if (!allowed.extensions.includes(extension)) {
    const wanted = `.${allowed.extensions[0]}`;
    const reason = extension
      ? `The file is named '${name}' but its content is ${allowed.label}: rename it to end in ${wanted}, or upload the file you meant.`
      : `The file '${name}' has no extension; its content is ${allowed.label}: rename it to end in ${wanted}.`;
    return { ok: false, reason };
  }
  return { ok: true, mime: allowed.mime, extension: allowed.extensions[0]! };
}
