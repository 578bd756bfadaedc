import type { UseCaseContext } from "../context";
import { getTemplateVersion } from "./get-template-version.server";
import type { TemplateVersionView } from "./template-rows.server";

/**
 * The version a new submission on this template starts on: the published one. The submission
 * keeps its id (`submission.template_version_id`), so publishing later never changes it.
 */
export function latestPublishedVersion(ctx: UseCaseContext, key: string): Promise<TemplateVersionView> {
  return getTemplateVersion(ctx, key, "published");
}
