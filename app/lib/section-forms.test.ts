import { describe, expect, it } from "vitest";
import { AppError } from "../../src/core/errors";
import { applyRowIntent, validateSectionData } from "../../src/core/submissions/sections/index";
import {
  A1,
  A2,
  CONTEXT,
  EV1,
  EVENT,
  OTHER,
  PLAN,
} from "../../src/core/submissions/sections/section-fixtures";
import { t } from "../i18n/i18n";
import { countOf, describeSection, linesOf, SECTION_COMPARED, sectionDataFromForm } from "./section-forms";
import { differingFields } from "./stale";

function form(entries: [string, string][]): FormData {
  const f = new FormData();
  for (const [k, v] of entries) f.append(k, v);
  return f;
}

describe("governance form", () => {
  const entries: [string, string][] = [
    ["groups.0.key", "g1"],
    ["groups.0.name", "Technical Forum"],
    ["groups.0.purpose", ""],
    ["groups.0.chair", "Emma"],
    ["groups.0.coChairs", "Faisal\r\n\r\n  Kyle  \n"],
    ["groups.0.members", ""],
    ["groups.0.reportsTo", ""],
    ["groups.0.reportsToOther", "Research Committee"],
    ["groups.0.meets", "6 times a year"],
    ["groups.1.key", "g2"],
    ["groups.1.name", ""],
    ["groups.1.coChairs", ""],
    ["groups.1.reportsTo", ""],
    ["groups.2.key", "g3"],
    ["groups.2.name", "CaDRe"],
    ["groups.2.reportsTo", "g1"],
    ["committees.0.name", "Research Committee"],
    ["committees.0.technicianRepresented", "yes"],
    ["committees.0.representative", "Emma"],
    ["committees.0.since", "June 2024"],
    ["committees.1.name", ""],
    ["committees.1.representative", ""],
    ["resourcing", "Time in workload models"],
  ];

  it("reads groups and committees, names one a line, and drops the blank rows", () => {
    expect(sectionDataFromForm("governance", form(entries))).toEqual({
      groups: [
        {
          key: "g1",
          name: "Technical Forum",
          purpose: "",
          chair: "Emma",
          coChairs: ["Faisal", "Kyle"],
          members: [],
          reportsTo: "",
          reportsToOther: "Research Committee",
          meets: "6 times a year",
        },
        {
          key: "g3",
          name: "CaDRe",
          purpose: "",
          chair: "",
          coChairs: [],
          members: [],
          reportsTo: "g1",
          reportsToOther: "",
          meets: "",
        },
      ],
      committees: [
        {
          name: "Research Committee",
          technicianRepresented: true,
          representative: "Emma",
          since: "June 2024",
        },
      ],
      resourcing: "Time in workload models",
    });
  });

  it("keeps the blank rows when a row button was pressed, and the button then adds one", () => {
    const data = sectionDataFromForm("governance", form([...entries, ["intent", "add:groups"]]));
    expect((data as { groups: unknown[] }).groups).toHaveLength(3);
    const added = applyRowIntent("governance", data, "add:groups") as { groups: { key: string }[] };
    expect(added.groups.map((g) => g.key)).toEqual(["g1", "g2", "g3", "g4"]);
    // Pressed again on the page that shows four rows: the blank fourth survives.
    const again = applyRowIntent(
      "governance",
      sectionDataFromForm("governance", form([...entries, ["groups.3.key", "g4"], ["intent", "add:groups"]])),
      "add:groups",
    ) as { groups: { key: string }[] };
    expect(again.groups.map((g) => g.key)).toEqual(["g1", "g2", "g3", "g4", "g5"]);
  });

  it("gives a group without its hidden key the next free one", () => {
    const data = sectionDataFromForm("governance", form([["groups.0.name", "Forum"]])) as {
      groups: { key: string }[];
    };
    expect(data.groups[0]!.key).toBe("g1");
  });

  it("leaves a committee unticked when the box is not sent", () => {
    const data = sectionDataFromForm("governance", form([["committees.0.name", "Senate"]])) as {
      committees: { technicianRepresented: boolean }[];
    };
    expect(data.committees[0]!.technicianRepresented).toBe(false);
  });

  it("gives errors under the form's own field names", () => {
    const data = sectionDataFromForm(
      "governance",
      form([
        ["groups.0.key", "g1"],
        ["groups.0.name", ""],
        ["groups.0.chair", "Emma"],
        ["groups.0.reportsTo", "g1"],
      ]),
    );
    try {
      validateSectionData("governance", data);
      expect.unreachable();
    } catch (e) {
      expect((e as AppError).details.fieldErrors).toEqual({
        "groups.0.name": ["Enter the name of group 1."],
        "groups.0.reportsTo": ["group 1 cannot report to itself."],
      });
    }
  });
});

describe("TALENT form", () => {
  it("reads the answers in order, a blank choice as none, and drops blank answers", () => {
    const data = sectionDataFromForm(
      "talent",
      form([
        ["answers.0.recommendationId", "talent-01"],
        ["answers.0.text", "Strategy"],
        ["answers.1.recommendationId", ""],
        ["answers.1.text", ""],
        ["answers.2.recommendationId", ""],
        ["answers.2.text", "General"],
        ["answers.10.recommendationId", "talent-01"],
        ["answers.10.text", "Again"],
      ]),
    );
    expect(data).toEqual({
      answers: [
        { recommendationId: "talent-01", text: "Strategy" },
        { recommendationId: null, text: "General" },
        { recommendationId: "talent-01", text: "Again" },
      ],
      cited: [],
    });
    expect(validateSectionData("talent", data, CONTEXT)).toEqual(data);
  });

  it("reads citations once each", () => {
    const data = sectionDataFromForm(
      "talent",
      form([
        ["cited", "talent-02"],
        ["cited", "talent-02"],
        ["cited", "talent-01"],
      ]),
    );
    expect(data).toEqual({ answers: [], cited: ["talent-02", "talent-01"] });
  });

  it("moves an answer up with the button, keeping a blank one while editing", () => {
    const f = form([
      ["answers.0.recommendationId", "talent-01"],
      ["answers.0.text", "one"],
      ["answers.1.recommendationId", ""],
      ["answers.1.text", ""],
      ["answers.2.recommendationId", "talent-02"],
      ["answers.2.text", "three"],
      ["intent", "up:answers:2"],
    ]);
    const data = applyRowIntent("talent", sectionDataFromForm("talent", f), "up:answers:2") as {
      answers: { text: string }[];
    };
    expect(data.answers.map((a) => a.text)).toEqual(["one", "three", ""]);
  });
});

describe("the other forms", () => {
  it.each([
    [
      "impact-evidence",
      [
        ["items.0.evidenceId", EV1],
        ["items.0.note", "Our news"],
        ["items.1.evidenceId", ""],
        ["items.1.note", "  "],
      ],
      { items: [{ evidenceId: EV1, note: "Our news" }] },
    ],
    ["new-plan", [["planId", PLAN]], { planId: PLAN }],
    ["new-plan", [["planId", ""]], { planId: null }],
    [
      "technician-voice",
      [
        ["consultations.0.evidenceId", EVENT],
        ["consultations.0.participants", " 24 "],
        ["consultations.1.evidenceId", ""],
        ["consultations.1.participants", ""],
        ["participants", "thirty"],
        ["outcomes", "Mentoring"],
        ["shapedActionIds", A1],
        ["shapedActionIds", A2],
      ],
      {
        consultations: [{ evidenceId: EVENT, participants: 24 }],
        participants: "thirty",
        outcomes: "Mentoring",
        shapedActionIds: [A1, A2],
      },
    ],
    [
      "public-page",
      [
        ["url", " https://www.lstmed.ac.uk/tc "],
        ["contactName", "Emma"],
        ["contactEmail", "emma@lstmed.ac.uk"],
        ["confirmed", "yes"],
      ],
      {
        url: "https://www.lstmed.ac.uk/tc",
        contactName: "Emma",
        contactEmail: "emma@lstmed.ac.uk",
        confirmed: true,
      },
    ],
    ["public-page", [], { url: "", contactName: "", contactEmail: "", confirmed: false }],
    [
      "cross-references",
      [
        ["items.0.scheme", "REF"],
        ["items.0.title", "Environment statement"],
        ["items.0.url", ""],
        ["items.0.note", ""],
        ["items.1.scheme", ""],
        ["items.1.title", ""],
        ["items.1.url", ""],
        ["items.1.note", ""],
      ],
      { items: [{ scheme: "REF", title: "Environment statement", url: "", note: "" }] },
    ],
  ] as [Parameters<typeof sectionDataFromForm>[0], [string, string][], unknown][])(
    "%s %j",
    (kind, entries, expected) => {
      expect(sectionDataFromForm(kind, form(entries))).toEqual(expected);
    },
  );

  it("lets the schema refuse a count typed as words, under its field", () => {
    const data = sectionDataFromForm("technician-voice", form([["participants", "thirty"]]));
    expect(() => validateSectionData("technician-voice", data)).toThrow(AppError);
    try {
      validateSectionData("technician-voice", data);
    } catch (e) {
      expect(Object.keys((e as AppError).details.fieldErrors ?? {})).toEqual(["participants"]);
    }
  });

  it("has no form for the RAG analysis", () => {
    expect(() => sectionDataFromForm("rag-analysis", form([]))).toThrow(/RAG analysis/);
  });
});

describe("helpers", () => {
  it.each([
    ["", []],
    ["Emma\nFaisal", ["Emma", "Faisal"]],
    [" Emma \r\n\r\n Faisal\r", ["Emma", "Faisal"]],
  ])("linesOf(%j) → %j", (text, expected) => {
    expect(linesOf(text)).toEqual(expected);
  });

  it.each([
    ["", null],
    ["  ", null],
    ["24", 24],
    ["2.5", 2.5],
    ["-1", -1],
    ["twenty", "twenty"],
    ["1,000", "1,000"],
  ])("countOf(%j) → %j", (text, expected) => {
    expect(countOf(text)).toEqual(expected);
  });
});

describe("describeSection (the stale-save comparison)", () => {
  const governance = {
    groups: [
      {
        key: "f",
        name: "Technical Forum",
        chair: "Emma",
        coChairs: ["Faisal"],
        reportsToOther: "Research Committee",
      },
      { key: "c", name: "CaDRe", reportsTo: "f", meets: "Every other month" },
    ],
    committees: [
      { name: "Research Committee", technicianRepresented: true, representative: "Emma", since: "June 2024" },
    ],
    resourcing: "Budget",
  };

  it("writes each part as lines of text, ids as what they name", () => {
    expect(describeSection("governance", governance, CONTEXT, t)).toEqual({
      groups:
        "Technical Forum — Chair: Emma; Co-chairs: Faisal; Reports to: Research Committee\nCaDRe — Reports to: Technical Forum; Meets: Every other month",
      committees: "Research Committee — Technicians represented: Yes; Representative: Emma; Since: June 2024",
      resourcing: "Budget",
    });
    expect(
      describeSection(
        "technician-voice",
        {
          consultations: [{ evidenceId: EVENT, participants: 24 }],
          participants: 30,
          shapedActionIds: [A1, OTHER],
        },
        CONTEXT,
        t,
      ),
    ).toEqual({
      consultations: "Technician away day — 24",
      participants: "30",
      outcomes: "",
      shapedActionIds: "V1, Not in the list any more",
    });
    expect(
      describeSection(
        "talent",
        {
          answers: [
            { recommendationId: "talent-02", text: "Paths" },
            { recommendationId: null, text: "General" },
          ],
        },
        CONTEXT,
        t,
      ).answers,
    ).toBe("1. (2) Paths\n2. (Not about one recommendation) General");
    expect(describeSection("new-plan", { planId: PLAN }, CONTEXT, t)).toEqual({
      planId: "Action plan 2024–27",
    });
    expect(describeSection("public-page", {}, CONTEXT, t).confirmed).toBe("No");
    expect(
      describeSection("impact-evidence", { items: [{ evidenceId: EV1, note: "Reach" }] }, CONTEXT, t),
    ).toEqual({
      items: "News story — Reach",
    });
  });

  it.each(Object.entries(SECTION_COMPARED))("%s describes exactly its compared parts", (kind, fields) => {
    const described = describeSection(kind as keyof typeof SECTION_COMPARED, {}, CONTEXT, t);
    expect(Object.keys(described).sort()).toEqual([...fields].sort());
    for (const field of fields)
      expect(t(`sections.compared.${field}`)).not.toBe(`sections.compared.${field}`);
  });

  it("finds only the part that changed", () => {
    const theirs = { ...governance, resourcing: "A bigger budget" };
    expect(
      differingFields(
        SECTION_COMPARED.governance,
        describeSection("governance", governance, CONTEXT, t),
        describeSection("governance", theirs, CONTEXT, t),
      ),
    ).toEqual(["resourcing"]);
  });
});
