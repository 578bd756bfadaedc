// A .ts file (createElement, no JSX): vitest.config.ts includes `*.test.ts` only.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { governanceDiagramSvg } from "../../../src/charts/governance-diagram";
import {
  SECTION_KINDS,
  type SectionContext,
  type SectionKind,
} from "../../../src/core/submissions/sections/context";
import { blankGroup } from "../../../src/core/submissions/sections/governance";
import { reportingTree } from "../../../src/core/submissions/sections/governance-tree";
import { emptySectionData } from "../../../src/core/submissions/sections/index";
import {
  A1,
  A2,
  CONTEXT,
  EV1,
  EVENT,
  OTHER,
  PLAN,
} from "../../../src/core/submissions/sections/section-fixtures";
import { SectionFields, SectionView } from "./index";

const fields = (kind: SectionKind, data: unknown, errors: Record<string, string[]> = {}, context = CONTEXT) =>
  renderToStaticMarkup(createElement(SectionFields, { kind, data, errors, context }));
const view = (kind: SectionKind, data: unknown, context: SectionContext = CONTEXT) =>
  renderToStaticMarkup(createElement(SectionView, { kind, data, context }));

const decode = (s: string) =>
  s.replace(
    /&(amp|lt|gt|quot|#x27|#39);/g,
    (_, e: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"' })[e] ?? "'",
  );

/** Every visible control's id has a <label for>, or sits in a fieldset with a legend (radios, boxes). */
function unlabelledControls(html: string): string[] {
  const labels = new Set([...html.matchAll(/<label for="([^"]+)"/g)].map((m) => m[1]));
  return [...html.matchAll(/<(input|select|textarea)\b([^>]*)>/g)]
    .filter(([, , attrs]) => !/type="hidden"/.test(attrs!))
    .map(([, , attrs]) => /id="([^"]+)"/.exec(attrs!)?.[1] ?? `(no id) ${attrs}`)
    .filter((id) => !labels.has(id));
}

/** The named controls of a form, in order. */
const controlNames = (html: string) =>
  [...html.matchAll(/<(?:input|select|textarea)\b[^>]*name="([^"]+)"/g)].map((m) => m[1]);
/** The attributes of each `<tag …>`, whatever order React writes them in. */
const tags = (html: string, tag: string) =>
  [...html.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, "g"))].map((m) =>
    Object.fromEntries([...m[1]!.matchAll(/([\w:-]+)="([^"]*)"/g)].map((a) => [a[1]!, decode(a[2]!)])),
  );
const intents = (html: string) =>
  tags(html, "button")
    .filter((b) => b.name === "intent")
    .map((b) => b.value);
const input = (html: string, name: string, value?: string) =>
  tags(html, "input").find((i) => i.name === name && (value === undefined || i.value === value));

const GOVERNANCE = {
  groups: [
    {
      ...blankGroup("steering"),
      name: "Steering Group",
      reportsToOther: "University Executive Board",
      coChairs: ["PVC", "Director"],
    },
    {
      ...blankGroup("ops"),
      name: "Operations Group",
      reportsTo: "steering",
      chair: "Rachel",
      meets: "Monthly",
    },
    { ...blankGroup("local"), name: "Local Group", reportsTo: "ops", members: ["Kyle", "Ashlee"] },
  ],
  committees: [
    { name: "Research Committee", technicianRepresented: true, representative: "Emma", since: "June 2024" },
  ],
  resourcing: "Contributions from three colleges.\n\nTime in workload models.",
};

describe("every kind", () => {
  it.each(SECTION_KINDS)("%s: labels every control, empty and filled", (kind) => {
    const empty = fields(kind, emptySectionData(kind));
    expect(unlabelledControls(empty)).toEqual([]);
    expect(empty).not.toContain("<form");
    expect(() => view(kind, emptySectionData(kind))).not.toThrow();
    expect(() => view(kind, "rubbish")).not.toThrow();
  });

  it("draws nothing for the RAG analysis", () => {
    expect(fields("rag-analysis", {})).toBe("");
    expect(view("rag-analysis", {})).toBe("");
  });
});

describe("governance", () => {
  it("names inputs by their data paths, one fieldset a group with its number and name", () => {
    const html = fields("governance", GOVERNANCE);
    expect(unlabelledControls(html)).toEqual([]);
    expect(controlNames(html).slice(0, 9)).toEqual([
      "groups.0.key",
      "groups.0.name",
      "groups.0.purpose",
      "groups.0.chair",
      "groups.0.coChairs",
      "groups.0.members",
      "groups.0.reportsTo",
      "groups.0.reportsToOther",
      "groups.0.meets",
    ]);
    expect(html).toContain("Group 1: Steering Group</legend>");
    expect(html).toContain("Committee 1: Research Committee</legend>");
    expect(html).toMatch(/<textarea[^>]*name="groups\.0\.coChairs"[^>]*>PVC\nDirector<\/textarea>/);
    expect(input(html, "committees.0.technicianRepresented", "yes")).toMatchObject({
      checked: "",
      type: "checkbox",
    });
  });

  it("offers the other groups as reporting lines, never the group itself", () => {
    const html = fields("governance", GOVERNANCE);
    const select = /<select[^>]*name="groups\.1\.reportsTo"[^>]*>(.*?)<\/select>/.exec(html)![1]!;
    const options = [...select.matchAll(/<option value="([^"]*)"[^>]*>([^<]*)<\/option>/g)].map(
      (m) => `${m[1]}=${decode(m[2]!)}`,
    );
    expect(options).toEqual([
      "=Not one of these groups",
      "steering=Group 1: Steering Group",
      "local=Group 3: Local Group",
    ]);
    expect(select).toMatch(/<option value="steering" selected="">/);
  });

  it("has no-JavaScript buttons to add and remove rows, named for screen readers", () => {
    const html = fields("governance", GOVERNANCE);
    expect(intents(html)).toEqual([
      "remove:groups:0",
      "remove:groups:1",
      "remove:groups:2",
      "add:groups",
      "remove:committees:0",
      "add:committees",
    ]);
    expect(html).toContain('Remove<span class="sr-only"> Group 2: Operations Group</span>');
  });

  it("saves on Enter: the first submit button posts no intent", () => {
    for (const kind of [
      "governance",
      "talent",
      "technician-voice",
      "impact-evidence",
      "cross-references",
    ] as const) {
      const [first] = tags(fields(kind, emptySectionData(kind)), "button");
      expect(first).toMatchObject({ type: "submit", "aria-hidden": "true", tabindex: "-1" });
      expect(first).not.toHaveProperty("name");
    }
    expect(tags(fields("public-page", {}), "button")).toEqual([]);
  });

  it("shows one blank group and committee to start with", () => {
    const html = fields("governance", emptySectionData("governance"));
    expect(html).toContain("Group 1</legend>");
    expect(html).toContain('name="groups.0.key" value="g1"');
    expect(html).toContain("Committee 1</legend>");
  });

  it("puts each error on its field", () => {
    const html = fields(
      "governance",
      { groups: [{ ...blankGroup("g1"), reportsTo: "g1" }] },
      {
        "groups.0.name": ["Enter the name of group 1."],
        "groups.0.reportsTo": ["group 1 cannot report to itself."],
      },
    );
    expect(html).toMatch(
      /<p id="field-groups\.0\.name-error"[^>]*><span class="sr-only">Error: <\/span>Enter the name of group 1\.<\/p>/,
    );
    expect(html).toMatch(/<input[^>]*aria-describedby="field-groups\.0\.name-error"[^>]*aria-invalid="true"/);
    expect(html).toContain("group 1 cannot report to itself.");
  });

  it("shows the diagram as a captioned image, with the same structure as a nested list", () => {
    const html = view("governance", GOVERNANCE);
    const caption = /<figcaption id="([^"]+)"[^>]*>Governance structure<\/figcaption>/.exec(html);
    expect(caption).not.toBeNull();
    expect(html).toMatch(new RegExp(`<svg [^>]*role="img"[^>]*aria-labelledby="${caption![1]}"`));
    expect(html).toMatch(/<desc id="[^"]+">3 groups and their reporting lines/);
    const list = html.slice(html.indexOf("Who reports to whom"), html.indexOf("</figure>"));
    const text = decode(
      list.replace(/<\/?(ul|li|strong|em|span|h3)[^>]*>/g, (tag) =>
        tag.startsWith("<ul") ? "[" : tag === "</ul>" ? "]" : "",
      ),
    );
    expect(text).toContain(
      "[University Executive Board (Outside these groups)[Steering Group; Co-chairs: PVC, Director[Operations Group; Chair: Rachel; Meets: Monthly[Local Group]]]]",
    );
  });

  it("draws the same boxes and lines as the export's SVG string", () => {
    const html = view("governance", GOVERNANCE);
    const svg = html.slice(html.indexOf("<svg"), html.indexOf("</svg>") + 6);
    const exported = governanceDiagramSvg(reportingTree(GOVERNANCE.groups), {
      title: "Governance structure",
      description: "",
      labels: {
        chair: "Chair",
        coChairs: "Co-chairs",
        meets: "Meets",
        external: "Outside these groups",
        unnamed: "Unnamed group",
      },
    });
    const drawn = (markup: string) =>
      ["rect", "path", "tspan"].flatMap((tag) =>
        tags(markup, tag).map((a) => JSON.stringify({ tag, ...a }, Object.keys({ tag, ...a }).sort())),
      );
    expect(drawn(svg)).toEqual(drawn(exported));
    expect(drawn(svg).filter((x) => x.includes('"tag":"rect"'))).toHaveLength(4);
  });

  it("lists each group's details, the committees and the resourcing", () => {
    const html = view("governance", GOVERNANCE);
    expect(html).toMatch(/<dt[^>]*>Reports to<\/dt><dd[^>]*>Operations Group<\/dd>/);
    expect(html).toContain("University Executive Board (outside these groups)</dd>");
    expect(html).toMatch(/<dt[^>]*>What the group does<\/dt><dd[^>]*><span[^>]*>—<\/span><\/dd>/);
    expect(html).toMatch(
      /<th scope="row"[^>]*>Research Committee<\/th><td[^>]*>Yes<\/td><td[^>]*>Emma<\/td><td[^>]*>June 2024<\/td>/,
    );
    expect(html).toContain(
      '<p class="mb-3 max-w-3xl whitespace-pre-line last:mb-0">Time in workload models.</p>',
    );
  });

  it("says when nothing is described", () => {
    const html = view("governance", emptySectionData("governance"));
    expect(html).toContain("No groups described yet.");
    expect(html).not.toContain("<svg");
  });
});

describe("TALENT", () => {
  const lstm = {
    answers: [
      { recommendationId: "talent-01", text: "Strategy" },
      { recommendationId: "talent-02", text: "Paths" },
      { recommendationId: "talent-01", text: "Point 1 again" },
    ],
  };

  it("warns beside a point that repeats a recommendation, and only there", () => {
    const html = fields("talent", lstm);
    const warning = "Point 3 answers recommendation 1, which point 1 already answers.";
    expect(html.split(warning)).toHaveLength(2);
    expect(html.indexOf(warning)).toBeGreaterThan(html.indexOf("Point 3</legend>"));
    expect(html.indexOf(warning)).toBeLessThan(html.indexOf('name="answers.2.recommendationId"'));
    expect(html).toContain('<span class="sr-only">Warning: </span>');
  });

  it("moves points up and down, except past the ends", () => {
    expect(intents(fields("talent", lstm))).toEqual([
      "down:answers:0",
      "remove:answers:0",
      "up:answers:1",
      "down:answers:1",
      "remove:answers:1",
      "up:answers:2",
      "remove:answers:2",
      "add:answers",
    ]);
  });

  it("marks the repeat in the read-only view", () => {
    const html = view("talent", lstm);
    expect(html.match(/Answered twice/g)).toHaveLength(1);
    expect(html).toMatch(/<th scope="row"[^>]*>3<\/th><td[^>]*>1\. Strategic approach<div/);
  });

  it("asks which recommendations a narrative cites when TALENT is one narrative", () => {
    const narrative = { ...CONTEXT, talentMode: "narrative" as const };
    const html = fields("talent", { cited: ["talent-02"] }, {}, narrative);
    expect(input(html, "cited", "talent-01")).toMatchObject({
      id: "field-cited-talent-01",
      type: "checkbox",
    });
    expect(input(html, "cited", "talent-01")).not.toHaveProperty("checked");
    expect(input(html, "cited", "talent-02")).toHaveProperty("checked", "");
    expect(html).not.toContain("answers.0");
    expect(view("talent", { cited: ["talent-02"] }, narrative)).toContain("<li>2. Overlapping roles</li>");
  });
});

describe("technician voice", () => {
  const voice = {
    consultations: [{ evidenceId: EVENT, participants: 24 }],
    participants: "thirty",
    outcomes: "Mentoring first",
    shapedActionIds: [A1, A2],
  };

  it("shows a count typed as words as it was typed, and the coverage per pillar", () => {
    const html = fields("technician-voice", voice, {
      participants: ["Enter the number of technicians as a whole number, such as 24."],
    });
    expect(input(html, "participants")).toHaveProperty("value", "thirty");
    expect(html).toContain("Consultation 1: Technician away day</legend>");
    expect(html).toContain("Technician away day (14 March 2024)");
    const coverage = html.slice(html.indexOf("Coverage per pillar"));
    const cells = [...coverage.matchAll(/<th scope="row"[^>]*>([^<]+)<\/th><td[^>]*>([^<]+)<\/td>/g)].map(
      (m) => `${m[1]}: ${m[2]}`,
    );
    expect(cells).toEqual([
      "Visibility: 1 of 1",
      "Recognition: 1 of 2",
      "Career Development: 1 of 1",
      "Sustainability: No actions in the plan",
    ]);
  });

  it("links to the library when it has no events", () => {
    const html = fields(
      "technician-voice",
      emptySectionData("technician-voice"),
      {},
      { ...CONTEXT, events: [] },
    );
    expect(html).toContain('href="/i/lstm/evidence/new"');
  });

  it("lists the consultations and the actions shaped in the view", () => {
    const html = view("technician-voice", { ...voice, participants: 31 });
    expect(html).toContain(`href="/i/lstm/evidence/${EVENT}"`);
    expect(html).toContain("<li>V1 Technician profiles</li><li>R1 Registration</li>");
    expect(html).toContain("31</dd>");
  });
});

describe("impact evidence, new plan, public page, cross-references", () => {
  it("chooses evidence from the library, keeping one that has gone as such", () => {
    const html = fields("impact-evidence", {
      items: [
        { evidenceId: EV1, note: "" },
        { evidenceId: OTHER, note: "" },
      ],
    });
    expect(html).toContain("News story (Link)");
    expect(html).toMatch(
      new RegExp(`<option value="${OTHER}" selected="">Not in the list any more</option>`),
    );
    const shown = view("impact-evidence", {
      items: [
        { evidenceId: EV1, note: "Shows reach" },
        { evidenceId: OTHER, note: "" },
      ],
    });
    expect(shown).toContain(`<a href="/i/lstm/evidence/${EV1}">News story</a>`);
    expect(shown).toContain("Not in the list any more");
  });

  it("offers the plans with period and status, and links to the chosen one", () => {
    const html = fields("new-plan", { planId: PLAN });
    expect(input(html, "planId", PLAN)).toMatchObject({ type: "radio", checked: "" });
    expect(input(html, "planId", "")).not.toHaveProperty("checked");
    expect(html).toContain("1 August 2024 to 31 July 2027 · Published");
    expect(view("new-plan", { planId: PLAN })).toContain(
      `<a href="/i/lstm/plans/${PLAN}">Action plan 2024–27</a>`,
    );
    expect(view("new-plan", { planId: OTHER })).toContain("not one of your institution&#x27;s plans");
    expect(fields("new-plan", { planId: null }, {}, { ...CONTEXT, plans: [] })).toContain(
      'href="/i/lstm/plans/new"',
    );
  });

  it("links the public page only when it is a web address", () => {
    const ok = view("public-page", {
      url: "https://lstmed.ac.uk/tc",
      contactName: "Emma",
      contactEmail: "e@lstmed.ac.uk",
      confirmed: true,
    });
    expect(ok).toContain('<a href="https://lstmed.ac.uk/tc"');
    expect(ok).toContain("Yes</dd>");
    const bad = view("public-page", { url: "javascript:alert(1)" });
    expect(bad).not.toContain('<a href="javascript');
    expect(bad).toContain("No</dd>");
  });

  it("offers the template's schemes and Other", () => {
    const html = fields("cross-references", {
      items: [{ scheme: "REF", title: "Environment statement", url: "", note: "" }],
    });
    const select = /<select[^>]*name="items\.0\.scheme"[^>]*>(.*?)<\/select>/.exec(html)![1]!;
    expect([...select.matchAll(/<option value="([^"]*)"/g)].map((m) => m[1])).toEqual([
      "",
      "Athena Swan",
      "Race Equality Charter",
      "REF",
      "Other",
    ]);
    expect(
      view("cross-references", {
        items: [{ scheme: "Other", title: "Strategy", url: "https://x.ac.uk", note: "" }],
      }),
    ).toMatch(
      /<th scope="row"[^>]*><a href="https:\/\/x\.ac\.uk" rel="noopener noreferrer">Strategy<\/a><\/th><td[^>]*>Other<\/td>/,
    );
  });
});
