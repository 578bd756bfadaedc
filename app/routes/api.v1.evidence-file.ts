import { getEvidenceFile } from "../../src/core/evidence/get-evidence-file.server";
import { api } from "../api/http.server";
import { fileDownload } from "../lib/file-download";
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

/**
 * The file's bytes, always as a download: its type was checked by content when it was uploaded,
 * and nosniff with a sandbox policy keeps a browser from running anything in it even so.
 */
export const loader = ({ request, params }: Route.LoaderArgs) =>
  api(request, {
    async get({ ctx }) {
      return fileDownload(await getEvidenceFile(ctx, params.slug, params.evidenceId));
    },
  });
