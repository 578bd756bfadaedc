import { getEvidenceFile } from "../../src/core/evidence/get-evidence-file.server";
import { requestContext } from "../lib/context.server";
import { pageError } from "../lib/errors.server";
import { itemParams } from "../lib/evidence-fixtures";
import { MEMBERS_OWN, type RouteAccess } from "../lib/route-access";
import type { Route } from "./+types/evidence-file";

export const access: RouteAccess = {
  kind: "page",
  requests: [
    // Files are private like the rest of the library: the anonymous are asked to sign in, others get 404.
    {
      method: "GET",
      params: itemParams(),
      allow: MEMBERS_OWN,
    },
  ],
};

/** RFC 6266/5987: an ASCII fallback name, and the real one percent-encoded as UTF-8. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\%;]/g, "_");
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/**
 * Downloads an item's file. Always as an attachment with the type read from its content when it
 * was stored, never sniffed, and sandboxed: a file is something people uploaded, and must never
 * run as a page of this site.
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  const { ctx } = await requestContext(request);
  try {
    const file = await getEvidenceFile(ctx, params.slug, params.evidenceId);
    return new Response(file.content as Uint8Array<ArrayBuffer>, {
      headers: {
        "Content-Type": file.mediaType,
        "Content-Length": String(file.sizeBytes),
        "Content-Disposition": contentDisposition(file.fileName),
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": "sandbox; default-src 'none'",
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    pageError(error, request);
  }
}
