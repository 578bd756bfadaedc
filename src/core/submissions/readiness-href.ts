/*
 * Where a readiness finding sends the reader to fix it. Findings carry a small vocabulary rather
 * than URLs, so the page, the API and `hub check` can each turn it into what they show:
 *
 *   sections/<sectionKey>                a section of the submission (a question id, or "cross-references")
 *   sections/<sectionKey>#action-<id>    a previous-plan action's row in the RAG analysis
 *   sections/<sectionKey>#talent-<n>     the TALENT answer at point n (1-based)
 *   sign                                 the submission's sign-off page
 *   plan:<planId>                        a plan's page; plan:<planId>#pillar-<pillarId> at one pillar
 *   plan-action:<actionId>               an action's edit page (owner, lead, timescale, markers)
 */

export const sectionHref = (sectionKey: string, anchor?: string) =>
  `sections/${sectionKey}${anchor ? `#${anchor}` : ""}`;
export const SIGN_HREF = "sign";
export const planHref = (planId: string, pillarId?: string) =>
  `plan:${planId}${pillarId ? `#pillar-${pillarId}` : ""}`;
export const planActionHref = (actionId: string) => `plan-action:${actionId}`;

/**
 * The path of a finding's href: `submission` is the submission's own page
 * (e.g. "/i/lstm/submissions/<id>"), `slug` the institution's. Unknown hrefs go to the submission.
 */
export function findingPath(href: string, at: { slug: string; submission: string }): string {
  const [target = "", anchor] = href.split("#", 2);
  const hash = anchor ? `#${anchor}` : "";
  const slug = encodeURIComponent(at.slug);
  if (target.startsWith("sections/") || target === SIGN_HREF) return `${at.submission}/${target}${hash}`;
  const plan = /^plan:([\w-]+)$/.exec(target);
  if (plan) return `/i/${slug}/plans/${plan[1]}${hash}`;
  const action = /^plan-action:([\w-]+)$/.exec(target);
  if (action) return `/i/${slug}/actions/${action[1]}/edit`;
  return at.submission;
}
