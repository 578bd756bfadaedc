import { describe, expect, it } from "vitest";
import type { NarrativeDoc } from "../narrative/doc";
import type { StructuredKind } from "../templates/template-types";
import { type FactIndicator, figureFacts } from "./figure-facts";
import { blocksSignOff, checkReadiness, type Finding, isBlocked, type ReadinessInput } from "./readiness";
import { hasStructuredContent, isAnswered } from "./readiness-content";
import { findingPath } from "./readiness-href";
import { FINDING_MESSAGES, findingMessage } from "./readiness-messages";
import { monthsBetween } from "./readiness-plan-rules";

const STAFF = "00000000-0000-4000-8000-000000000001";
const PREVIOUS = "00000000-0000-4000-8000-00000000000a";
const NEW = "00000000-0000-4000-8000-00000000000b";

const doc = (...paragraphs: string[]): NarrativeDoc => ({
  type: "root",
  children: paragraphs.map((value) => ({ type: "paragraph", children: [{ type: "text", value }] })),
});

const question = (
  id: string,
  structured: StructuredKind | null,
  extra: Partial<ReadinessInput["questions"][number]> = {},
) => ({
  id,
  number: id.slice(1),
  title: `Title of ${id}`,
  required: true,
  narrative: true,
  structured,
  wordLimit: null,
  ...extra,
});

// A renewal like the LSTM seed's, finished and signed: the check finds nothing.
const STAFF_FIGURES: FactIndicator = {
  id: STAFF,
  name: "Technical staff",
  unit: "count",
  breakdownKeys: ["total", "senior"],
  observations: [
    { period: { kind: "year", year: 2019 }, value: 42, breakdown: { total: 42, senior: 4 } },
    { period: { kind: "year", year: 2024 }, value: 53, breakdown: { total: 53, senior: 11 } },
  ],
};

const action = (id: string, ref: string, pillars: string[]) => ({
  id,
  ref,
  title: `Action ${ref}`,
  pillars,
  owner: "Technician committee",
  leadName: "Emma",
  timescaleText: "July 2025",
  markers: ["Is the page live?"],
});

const base = (): ReadinessInput => ({
  today: "2024-07-01",
  windowCloses: "2024-07-31",
  state: "ready",
  questions: [
    question("q1", "governance", { wordLimit: 20 }),
    question("q2", "rag-analysis"),
    question("q3", "impact-evidence"),
    question("q4", "talent", { narrative: false }),
    question("q5", "new-plan"),
    question("q6", "technician-voice"),
    question("q7", "public-page", { narrative: false }),
    question("q8", null, { required: false }),
  ],
  talentMode: "per-recommendation",
  answers: {
    q1: { narrative: doc("Technician numbers increased by 26% from 42 to 53."), data: null, complete: true },
    q2: { narrative: doc("We reflect on the plan."), data: null, complete: true },
    q3: { narrative: null, data: { items: [{ evidenceId: "e1", note: "" }] }, complete: true },
    q4: {
      narrative: null,
      data: {
        answers: [
          { recommendationId: "talent-01", text: "Our response." },
          { recommendationId: "talent-02", text: "Another." },
        ],
      },
      complete: true,
    },
    q5: { narrative: null, data: { planId: NEW }, complete: true },
    q6: { narrative: doc("Technicians shaped it."), data: null, complete: true },
    q7: { narrative: null, data: { url: "https://example.ac.uk/tc", confirmed: true }, complete: true },
  },
  previousPlan: {
    id: PREVIOUS,
    title: "Action plan 2021–2024",
    endsOn: "2024-03-31",
    actions: [
      {
        id: "p1",
        ref: "CD1",
        title: "Career pathways",
        rating: { colour: "red", label: "No Progress", commentary: "Superseded by the new plan." },
      },
      {
        id: "p2",
        ref: "V1",
        title: "Visibility",
        rating: { colour: "green", label: "Completed", commentary: "" },
      },
      { id: "p3", ref: "V2", title: "Not yet rated", rating: null },
    ],
  },
  newPlan: {
    id: NEW,
    pillars: [
      { id: "visibility", name: "Visibility" },
      { id: "recognition", name: "Recognition" },
    ],
    actions: [action("a1", "V1", ["visibility"]), action("a2", "R1", ["recognition", "visibility"])],
  },
  talentAnswers: [
    { recommendationId: "talent-01", number: 1, position: 1 },
    { recommendationId: "talent-02", number: 2, position: 2 },
  ],
  technicianVoice: { consultations: 2, participants: 30 },
  publicUrl: "https://example.ac.uk/tc",
  signatures: { lead: true, signatory: true },
  figures: figureFacts([STAFF_FIGURES]),
});

const summary = (f: Finding) => [f.severity, f.code, f.href, f.message];

describe("readiness: a finished, signed submission", () => {
  it("has no findings", () => {
    expect(checkReadiness(base())).toEqual([]);
    expect(isBlocked([])).toBe(false);
  });
});

describe("readiness: each finding, with where to fix it", () => {
  it.each<[string, (i: ReadinessInput) => void, [string, string, string, string][]]>([
    [
      "a required question with neither part answered",
      (i) => {
        i.answers.q3 = { narrative: doc("   "), data: { items: [] }, complete: false };
      },
      [["blocking", "unanswered", "sections/q3", "Question 3, “Title of q3”, is not answered."]],
    ],
    [
      "a required question answered in its narrative only",
      (i) => {
        i.answers.q3 = { narrative: doc("See the news pages."), data: null, complete: false };
      },
      [],
    ],
    [
      "a missing answer row",
      (i) => {
        delete i.answers.q3;
      },
      [["blocking", "unanswered", "sections/q3", "Question 3, “Title of q3”, is not answered."]],
    ],
    [
      "an optional question unanswered",
      (i) => {
        delete i.answers.q8;
      },
      [],
    ],
    [
      "a narrative over the word limit",
      (i) => {
        i.answers.q1!.narrative = doc(Array.from({ length: 21 }, () => "word").join(" "));
      },
      [
        [
          "blocking",
          "word-limit",
          "sections/q1",
          "Question 1, “Title of q1”, has 21 words: the limit is 20.",
        ],
      ],
    ],
    [
      "a red rating with no explanation",
      (i) => {
        i.previousPlan!.actions[0]!.rating!.commentary = "  ";
      },
      [
        [
          "blocking",
          "red-without-explanation",
          "sections/q2#action-p1",
          "Action CD1, “Career pathways”, is rated No Progress with no explanation: say why it is red.",
        ],
      ],
    ],
    [
      "a TALENT recommendation answered twice (the LSTM seed's points 1 and 6)",
      (i) => {
        i.talentAnswers.push({ recommendationId: "talent-01", number: 1, position: 6 });
      },
      [
        [
          "blocking",
          "talent-duplicate",
          "sections/q4#talent-6",
          "Recommendation 1 is answered at points 1 and 6: answer each recommendation once.",
        ],
      ],
    ],
    [
      "a recommendation answered three times",
      (i) => {
        i.talentAnswers.push({ recommendationId: "talent-02", number: 2, position: 9 });
        i.talentAnswers.push({ recommendationId: "talent-02", number: 2, position: 4 });
      },
      [
        [
          "blocking",
          "talent-duplicate",
          "sections/q4#talent-4",
          "Recommendation 2 is answered at points 2, 4 and 9: answer each recommendation once.",
        ],
      ],
    ],
    [
      "signatures missing in a draft",
      (i) => {
        i.state = "draft";
        i.signatures = { lead: false, signatory: false };
      },
      [
        ["blocking", "not-signed", "sign", "Not signed yet by the institutional lead."],
        ["blocking", "not-signed", "sign", "Not signed yet by the leader of the institution."],
      ],
    ],
    [
      "the signatory's signature missing once frozen",
      (i) => {
        i.signatures.signatory = false;
      },
      [["blocking", "not-signed", "sign", "Not signed yet by the leader of the institution."]],
    ],
    [
      "an action without owner, lead, timescale or measurable outcome",
      (i) => {
        Object.assign(i.newPlan!.actions[1]!, {
          owner: "",
          leadName: " ",
          timescaleText: "",
          markers: [" "],
        });
      },
      [
        [
          "warning",
          "action-without-owner",
          "plan-action:a2",
          "Action R1, “Action R1”, has no owner or lead.",
        ],
        [
          "warning",
          "action-without-timescale",
          "plan-action:a2",
          "Action R1, “Action R1”, has no timescale.",
        ],
        [
          "warning",
          "action-without-outcome",
          "plan-action:a2",
          "Action R1, “Action R1”, has no measurable outcome (marker of success).",
        ],
      ],
    ],
    [
      "an unnumbered action with a lead but no owner: someone answers for it, so nothing to say",
      (i) => {
        Object.assign(i.newPlan!.actions[0]!, { ref: "", owner: "" });
      },
      [],
    ],
    [
      "an unnumbered action with neither owner nor lead",
      (i) => {
        Object.assign(i.newPlan!.actions[0]!, { ref: "", owner: "", leadName: "" });
      },
      [["warning", "action-without-owner", "plan-action:a1", "Action “Action V1” has no owner or lead."]],
    ],
    [
      "a pillar with no action",
      (i) => {
        i.newPlan!.pillars.push({ id: "sustainability", name: "Sustainability" });
      },
      [
        [
          "warning",
          "pillar-without-action",
          `plan:${NEW}#pillar-sustainability`,
          "The new plan has no action under Sustainability.",
        ],
      ],
    ],
    [
      "a previous plan that ended long before the window (the LSTM seed's 2019–2021 plan)",
      (i) => {
        Object.assign(i.previousPlan!, { title: "Action plan 2019–2021", endsOn: "2021-12-31" });
      },
      [
        [
          "warning",
          "previous-plan-old",
          "sections/q2",
          "The previous plan, “Action plan 2019–2021”, ended on 31 December 2021, 31 months before this window closes on 31 July 2024: check it is the plan to look back on.",
        ],
      ],
    ],
    [
      "a previous plan that ended exactly 12 months before",
      (i) => {
        i.previousPlan!.endsOn = "2023-07-31";
      },
      [],
    ],
    [
      "no technician-voice consultation",
      (i) => {
        i.technicianVoice = { consultations: 0, participants: null };
      },
      [
        [
          "warning",
          "no-technician-voice",
          "sections/q6",
          "No technician-voice consultation is recorded: add the events where technicians shaped this submission.",
        ],
      ],
    ],
    [
      "no public URL, the section answered in words",
      (i) => {
        i.publicUrl = null;
        i.questions[6]!.narrative = true;
        i.answers.q7 = { narrative: doc("Our page is being rebuilt."), data: null, complete: false };
      },
      [
        [
          "warning",
          "no-public-url",
          "sections/q7",
          "No public web page is given for your Technician Commitment status, plan and contact.",
        ],
      ],
    ],
    [
      "no public URL and the section empty: one finding, not two",
      (i) => {
        i.publicUrl = "";
        i.answers.q7 = { narrative: null, data: { url: "" }, complete: false };
      },
      [["blocking", "unanswered", "sections/q7", "Question 7, “Title of q7”, is not answered."]],
    ],
    [
      "no new plan linked, the section answered in words",
      (i) => {
        i.newPlan = null;
        i.answers.q5 = {
          narrative: doc("Our plan is being approved."),
          data: { planId: null },
          complete: false,
        };
      },
      [["warning", "no-new-plan", "sections/q5", "No new action plan is linked to this submission."]],
    ],
    [
      "a number in an answer that contradicts a figure",
      (i) => {
        i.answers.q1!.narrative = doc("Senior technicians went from 4 to 11 (125% increase).");
      },
      [
        [
          "warning",
          "contradiction",
          "sections/q1",
          "Question 1: “125% increase” does not match Technical staff: senior, change: from 4 (2019) to 11 (2024) is +175 %.",
        ],
      ],
    ],
    [
      "a number in a TALENT answer that contradicts a figure",
      (i) => {
        (i.answers.q4!.data as { answers: { text: string }[] }).answers[1]!.text =
          "We back this.\n\nSenior technicians have more than tripled since 2019.";
      },
      [
        [
          "warning",
          "contradiction",
          "sections/q4#talent-2",
          "Question 4, point 2: “more than tripled” does not match Technical staff: senior, multiple: from 4 (2019) to 11 (2024) is ×2.75.",
        ],
      ],
    ],
    [
      "a number in the cross-references that contradicts its own sentence",
      (i) => {
        i.answers["cross-references"] = {
          narrative: doc("Our Athena Swan panel grew from 10 to 12 (a 50% increase)."),
          data: null,
          complete: true,
        };
      },
      [
        [
          "warning",
          "contradiction",
          "sections/cross-references",
          "Cross-references: “50% increase” does not match the sentence’s own figures: 10 to 12 is +20 %.",
        ],
      ],
    ],
  ])("%s", (_, change, expected) => {
    const input = base();
    change(input);
    expect(checkReadiness(input).map(summary)).toEqual(expected);
  });

  it("names a pillar's subject, an action's and a recommendation's, for the page to mark", () => {
    const input = base();
    input.talentAnswers.push({ recommendationId: "talent-01", number: 1, position: 6 });
    input.newPlan!.actions[0]!.timescaleText = "";
    input.newPlan!.pillars.push({ id: "sustainability", name: "Sustainability" });
    expect(checkReadiness(input).map((f) => [f.code, f.subject])).toEqual([
      ["talent-duplicate", "talent-01"],
      ["action-without-timescale", "a1"],
      ["pillar-without-action", "sustainability"],
    ]);
  });
});

describe("readiness: the sections a template does not ask for", () => {
  it("gives no warning about a technician voice, public page or new plan it has no question for", () => {
    const input = base();
    input.questions = input.questions.filter((q) => !["q5", "q6", "q7"].includes(q.id));
    input.technicianVoice = { consultations: 0, participants: null };
    input.publicUrl = null;
    input.newPlan = null;
    expect(checkReadiness(input)).toEqual([]);
  });

  it("links a red rating to the plan when no question shows the RAG analysis", () => {
    const input = base();
    input.questions = input.questions.filter((q) => q.id !== "q2");
    input.previousPlan!.actions[0]!.rating!.commentary = "";
    expect(checkReadiness(input).map((f) => f.href)).toEqual([`plan:${PREVIOUS}`]);
  });

  it("counts the RAG analysis as answered only when there is a previous plan", () => {
    const input = base();
    input.answers.q2 = { narrative: null, data: null, complete: false };
    expect(checkReadiness(input)).toEqual([]);
    input.previousPlan = null;
    expect(checkReadiness(input).map((f) => [f.code, f.href])).toEqual([["unanswered", "sections/q2"]]);
  });
});

describe("readiness: order and what blocks", () => {
  const messy = () => {
    const input = base();
    input.state = "draft";
    input.signatures = { lead: false, signatory: true };
    input.technicianVoice.consultations = 0;
    delete input.answers.q6;
    input.questions[5]!.required = false;
    input.answers.q1!.narrative = doc("Senior technicians went from 4 to 11 (125% increase).");
    delete input.answers.q3;
    input.previousPlan!.actions[0]!.rating!.commentary = "";
    input.newPlan!.actions[1]!.markers = [];
    return input;
  };

  it("lists blocking findings first, then warnings, each in question order, signing last", () => {
    expect(checkReadiness(messy()).map((f) => [f.severity, f.code, f.href])).toEqual([
      ["blocking", "red-without-explanation", "sections/q2#action-p1"],
      ["blocking", "unanswered", "sections/q3"],
      ["blocking", "not-signed", "sign"],
      ["warning", "contradiction", "sections/q1"],
      ["warning", "action-without-outcome", "plan-action:a2"],
      ["warning", "no-technician-voice", "sections/q6"],
    ]);
  });

  it.each<[string, (i: ReadinessInput) => void, boolean, boolean]>([
    ["nothing wrong", () => {}, false, false],
    [
      "only warnings",
      (i) => {
        i.publicUrl = null;
      },
      false,
      false,
    ],
    [
      "only signatures missing",
      (i) => {
        i.signatures.lead = false;
      },
      true,
      false,
    ],
    [
      "a question unanswered",
      (i) => {
        delete i.answers.q3;
      },
      true,
      true,
    ],
  ])("%s: blocked %s, blocks sign-off %s", (_, change, blocked, signOff) => {
    const input = base();
    change(input);
    const findings = checkReadiness(input);
    expect(isBlocked(findings)).toBe(blocked);
    expect(blocksSignOff(findings)).toBe(signOff);
  });
});

describe("whether a structured part has content (data is unknown here)", () => {
  it.each<[StructuredKind, unknown, boolean]>([
    ["governance", { groups: [{ name: "Technician Forum" }], committees: [] }, true],
    ["governance", { groups: [], committees: [{ name: "Research Committee" }] }, true],
    ["governance", { groups: [{ name: " ", chair: "" }], committees: [] }, false],
    ["governance", { groups: "Forum" }, false],
    ["impact-evidence", { items: [{ evidenceId: "e1", note: "" }] }, true],
    ["impact-evidence", { items: [] }, false],
    ["talent", { answers: [{ recommendationId: "talent-01", text: "Yes." }] }, true],
    ["talent", { answers: [{ recommendationId: "talent-01", text: "" }] }, false],
    ["talent", { answers: [], cited: ["talent-03"] }, true],
    ["new-plan", { planId: NEW }, true],
    ["new-plan", { planId: null }, false],
    ["new-plan", { planId: 42 }, false],
    ["technician-voice", { consultations: [{ evidenceId: "e2", participants: 12 }] }, true],
    ["technician-voice", { consultations: [], outcomes: "A new career pathway." }, true],
    ["technician-voice", { consultations: [], outcomes: "", participants: 40 }, false],
    ["public-page", { url: "https://example.ac.uk/tc" }, true],
    ["public-page", { url: "  ", confirmed: true }, false],
    ["public-page", null, false],
    ["public-page", "https://example.ac.uk", false],
    ["governance", [], false],
    ["rag-analysis", null, true],
  ])("%s %j → %s", (kind, data, expected) => {
    expect(hasStructuredContent(kind, data, true)).toBe(expected);
  });

  it("needs the narrative part switched on to count it", () => {
    const answer = { narrative: doc("Words."), data: null, complete: false };
    expect(isAnswered({ narrative: true, structured: "public-page" }, answer, false)).toBe(true);
    expect(isAnswered({ narrative: false, structured: "public-page" }, answer, false)).toBe(false);
  });
});

describe("hrefs and words", () => {
  const at = { slug: "lstm", submission: "/i/lstm/submissions/s1" };
  it.each<[string, string]>([
    ["sections/q3", "/i/lstm/submissions/s1/sections/q3"],
    ["sections/q2#action-p1", "/i/lstm/submissions/s1/sections/q2#action-p1"],
    ["sign", "/i/lstm/submissions/s1/sign"],
    [`plan:${NEW}#pillar-recognition`, `/i/lstm/plans/${NEW}#pillar-recognition`],
    ["plan-action:a2", "/i/lstm/actions/a2/edit"],
    ["javascript:alert(1)", "/i/lstm/submissions/s1"],
  ])("%s → %s", (href, path) => {
    expect(findingPath(href, at)).toBe(path);
  });

  it.each<[string, string, number]>([
    ["2021-12-31", "2024-07-31", 31],
    ["2023-07-31", "2024-07-31", 12],
    ["2023-08-01", "2024-07-31", 11],
  ])("%s to %s is %d months", (from, to, months) => {
    expect(monthsBetween(from, to)).toBe(months);
  });

  it("fills every placeholder of every message", () => {
    const params = {
      number: 1,
      title: "t",
      words: 2,
      limit: 1,
      action: "a",
      label: "l",
      positions: "1 and 6",
    };
    const all = { ...params, pillar: "p", endsOn: "d", months: 3, closes: "c", detail: "x", position: 2 };
    for (const key of Object.keys(FINDING_MESSAGES) as (keyof typeof FINDING_MESSAGES)[]) {
      expect(findingMessage(key, all)).not.toMatch(/\{\{|\}\}/);
    }
  });
});
