/*
 * The readiness check's words, one template per message key, in i18next's `{{name}}` form so a
 * catalogue (en-GB now, Welsh later) can hold the same keys: a page may show `t(key, params)` and
 * the CLI and API the English `message` made here. Contradictions carry the claim finder's own
 * sentence as `detail`.
 */
export const FINDING_MESSAGES = {
  unanswered: "Question {{number}}, “{{title}}”, is not answered.",
  "word-limit": "Question {{number}}, “{{title}}”, has {{words}} words: the limit is {{limit}}.",
  "red-without-explanation": "Action {{action}} is rated {{label}} with no explanation: say why it is red.",
  "talent-duplicate":
    "Recommendation {{number}} is answered at points {{positions}}: answer each recommendation once.",
  "not-signed.lead": "Not signed yet by the institutional lead.",
  "not-signed.signatory": "Not signed yet by the leader of the institution.",
  "action-without-owner.both": "Action {{action}} has no owner or lead.",
  "action-without-timescale": "Action {{action}} has no timescale.",
  "action-without-outcome": "Action {{action}} has no measurable outcome (marker of success).",
  "pillar-without-action": "The new plan has no action under {{pillar}}.",
  "previous-plan-old":
    "The previous plan, “{{title}}”, ended on {{endsOn}}, {{months}} months before this window closes on {{closes}}: check it is the plan to look back on.",
  "no-technician-voice":
    "No technician-voice consultation is recorded: add the events where technicians shaped this submission.",
  "no-public-url": "No public web page is given for your Technician Commitment status, plan and contact.",
  "no-new-plan": "No new action plan is linked to this submission.",
  "contradiction.question": "Question {{number}}: {{detail}}",
  "contradiction.talent": "Question {{number}}, point {{position}}: {{detail}}",
  "contradiction.cross-references": "Cross-references: {{detail}}",
} as const;

export type FindingMessageKey = keyof typeof FINDING_MESSAGES;
export type FindingParams = Record<string, string | number>;

/** The English message: each `{{name}}` replaced by its parameter. */
export function findingMessage(key: FindingMessageKey, params: FindingParams): string {
  return FINDING_MESSAGES[key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ""));
}

/** "1 and 6", "1, 6 and 9". */
export const listOf = (items: (string | number)[]) =>
  new Intl.ListFormat("en-GB", { type: "conjunction" }).format(items.map(String));

/** How an action is named in a message: its reference as published and its title. */
export const actionName = (a: { ref: string; title: string }) =>
  a.ref.trim() ? `${a.ref.trim()}, “${a.title}”,` : `“${a.title}”`;
