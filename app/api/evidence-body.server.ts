import { z } from "zod";
import type { Actor } from "../../src/core/actor";
import { AppError, invalid } from "../../src/core/errors";
import type { TConsentInput } from "../../src/core/evidence/evidence-fields";
import { MAX_FILE_BYTES } from "../../src/core/evidence/file-types";
import { FILE_TOO_BIG, type UploadedFile } from "../../src/core/evidence/store-file.server";

/** A file inside a JSON body: its name and its bytes in base64 (standard alphabet, padded). */
export const ZFileUploadJson = z.object({
  name: z.string().trim().min(1).max(255).describe('the name it was uploaded with, e.g. "report.pdf"'),
  contentBase64: z.base64().describe("the file's bytes in base64"),
});

/**
 * The largest body read: a file at the limit in base64 (a third larger) with room for the other
 * fields. Anything longer is refused before it is all held in memory.
 */
const MAX_BODY_BYTES = Math.ceil((MAX_FILE_BYTES * 4) / 3) + 1024 * 1024;

const tooBig = () => invalid("Some answers need correcting.", { file: [FILE_TOO_BIG] });

/** An evidence item's fields as a POST or PATCH sends them, with the file and consent set apart. */
export type EvidenceBody = {
  fields: Record<string, unknown>;
  file: UploadedFile | null;
  /** As sent: the use-case checks it. */
  consent: TConsentInput | null;
};

async function readLimited(request: Request): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES) throw tooBig();
  if (!request.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of request.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > MAX_BODY_BYTES) throw tooBig();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** Form fields are text; these carry lists or objects, sent as repeated fields or as JSON text. */
function formFields(form: FormData): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const key of new Set(form.keys())) {
    if (key === "file") continue;
    const values = form.getAll(key).filter((v): v is string => typeof v === "string");
    if (key === "pillars") fields.pillars = values.filter(Boolean);
    else if (key === "sessions" || key === "consent") fields[key] = parseJsonField(key, values[0] ?? "");
    else fields[key] = values[0];
  }
  return fields;
}

function parseJsonField(key: string, text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw invalid("Some answers need correcting.", { [key]: [`Send ${key} as JSON text.`] });
  }
}

async function fromForm(bytes: Uint8Array<ArrayBuffer>, type: string): Promise<EvidenceBody> {
  let form: FormData;
  try {
    form = await new Response(bytes, { headers: { "content-type": type } }).formData();
  } catch {
    throw new AppError("INVALID", "The request body is not valid multipart/form-data.");
  }
  const { consent, ...fields } = formFields(form);
  const part = form.get("file");
  const file =
    part && typeof part !== "string" && part.size > 0
      ? { name: part.name, bytes: new Uint8Array(await part.arrayBuffer()) }
      : null;
  return { fields, file, consent: asConsent(consent) };
}

const asConsent = (value: unknown) => (value ?? null) as TConsentInput | null;

function fromJson(bytes: Uint8Array): EvidenceBody {
  let body: unknown;
  try {
    body = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    body = null;
  }
  if (!body || typeof body !== "object" || Array.isArray(body))
    throw new AppError("INVALID", "The request body is not a JSON object.");
  const { file: sent, consent, ...fields } = body as Record<string, unknown>;
  if (sent === undefined || sent === null) return { fields, file: null, consent: asConsent(consent) };
  const parsed = ZFileUploadJson.safeParse(sent);
  if (!parsed.success)
    throw invalid("Some answers need correcting.", {
      file: ['Send the file as { "name": "report.pdf", "contentBase64": "<the bytes in base64>" }.'],
    });
  const file = {
    name: parsed.data.name,
    bytes: new Uint8Array(Buffer.from(parsed.data.contentBase64, "base64")),
  };
  return { fields, file, consent: asConsent(consent) };
}

/**
 * Reads an evidence item from JSON (a file as `file: { name, contentBase64 }`) or from
 * multipart/form-data (a `file` part; `pillars` repeated; `sessions` and `consent` as JSON text).
 * The file's size and type are checked by the use-case, which refuses before writing anything.
 * No one anonymous may add or change evidence, so their upload is refused before it is read.
 */
export async function readEvidenceBody(request: Request, actor: Actor): Promise<EvidenceBody> {
  if (actor.kind === "anonymous") throw new AppError("UNAUTHENTICATED", "Please sign in to continue.");
  const type = request.headers.get("content-type") ?? "";
  const isForm = type.startsWith("multipart/form-data");
  if (!isForm && !type.includes("application/json"))
    throw new AppError(
      "INVALID",
      "Send a JSON body (Content-Type: application/json) or multipart/form-data with the file as its file part.",
    );
  const bytes = await readLimited(request);
  return isForm ? fromForm(bytes, type) : fromJson(bytes);
}
