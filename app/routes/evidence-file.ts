import { getEvidenceFile } from "../../src/core/evidence/get-evidence-file.server";
import { requestContext } from "../lib/context.server";
import { pageError } from "../lib/errors.server";
import { itemParams } from "../lib/evidence-fixtures";
import { fileDownload } from "../lib/file-download";
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

/**
 * Downloads an item's file. Always as an attachment with the type read from its content when it
 * was stored, never sniffed, and sandboxed: a file is something people uploaded, and must never
 * run as a page of this site.
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  const { ctx } = await requestContext(request);
  try {
    return fileDownload(await getEvidenceFile(ctx, params.slug, params.evidenceId));
  } catch (error) {
    pageError(error, request);
  }
}
