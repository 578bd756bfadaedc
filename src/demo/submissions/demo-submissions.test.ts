import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { DEMO_INSTITUTIONS } from "../demo-data";
import { DEMO_EVIDENCE } from "../evidence";
import { DEMO_PLANS } from "../plans";
import { DEMO_PAST_SUBMISSIONS } from "../submission-history";
import { md } from "./demo-section-shapes";
import type { DemoSubmission } from "./demo-submission-types";
import { DEMO_SUBMISSIONS } from "./index";

/**
 * The demo submissions against the rest of the demo: every reference names something the demo makes,
 * for the same institution; signatures belong to the right accounts; dates agree with each other and
 * with the windows; the seeds' slips the readiness check must find are still there; and the Markdown
 * is the subset answers accept. Where a module written alongside this one is present (the Markdown
 * parser, the section schemas, the shipped templates), the answers are also checked against it.
 */

type Kind =
  | "governance"
  | "rag-analysis"
  | "impact-evidence"
  | "talent"
  | "new-plan"
  | "technician-voice"
  | "public-page";

/** Each template's questions: the structured kind, and whether the question takes a narrative. */
const QUESTIONS: Record<
  DemoSubmission["templateKey"],
  Record<string, { kind: Kind | null; narrative: boolean }>
> = {
  renewal: {
    q1: { kind: null, narrative: true },
    q2: { kind: "governance", narrative: true },
    q3: { kind: "rag-analysis", narrative: true },
    q4: { kind: "impact-evidence", narrative: true },
    q5: { kind: "talent", narrative: true },
    q6: { kind: "new-plan", narrative: true },
    q7: { kind: "technician-voice", narrative: true },
    q8: { kind: "public-page", narrative: false },
  },
  "stage-3": {
    q1: { kind: null, narrative: true },
    q2: { kind: "governance", narrative: true },
    q3: { kind: "rag-analysis", narrative: true },
    q4: { kind: "impact-evidence", narrative: true },
    q5: { kind: "talent", narrative: true },
    q6: { kind: "new-plan", narrative: true },
    q7: { kind: "public-page", narrative: false },
  },
  initial: {},
};

/** Real people named in the seeds (as in src/demo/plans/demo-plans.test.ts): none may appear here. */
const SEED_NAMES = [
  "Kyle Walker",
  "Emma Reid",
  "Patricia Pignatelli",
  "Faisal Ashraf",
  "Ashlee Braithwaite",
  "Sarah Roberts",
  "Adeolu Adebisi",
  "Gareth Lycett",
  "Kyle",
  "Emma",
  "Faisal",
  "Ashlee",
  "Patricia",
  "Samiksha",
  "Nadia",
  "Rachel O'Reilly",
  "Rachel O’Reilly",
  "Kate Bishop",
  "Emma Monaghan",
  "Mala Patel",
  "Tendai",
  "Gurjeevan",
  "Faileigh",
  "Matthew Sutton",
  "Shahram",
  "Adriana Flores-Langarica",
  "Steven Servin",
  "Alessandro di Maio",
];

type Ref = { kind: "$evidence" | "$action" | "$talent" | "$plan"; value: string | number; path: string };

/** Every DemoRef inside an answer's data, with where it sits. */
function refsIn(value: unknown, path: string): Ref[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => refsIn(v, `${path}.${i}`));
  if (!value || typeof value !== "object") return [];
  const entries = Object.entries(value);
  const [only] = entries;
  if (entries.length === 1 && only && ["$evidence", "$action", "$talent", "$plan"].includes(only[0]))
    return [{ kind: only[0] as Ref["kind"], value: only[1] as string | number, path }];
  return entries.flatMap(([k, v]) => refsIn(v, `${path}.${k}`));
}

const refsOf = (s: DemoSubmission) =>
  Object.entries(s.answers).flatMap(([key, a]) => refsIn(a.data, `${s.key}.${key}`));

const institution = (slug: string) => DEMO_INSTITUTIONS.find((i) => i.slug === slug)!;
const planByKey = (key: string) => DEMO_PLANS.find((p) => p.key === key);
const submitted = DEMO_SUBMISSIONS.filter((s) => s.submittedOn);
const drafts = DEMO_SUBMISSIONS.filter((s) => !s.submittedOn);
const byKey = (key: string) => DEMO_SUBMISSIONS.find((s) => s.key === key)!;

/** The window a day falls in: the next 31 January or 31 July on or after it. */
function windowOf(day: string): string {
  const [y, m] = day.split("-").map(Number) as [number, number];
  if (m === 1) return `${y}-01-31`;
  if (m <= 7) return `${y}-07-31`;
  return `${y + 1}-01-31`;
}

/** The Markdown narratives, with where they sit. */
const narratives = DEMO_SUBMISSIONS.flatMap((s) =>
  Object.entries(s.answers).flatMap(([key, a]) =>
    a.markdown === undefined ? [] : [{ where: `${s.key}.${key}`, markdown: a.markdown }],
  ),
);

const talentAnswers = (s: DemoSubmission) =>
  (s.answers.q5!.data as { answers: { recommendationId: { $talent: number } | null; text: string }[] })
    .answers;

const moduleAt = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

describe("demo submissions: shape", () => {
  it("has each institution's 2024 submission first, then one draft each for the next window", () => {
    expect(DEMO_SUBMISSIONS.map((s) => s.key)).toEqual([
      "lstm-2024",
      "birmingham-2024",
      "lstm-2027-draft",
      "birmingham-2028-draft",
    ]);
    expect(new Set(DEMO_SUBMISSIONS.map((s) => `${s.institutionSlug} ${s.windowCloses}`)).size).toBe(4);
  });

  it("answers only the template's sections, with a narrative only where the question takes one", () => {
    for (const s of DEMO_SUBMISSIONS) {
      const questions = QUESTIONS[s.templateKey];
      for (const [key, answer] of Object.entries(s.answers)) {
        if (key === "header" || key === "cross-references") {
          expect(answer.markdown, `${s.key}.${key}`).toBeUndefined();
          expect(answer.data, `${s.key}.${key}`).toBeDefined();
          continue;
        }
        const q = questions[key];
        expect(q, `${s.key}.${key} is not a question of ${s.templateKey}`).toBeDefined();
        if (!q!.narrative) expect(answer.markdown, `${s.key}.${key}`).toBeUndefined();
        // The RAG analysis is the previous plan's ratings; a question without a kind stores no data.
        if (q!.kind === null || q!.kind === "rag-analysis")
          expect(answer.data, `${s.key}.${key}`).toBeUndefined();
        else expect(answer.data, `${s.key}.${key}`).toBeDefined();
      }
    }
  });

  it("signed submissions answer every section, all complete; drafts leave some to do", () => {
    for (const s of submitted) {
      const expected = ["header", ...Object.keys(QUESTIONS[s.templateKey]), "cross-references"];
      expect(Object.keys(s.answers).sort()).toEqual(expected.sort());
      for (const [key, a] of Object.entries(s.answers)) {
        expect(a.complete, `${s.key}.${key}`).toBe(true);
        expect(a.markdown !== undefined || a.data !== undefined, `${s.key}.${key}`).toBe(true);
      }
    }
    for (const s of drafts) {
      expect(s.answers.header?.complete).toBe(true);
      expect(
        Object.values(s.answers).some((a) => !a.complete),
        s.key,
      ).toBe(true);
      expect(Object.keys(s.answers).length).toBeLessThan(Object.keys(QUESTIONS[s.templateKey]).length + 2);
    }
    // LSTM's draft shows every task-list state: complete, in progress and not started.
    const lstm = byKey("lstm-2027-draft");
    expect(lstm.answers.q2?.complete).toBe(true);
    expect(lstm.answers.q1?.complete).toBe(false);
    expect(lstm.answers.q3).toBeUndefined();
  });

  it("the header names the institution's lead and e-mail; Stage 3 gives a telephone number", () => {
    for (const s of DEMO_SUBMISSIONS) {
      const inst = institution(s.institutionSlug);
      const header = s.answers.header!.data as { leadNames: string; email: string; contactNumber: string };
      expect(header.leadNames).toContain(inst.contactName.replace(/^(Dr|Professor) /, ""));
      expect(header.email).toBe(inst.contactEmail);
      if (s.templateKey === "stage-3") expect(header.contactNumber).toMatch(/^0121 496 0\d{3}$/);
      else expect(header.contactNumber).toBe("");
    }
  });

  it("the public page is the institution's, with its named contact", () => {
    for (const s of DEMO_SUBMISSIONS) {
      const key = Object.entries(QUESTIONS[s.templateKey]).find(([, q]) => q.kind === "public-page")![0];
      const page = s.answers[key]?.data as
        | { url: string; contactName: string; contactEmail: string; confirmed: boolean }
        | undefined;
      if (!page) continue;
      const inst = institution(s.institutionSlug);
      expect(page).toEqual({
        url: inst.publicUrl,
        contactName: inst.contactName,
        contactEmail: inst.contactEmail,
        confirmed: true,
      });
    }
  });

  it("names no real person from the seeds", () => {
    const text = JSON.stringify(DEMO_SUBMISSIONS);
    for (const name of SEED_NAMES) {
      const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      expect(text, name).not.toMatch(new RegExp(`\\b${escaped}\\b`));
    }
  });
});

describe("demo submissions: references", () => {
  it("every $evidence is a demo evidence title of the submission's institution", () => {
    for (const s of DEMO_SUBMISSIONS) {
      for (const r of refsOf(s).filter((r) => r.kind === "$evidence")) {
        const item = DEMO_EVIDENCE.find((e) => e.title === r.value);
        expect(item, `${r.path}: "${r.value}"`).toBeDefined();
        expect(item!.institutionSlug, r.path).toBe(s.institutionSlug);
      }
    }
  });

  it("consultations are events, and every item cited by a signed submission existed when it was frozen", () => {
    for (const s of DEMO_SUBMISSIONS) {
      const voice = Object.values(s.answers).find(
        (a) => a.data && typeof a.data === "object" && "consultations" in a.data,
      );
      for (const c of (voice?.data as { consultations: { evidenceId: { $evidence: string } }[] } | undefined)
        ?.consultations ?? []) {
        expect(DEMO_EVIDENCE.find((e) => e.title === c.evidenceId.$evidence)?.kind).toBe("event");
      }
    }
    for (const s of submitted) {
      for (const r of refsOf(s).filter((r) => r.kind === "$evidence")) {
        const item = DEMO_EVIDENCE.find((e) => e.title === r.value)!;
        if (item.occurredOn) expect(item.occurredOn <= s.frozenOn!, r.path).toBe(true);
        if (item.consent) expect(item.consent.status, r.path).toBe("given");
      }
    }
  });

  it("every $action is an action of the submission's new plan, once", () => {
    for (const s of DEMO_SUBMISSIONS) {
      const actions = refsOf(s).filter((r) => r.kind === "$action");
      const keys = new Set(planByKey(s.newPlanKey ?? "")?.actions.map((a) => a.key));
      for (const r of actions) expect(keys.has(r.value as string), `${r.path}: ${r.value}`).toBe(true);
      expect(new Set(actions.map((r) => r.value)).size).toBe(actions.length);
    }
  });

  it("every $plan is the submission's new plan; previous and new plans are the institution's, in order", () => {
    for (const s of DEMO_SUBMISSIONS) {
      for (const r of refsOf(s).filter((r) => r.kind === "$plan")) expect(r.value, r.path).toBe(s.newPlanKey);
      const previous = planByKey(s.previousPlanKey!);
      expect(previous?.institutionSlug, s.key).toBe(s.institutionSlug);
      if (s.newPlanKey) {
        const next = planByKey(s.newPlanKey);
        expect(next?.institutionSlug, s.key).toBe(s.institutionSlug);
        expect(next?.previousKey, s.key).toBe(s.previousPlanKey);
      }
    }
    // A draft reports on the plan the institution's last submission brought in.
    expect(byKey("lstm-2027-draft").previousPlanKey).toBe(byKey("lstm-2024").newPlanKey);
    expect(byKey("birmingham-2028-draft").previousPlanKey).toBe(byKey("birmingham-2024").newPlanKey);
  });

  it("every $talent is a recommendation number from 1 to 16", () => {
    const talents = DEMO_SUBMISSIONS.flatMap(refsOf).filter((r) => r.kind === "$talent");
    expect(talents.length).toBeGreaterThan(16);
    for (const r of talents) {
      expect(Number.isInteger(r.value), r.path).toBe(true);
      expect(r.value as number, r.path).toBeGreaterThanOrEqual(1);
      expect(r.value as number, r.path).toBeLessThanOrEqual(16);
    }
  });
});

describe("demo submissions: signatures and dates", () => {
  it("each signed submission has one signature per block, by a demo account of its institution with that role", () => {
    for (const s of submitted) {
      const inst = institution(s.institutionSlug);
      expect(s.signatures?.map((g) => g.block).sort(), s.key).toEqual(["lead", "signatory"]);
      for (const g of s.signatures!) {
        const person = inst.people.find((p) => p.email === g.email);
        expect(person, `${s.key} ${g.email}`).toBeDefined();
        expect(person!.role, `${s.key} ${g.email}`).toBe(g.block);
        expect(g.typedName).toBe(person!.name);
        expect(g.role.trim().length).toBeGreaterThanOrEqual(2);
      }
    }
  });

  it("frozen ≤ each signature ≤ submitted ≤ the window's close, in the window the submission falls in", () => {
    for (const s of submitted) {
      for (const g of s.signatures!) {
        expect(s.frozenOn! <= g.signedOn, `${s.key} ${g.block}`).toBe(true);
        expect(g.signedOn <= s.submittedOn!, `${s.key} ${g.block}`).toBe(true);
      }
      expect(s.submittedOn, s.key).toBe(
        s
          .signatures!.map((g) => g.signedOn)
          .sort()
          .at(-1),
      );
      expect(windowOf(s.submittedOn!), s.key).toBe(s.windowCloses);
    }
  });

  it("the 2024 submissions are made in the product, not also recorded as made outside it", () => {
    for (const s of submitted) {
      const past = DEMO_PAST_SUBMISSIONS.filter((p) => p.institutionSlug === s.institutionSlug);
      expect(
        past.map((p) => p.submittedOn),
        s.key,
      ).not.toContain(s.submittedOn);
      expect(
        past.every((p) => p.submittedOn < s.submittedOn!),
        s.key,
      ).toBe(true);
    }
  });

  it("drafts are unsigned, each in the renewal window 36 months after its institution's last one", () => {
    for (const d of drafts) {
      expect(d.frozenOn ?? d.signatures ?? d.submittedOn, d.key).toBeUndefined();
      const last = submitted.find((s) => s.institutionSlug === d.institutionSlug)!;
      const [y, rest] = [Number(last.windowCloses.slice(0, 4)), last.windowCloses.slice(4)];
      expect(d.windowCloses, d.key).toBe(`${y + 3}${rest}`);
      expect(d.templateKey).toBe("renewal");
    }
  });
});

describe("demo submissions: the seeds' slips, kept for the readiness check", () => {
  it("LSTM 2024 calls 4 → 11 senior technicians a 125% increase (it is 175%)", () => {
    const q1 = byKey("lstm-2024").answers.q1!.markdown!;
    expect(q1).toMatch(/from 4 to 11[^.]*\(125% increase\)/);
    expect(((11 - 4) / 4) * 100).toBe(175);
  });

  it("Birmingham 2024 says training attendance 'more than tripled' (26 → 73 is ×2.81)", () => {
    const q4 = byKey("birmingham-2024").answers.q4!.markdown!;
    expect(q4).toContain("more than tripling");
    const rows = [...q4.matchAll(/^\| March (\d{4}) to [^|]+\| (\d+) \|$/gm)].map((m) => [
      m[1],
      Number(m[2]),
    ]);
    expect(rows).toEqual([
      ["2020", 26],
      ["2021", 62],
      ["2022", 73],
      ["2023", 51],
    ]);
    expect(73 / 26).toBeLessThan(3);
  });

  it("Birmingham 2024 says 16 apprentices took permanent roles while its cohort table adds up to 14", () => {
    const q5 = byKey("birmingham-2024").answers.q5!.markdown!;
    expect(q5).toMatch(/Since 2020, 16 apprentices [^.]*permanent roles/);
    const permanent = [...q5.matchAll(/^\| 20\d\d \| \d of \d \| (\d+) \|$/gm)].map((m) => Number(m[1]));
    expect(permanent).toEqual([3, 6, 5]);
    expect(permanent.reduce((a, b) => a + b, 0)).toBe(14);
  });

  it("LSTM 2024 answers the sixteen recommendations once each, in order; its draft cites 1 twice (points 1 and 6)", () => {
    const signed = talentAnswers(byKey("lstm-2024"));
    expect(signed.map((a) => a.recommendationId?.$talent)).toEqual(
      Array.from({ length: 16 }, (_, i) => i + 1),
    );
    expect(signed[5]!.text).toMatch(/shared technical platforms/);
    const draft = talentAnswers(byKey("lstm-2027-draft"));
    expect(draft.map((a) => a.recommendationId?.$talent)).toEqual([1, 2, 3, 4, 5, 1]);
  });

  it("Birmingham's TALENT is one narrative: no numbered answers, each cited recommendation once", () => {
    const data = byKey("birmingham-2024").answers.q5!.data as {
      answers: unknown[];
      cited: { $talent: number }[];
    };
    expect(data.answers).toEqual([]);
    const cited = data.cited.map((c) => c.$talent);
    expect(new Set(cited).size).toBe(cited.length);
  });

  it("TALENT answers are plain text, as the section stores them", () => {
    for (const s of DEMO_SUBMISSIONS.filter((s) => s.templateKey === "renewal" && s.answers.q5)) {
      for (const a of talentAnswers(s)) {
        expect(a.text.trim().length, s.key).toBeGreaterThan(40);
        expect(a.text, s.key).not.toMatch(/\*\*|^#|\]\(|`/m);
      }
    }
  });
});

describe("md: Markdown written in the source as a person types it", () => {
  it.each<[string, string, string]>([
    [
      "drops the indentation and the blank ends",
      md`
      ## A heading

      A paragraph.
    `,
      "## A heading\n\nA paragraph.",
    ],
    [
      "joins a wrapped paragraph into one line",
      md`
      The number rose from 4 to 11
      (125% increase).
    `,
      "The number rose from 4 to 11 (125% increase).",
    ],
    [
      "joins a list item's continuation, keeps items apart",
      md`
      - one item that
        wraps
      - two
    `,
      "- one item that wraps\n- two",
    ],
    [
      "keeps table rows and headings on their own lines",
      md`
      Intro:

      | a | b |
      |---|---|
      | 1 | 2 |
    `,
      "Intro:\n\n| a | b |\n|---|---|\n| 1 | 2 |",
    ],
  ])("%s", (_, written, expected) => {
    expect(written).toBe(expected);
  });
});

describe("demo submissions: Markdown", () => {
  it("uses the subset answers accept: headings from ##, https links, no HTML, tables with even rows", () => {
    expect(narratives.length).toBeGreaterThan(15);
    for (const { where, markdown } of narratives) {
      expect(markdown.trim(), where).not.toBe("");
      expect(markdown, where).not.toMatch(/^#(?!#)/m);
      expect(markdown, where).not.toMatch(/^#{5,}/m);
      expect(markdown, where).not.toMatch(/<[a-z!/]/i);
      // Four spaces or a tab would make an indented code block, which answers read as plain text.
      expect(markdown, where).not.toMatch(/^( {4,}|\t)/m);
      for (const m of markdown.matchAll(/\]\(([^)]*)\)/g)) expect(m[1], where).toMatch(/^https:\/\//);
      const tables = markdown.split(/\n\n/).filter((block) => block.startsWith("|"));
      for (const table of tables) {
        const cells = table.split("\n").map((row) => row.split("|").length);
        expect(new Set(cells).size, `${where}: ${table}`).toBe(1);
        expect(table.split("\n")[1], where).toMatch(/^\|(---\|)+$/);
      }
    }
  });

  const markdownModule = moduleAt("../../core/narrative/markdown.ts");
  it.skipIf(!existsSync(markdownModule))("every narrative parses into the document tree", async () => {
    const { markdownToDoc } = (await import(/* @vite-ignore */ markdownModule)) as {
      markdownToDoc: (md: string) => { children: { type: string; depth?: number }[] };
    };
    for (const { where, markdown } of narratives) {
      const doc = markdownToDoc(markdown);
      expect(doc.children.length, where).toBeGreaterThan(0);
      for (const block of doc.children.filter((b) => b.type === "heading"))
        expect(block.depth, where).toBeGreaterThanOrEqual(2);
    }
  });
});

describe("demo submissions: against the modules written alongside", () => {
  const sectionsModule = moduleAt("../../core/submissions/sections/index.ts");
  it.skipIf(!existsSync(sectionsModule))("every structured part passes its section schema", async () => {
    const { validateSectionData } = (await import(/* @vite-ignore */ sectionsModule)) as {
      validateSectionData: (kind: string, raw: unknown) => unknown;
    };
    // Refs as the loader resolves them: any id will do for the schema; the same name gives the same id.
    const ids = new Map<string, string>();
    const resolve = (v: unknown): unknown => {
      if (Array.isArray(v)) return v.map(resolve);
      if (!v || typeof v !== "object") return v;
      const [entry] = Object.entries(v);
      if (Object.keys(v).length === 1 && entry && entry[0].startsWith("$")) {
        if (entry[0] === "$talent") return `talent-${String(entry[1]).padStart(2, "0")}`;
        const key = `${entry[0]}:${entry[1]}`;
        if (!ids.has(key)) ids.set(key, `00000000-0000-4000-8000-${String(ids.size).padStart(12, "0")}`);
        return ids.get(key);
      }
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, resolve(x)]));
    };
    for (const s of DEMO_SUBMISSIONS) {
      for (const [key, a] of Object.entries(s.answers)) {
        if (key === "header" || a.data === undefined) continue;
        const kind = key === "cross-references" ? key : QUESTIONS[s.templateKey][key]!.kind!;
        expect(() => validateSectionData(kind, resolve(a.data)), `${s.key}.${key}`).not.toThrow();
      }
    }
  });

  const templatesModule = moduleAt("../../core/templates/template-data.ts");
  it.skipIf(!existsSync(templatesModule))(
    "the questions and cross-reference schemes are the shipped templates'",
    async () => {
      const { TEMPLATES } = (await import(/* @vite-ignore */ templatesModule)) as {
        TEMPLATES: readonly {
          key: DemoSubmission["templateKey"];
          content: {
            crossReferenceSchemes?: string[];
            questions: { id: string; structured?: string | null; narrative?: boolean }[];
          };
        }[];
      };
      for (const key of ["renewal", "stage-3"] as const) {
        const t = TEMPLATES.find((x) => x.key === key)!;
        expect(
          Object.fromEntries(
            t.content.questions.map((q) => [
              q.id,
              { kind: q.structured ?? null, narrative: q.narrative ?? true },
            ]),
          ),
          key,
        ).toEqual(QUESTIONS[key]);
      }
      for (const s of DEMO_SUBMISSIONS) {
        const schemes = TEMPLATES.find((x) => x.key === s.templateKey)!.content.crossReferenceSchemes ?? [];
        const refs =
          (s.answers["cross-references"]?.data as { items: { scheme: string }[] } | undefined)?.items ?? [];
        for (const r of refs) expect([...schemes, "Other"], s.key).toContain(r.scheme);
      }
    },
  );
});
