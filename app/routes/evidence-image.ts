import { notFound } from "../../src/core/errors";
import { getEvidenceFile } from "../../src/core/evidence/get-evidence-file.server";
import { requestContext } from "../lib/context.server";
import { pageError } from "../lib/errors.server";
import { itemParams } from "../lib/evidence-fixtures";
import { MEMBERS_OWN, type RouteAccess } from "../lib/route-access";
import type { Route } from "./+types/evidence-image";

export const access: RouteAccess = {
  kind: "page",
  requests: [
    // The same rule as the file download: members only; the anonymous are asked to sign in, others get 404.
    { method: "GET", params: itemParams("image"), allow: MEMBERS_OWN },
  ],
};

/**
 * Raster images only: their type was read from the bytes when stored, and none of them can run
 * script. PDFs and Office files stay downloads (the `/file` route); SVG was never accepted.
 */
const INLINE_IMAGE_TYPES = new Set(["image/png", "image/jpeg", "image/gif", "image/webp"]);

/**
 * An evidence item's image, inline, for a narrative answer's `<img>`. Never sniffed, never cached
 * outside the browser's own session, and with a CSP that lets nothing in it load or run even if
 * the file is opened on its own.
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  const { ctx } = await requestContext(request);
  try {
    const file = await getEvidenceFile(ctx, params.slug, params.evidenceId);
    if (!INLINE_IMAGE_TYPES.has(file.mediaType)) throw notFound("The image");
    return new Response(file.content as Uint8Array<ArrayBuffer>, {
      headers: {
        "Content-Type": file.mediaType,
        "Content-Length": String(file.content.byteLength),
        "Content-Disposition": "inline",
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": "default-src 'none'; sandbox",
        "Cache-Control": "private, no-store",
        "Cross-Origin-Resource-Policy": "same-origin",
      },
    });
  } catch (error) {
    pageError(error, request);
  }
}
