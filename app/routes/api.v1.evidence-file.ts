import { getEvidenceFile } from "../../src/core/evidence/get-evidence-file.server";
import { api } from "../api/http.server";
import { MEMBERS_OWN, type RouteAccess } from "../lib/route-access";
import type { Route } from "./+types/api.v1.evidence-file";

export const access: RouteAccess = {
  kind: "api",
  requests: [
    {
      method: "GET",
      params: async (h) => ({ slug: h.slug, evidenceId: (await h.newEvidence("file")).evidenceId }),
      allow: MEMBERS_OWN,
    },
  ],
};

/** `attachment` with an ASCII name for old clients and the exact name (RFC 5987) for the rest. */
function disposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/**
 * The file's bytes, always as a download: its type was checked by content when it was uploaded,
 * and nosniff with a sandbox policy keeps a browser from running anything in it even so.
 */
export const loader = ({ request, params }: Route.LoaderArgs) =>
  api(request, {
    async get({ ctx }) {
      const file = await getEvidenceFile(ctx, params.slug, params.evidenceId);
      return new Response(new Uint8Array(file.content), {
        headers: {
          "content-type": file.mediaType,
          "content-length": String(file.content.byteLength),
          "content-disposition": disposition(file.fileName),
          "x-content-type-options": "nosniff",
          "content-security-policy": "sandbox",
          "cache-control": "private, no-store",
        },
      });
    },
  });
