import { describe, expect, it } from "vitest";
import { detectFileType, MAX_FILE_BYTES, REFUSALS, zipEntryNames } from "./file-types";

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === "string" ? Array.from(p, (c) => c.charCodeAt(0)) : p)));

const le = (n: number, size: 2 | 4) => Array.from({ length: size }, (_, i) => (n >>> (8 * i)) & 0xff);

/** A ZIP of empty stored entries: local headers, central directory, end record (APPNOTE 4.3). */
function zip(names: string[]): Uint8Array {
  const local: number[] = [];
  const central: number[] = [];
  for (const name of names) {
    const n = Array.from(new TextEncoder().encode(name));
    const offset = local.length;
    local.push(...le(0x04034b50, 4), ...le(20, 2), ...le(0, 2), ...le(0, 2), ...le(0, 4), ...le(0, 4));
    local.push(...le(0, 4), ...le(0, 4), ...le(n.length, 2), ...le(0, 2), ...n);
    central.push(...le(0x02014b50, 4), ...le(20, 2), ...le(20, 2), ...le(0, 2), ...le(0, 2), ...le(0, 4));
    central.push(...le(0, 4), ...le(0, 4), ...le(0, 4), ...le(n.length, 2), ...le(0, 2), ...le(0, 2));
    central.push(...le(0, 2), ...le(0, 2), ...le(0, 4), ...le(offset, 4), ...n);
  }
  const end = [
    ...le(0x06054b50, 4),
    ...le(0, 2),
    ...le(0, 2),
    ...le(names.length, 2),
    ...le(names.length, 2),
    ...le(central.length, 4),
    ...le(local.length, 4),
    ...le(0, 2),
  ];
  return Uint8Array.from([...local, ...central, ...end]);
}

const PDF = bytes("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj");
const PNG = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d], "IHDR");
const JPEG = bytes([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10], "JFIF\0");
const GIF87 = bytes("GIF87a", [1, 0, 1, 0]);
const GIF89 = bytes("GIF89a", [1, 0, 1, 0]);
const WEBP = bytes("RIFF", [0x24, 0, 0, 0], "WEBPVP8 ");
const CONTENT_TYPES = "[Content_Types].xml";
const DOCX = zip([CONTENT_TYPES, "_rels/.rels", "word/document.xml"]);
const XLSX = zip([CONTENT_TYPES, "_rels/.rels", "xl/workbook.xml", "xl/worksheets/sheet1.xml"]);
const PPTX = zip([CONTENT_TYPES, "_rels/.rels", "ppt/presentation.xml"]);
const DOCX_CONTENT_TYPES_LAST = zip(["_rels/.rels", "word/document.xml", CONTENT_TYPES]);
const DOCM = zip([CONTENT_TYPES, "word/document.xml", "word/vbaProject.bin"]);
const PLAIN_ZIP = zip(["notes.txt", "photo.png"]);
const ODT = zip(["mimetype", "content.xml", "META-INF/manifest.xml"]);
const TRUNCATED_DOCX = DOCX.subarray(0, 60);
const OLE_DOC = bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
const SVG = bytes('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
const SVG_WITH_PROLOGUE = bytes(
  '\xef\xbb\xbf  <?xml version="1.0"?>\n<!DOCTYPE svg>\n<svg onload="alert(1)"/>',
);
const HTML = bytes("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>");
const HTML_LEADING_SPACE = bytes("\n\n  <html><body>hi</body></html>");
const EXE = bytes("MZ", [0x90, 0, 3, 0, 0, 0, 4, 0]);
const ELF = bytes([0x7f], "ELF", [2, 1, 1, 0]);
const MACH_O = bytes([0xcf, 0xfa, 0xed, 0xfe, 7, 0, 0, 1]);
const SCRIPT = bytes("#!/bin/sh\nrm -rf /\n");
const TEXT = bytes("period,value\n2024,53\n");

const OFFICE = "application/vnd.openxmlformats-officedocument";

describe("detectFileType: accepted", () => {
  it.each<[string, Uint8Array, string, string, string]>([
    ["PDF", PDF, "Evidence.pdf", "application/pdf", "pdf"],
    ["PDF, name in capitals", PDF, "SCAN.PDF", "application/pdf", "pdf"],
    ["PDF, with a folder in the name", PDF, "C:\\Users\\kate\\report.final.pdf", "application/pdf", "pdf"],
    ["PNG", PNG, "chart.png", "image/png", "png"],
    ["JPEG as .jpg", JPEG, "photo.jpg", "image/jpeg", "jpg"],
    ["JPEG as .jpeg", JPEG, "photo.jpeg", "image/jpeg", "jpg"],
    ["GIF87a", GIF87, "a.gif", "image/gif", "gif"],
    ["GIF89a", GIF89, "a.gif", "image/gif", "gif"],
    ["WebP", WEBP, "a.webp", "image/webp", "webp"],
    ["Word", DOCX, "plan.docx", `${OFFICE}.wordprocessingml.document`, "docx"],
    [
      "Word, content types listed last",
      DOCX_CONTENT_TYPES_LAST,
      "plan.docx",
      `${OFFICE}.wordprocessingml.document`,
      "docx",
    ],
    ["Excel", XLSX, "figures.xlsx", `${OFFICE}.spreadsheetml.sheet`, "xlsx"],
    ["PowerPoint", PPTX, "talk.pptx", `${OFFICE}.presentationml.presentation`, "pptx"],
  ])("%s (%s)", (_, content, name, mime, extension) => {
    expect(detectFileType(content, name)).toEqual({ ok: true, mime, extension });
  });

  it("accepts exactly 10 MB", () => {
    const big = new Uint8Array(MAX_FILE_BYTES);
    big.set(PDF);
    expect(detectFileType(big, "big.pdf").ok).toBe(true);
  });
});

describe("detectFileType: refused", () => {
  it.each<[string, Uint8Array, string, string]>([
    ["empty", new Uint8Array(0), "empty.pdf", REFUSALS.empty],
    ["SVG", SVG, "logo.svg", REFUSALS.svg],
    ["SVG named .png", SVG, "logo.png", REFUSALS.svg],
    ["SVG with a BOM and XML prologue", SVG_WITH_PROLOGUE, "logo.svg", REFUSALS.svg],
    ["HTML", HTML, "page.html", REFUSALS.markup],
    ["HTML named .pdf", HTML_LEADING_SPACE, "report.pdf", REFUSALS.markup],
    ["Windows program", EXE, "setup.exe", REFUSALS.program],
    ["Windows program named .pdf", EXE, "invoice.pdf", REFUSALS.program],
    ["ELF program", ELF, "tool", REFUSALS.program],
    ["Mach-O program", MACH_O, "tool.png", REFUSALS.program],
    ["shell script", SCRIPT, "run.sh", REFUSALS.program],
    ["old Word", OLE_DOC, "plan.doc", REFUSALS.legacyOffice],
    ["Word with macros", DOCM, "plan.docx", REFUSALS.macros],
    ["a plain ZIP", PLAIN_ZIP, "photos.zip", REFUSALS.archive],
    ["a plain ZIP named .docx", PLAIN_ZIP, "photos.docx", REFUSALS.archive],
    ["OpenDocument", ODT, "plan.odt", REFUSALS.archive],
    ["a ZIP cut short", TRUNCATED_DOCX, "plan.docx", REFUSALS.unreadableZip],
    ["plain text", TEXT, "figures.csv", REFUSALS.unknown],
    [
      "a PNG named .pdf",
      PNG,
      "report.pdf",
      "The file is named 'report.pdf' but its content is a PNG image: rename it to end in .png, or upload the file you meant.",
    ],
    [
      "a PDF named .exe",
      PDF,
      "report.pdf.exe",
      "The file is named 'report.pdf.exe' but its content is a PDF: rename it to end in .pdf, or upload the file you meant.",
    ],
    [
      "an Excel workbook named .docx",
      XLSX,
      "figures.docx",
      "The file is named 'figures.docx' but its content is an Excel workbook: rename it to end in .xlsx, or upload the file you meant.",
    ],
    [
      "a JPEG with no extension",
      JPEG,
      "photo",
      "The file 'photo' has no extension; its content is a JPEG image: rename it to end in .jpg.",
    ],
    [
      "a PDF named only '.pdf'",
      PDF,
      ".pdf",
      "The file '.pdf' has no extension; its content is a PDF: rename it to end in .pdf.",
    ],
  ])("%s (%s)", (_, content, name, reason) => {
    expect(detectFileType(content, name)).toEqual({ ok: false, reason });
  });

  it.each([
    [MAX_FILE_BYTES + 1, "The file is 10.1 MB; the limit is 10 MB."],
    [12.3 * 1024 * 1024, "The file is 12.3 MB; the limit is 10 MB."],
  ])("%i bytes → %s", (size, reason) => {
    const big = new Uint8Array(size);
    big.set(PDF);
    expect(detectFileType(big, "big.pdf")).toEqual({ ok: false, reason });
  });
});

describe("zipEntryNames", () => {
  it.each<[string, Uint8Array, string[] | null]>([
    ["a Word file", DOCX, [CONTENT_TYPES, "_rels/.rels", "word/document.xml"]],
    ["an empty ZIP", zip([]), []],
    ["a ZIP cut short", TRUNCATED_DOCX, null],
    ["not a ZIP", PDF, null],
  ])("%s", (_, content, names) => {
    expect(zipEntryNames(content)).toEqual(names);
  });
});
