import { createHash } from "node:crypto";
import { evidenceFile } from "../../db/schema";
import type { DbOrTx } from "../../db/types";
import { invalid } from "../errors";
import { detectFileType, MAX_FILE_BYTES } from "./file-types";

/** An uploaded file as a page or the API hands it over: the name the person gave it and its bytes. */
export type UploadedFile = { name: string; bytes: Uint8Array };

/** Also what the API answers for a request body too large to hold a file within the limit. */
export const FILE_TOO_BIG = `The file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB: make it smaller or link to it instead.`;

/** Checks a file by its content against the allow-list and its size; the message names the field. */
export function checkFile(file: UploadedFile | null | undefined) {
  if (!file?.name) throw invalid("Some answers need correcting.", { file: ["Choose a file to upload."] });
  if (file.bytes.byteLength > MAX_FILE_BYTES)
    throw invalid("Some answers need correcting.", { file: [FILE_TOO_BIG] });
  const type = detectFileType(file.bytes, file.name);
  if (!type.ok) throw invalid("Some answers need correcting.", { file: [type.reason] });
  return { mediaType: type.mime, sha256: createHash("sha256").update(file.bytes).digest("hex") };
}

/** Writes (or replaces) the bytes of an item's file, already checked by `checkFile`. */
export async function storeFile(
  tx: DbOrTx,
  evidenceId: string,
  file: UploadedFile,
  checked: ReturnType<typeof checkFile>,
): Promise<void> {
  const values = {
    evidenceId,
    fileName: safeFileName(file.name),
    mediaType: checked.mediaType,
    sizeBytes: file.bytes.byteLength,
    sha256: checked.sha256,
    content: file.bytes,
  };
  await tx
    .insert(evidenceFile)
    .values(values)
    .onConflictDoUpdate({ target: evidenceFile.evidenceId, set: { ...values, createdAt: new Date() } });
}

/** The name without any folder part or control characters, kept short: it ends up in a header. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "file";
  const clean = Array.from(base)
    .filter((c) => c.charCodeAt(0) >= 0x20 && c.charCodeAt(0) !== 0x7f && c !== '"')
    .join("")
    .trim();
  return (clean || "file").slice(0, 200);
}
