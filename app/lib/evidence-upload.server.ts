import { MAX_FILE_BYTES } from "../../src/core/evidence/file-types";
import type { UploadedFile } from "../../src/core/evidence/store-file.server";

/**
 * Reading an evidence form, which may carry a file. The server (Express, then the platform's
 * `request.formData()`) sets no body limit of its own, so this one does: a body up to a few times
 * the file limit is read whole, so an 11 MB file meets the use-case's friendly "larger than 10 MB"
 * with everything else typed kept; a body beyond that is refused before it is read, so nobody
 * can fill the server's memory with one request.
 */
export const MAX_FORM_BYTES = 3 * MAX_FILE_BYTES;

export type EvidenceForm = { form: FormData; file: UploadedFile | null } | { tooLarge: true };

class BodyTooLarge extends Error {}

/** The body as a stream that fails once more than `limit` bytes have come (for bodies sent without a length). */
function limited(body: ReadableStream<Uint8Array>, limit: number): ReadableStream<Uint8Array> {
  let seen = 0;
  return body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        seen += chunk.byteLength;
        if (seen > limit) controller.error(new BodyTooLarge());
        else controller.enqueue(chunk);
      },
    }),
  );
}

export async function readEvidenceForm(request: Request): Promise<EvidenceForm> {
  const declared = Number(request.headers.get("content-length") ?? "");
  if (Number.isFinite(declared) && declared > MAX_FORM_BYTES) return { tooLarge: true };
  let form: FormData;
  try {
    form =
      request.body && !request.headers.has("content-length")
        ? await new Request(request.url, {
            method: request.method,
            headers: request.headers,
            body: limited(request.body, MAX_FORM_BYTES),
            duplex: "half",
          } as RequestInit).formData()
        : await request.formData();
  } catch (error) {
    if (error instanceof BodyTooLarge || (error as { cause?: unknown })?.cause instanceof BodyTooLarge)
      return { tooLarge: true };
    throw error;
  }
  const value = form.get("file");
  // A form sent without choosing a file carries an empty part with no name.
  const file =
    value instanceof File && value.name
      ? { name: value.name, bytes: new Uint8Array(await value.arrayBuffer()) }
      : null;
  form.delete("file");
  return { form, file };
}
