/**
 * The shapes of the demo answers' structured parts, as the demo writes them: the section schemas'
 * shapes (src/core/submissions/sections) with a DemoRef wherever the stored answer holds an id. They
 * exist so the content files are checked by the compiler (`satisfies`); the loader resolves the refs
 * and the section schemas check the result.
 */

export type EvidenceRef = { $evidence: string };
export type ActionRef = { $action: string };
export type TalentRef = { $talent: number };
export type PlanRef = { $plan: string };

export type HeaderData = { leadNames: string; email: string; contactNumber: string };

export type GovernanceData = {
  groups: {
    /** Stable within the answer: `reportsTo` names another group by it. */
    key: string;
    name: string;
    purpose: string;
    chair: string;
    coChairs: string[];
    members: string[];
    reportsTo: string;
    reportsToOther: string;
    meets: string;
  }[];
  committees: { name: string; technicianRepresented: boolean; representative: string; since: string }[];
  resourcing: string;
};

export type ImpactEvidenceData = { items: { evidenceId: EvidenceRef; note: string }[] };

/**
 * Per recommendation (renewal): numbered answers in order, plain text. As one narrative (Stage 3):
 * no answers, and `cited` lists the recommendations the narrative refers to.
 */
export type TalentData = {
  answers: { recommendationId: TalentRef | null; text: string }[];
  cited?: TalentRef[];
};

export type NewPlanData = { planId: PlanRef };

export type TechnicianVoiceData = {
  consultations: { evidenceId: EvidenceRef; participants: number | null }[];
  participants: number | null;
  outcomes: string;
  shapedActionIds: ActionRef[];
};

export type PublicPageData = { url: string; contactName: string; contactEmail: string; confirmed: boolean };

export type CrossReferencesData = { items: { scheme: string; title: string; url: string; note: string }[] };

/**
 * Markdown written indented and wrapped in the source, returned as a person types it into a
 * textarea: without the common indentation or the blank first and last lines, and with each
 * paragraph and list item on one line (a wrapped source line is not a line break the author meant,
 * and a claim split over two lines would read differently to the readiness check).
 */
export function md(strings: TemplateStringsArray, ...values: (string | number)[]): string {
  const raw = strings.reduce((out, s, i) => out + s + (i < values.length ? String(values[i]) : ""), "");
  const lines = raw
    .replace(/^\n/, "")
    .replace(/\n\s*$/, "")
    .split("\n");
  const indents = lines.filter((l) => l.trim() !== "").map((l) => l.match(/^ */)![0].length);
  const cut = indents.length ? Math.min(...indents) : 0;
  const out: string[] = [];
  for (const line of lines.map((l) => l.slice(cut).trimEnd())) {
    const previous = out.at(-1);
    // A line continues the one before unless either is blank, a heading or a table row, or this one
    // starts a list item.
    const continues =
      previous !== undefined &&
      previous !== "" &&
      !/^(#|\|)/.test(previous) &&
      line !== "" &&
      !/^(#|\||- |\d+\. )/.test(line);
    if (continues) out[out.length - 1] = `${previous} ${line.trim()}`;
    else out.push(line);
  }
  return out.join("\n");
}
