import { describe, expect, it } from "vitest";
import { AppError } from "../../errors";
import { STRUCTURED_KINDS } from "../../templates/template-types";
import { SECTION_KINDS, type SectionContext, type SectionKind } from "./context";
import {
  applyRowIntent,
  emptySectionData,
  hasContent,
  isRowIntent,
  readSectionData,
  SECTION_SCHEMAS,
  sectionLists,
  validateSectionData,
} from "./index";
import { A1, A2, A3, CONTEXT, EV1, EV2, EVENT, OTHER, PLAN } from "./section-fixtures";
import { duplicateRecommendations, firstAnswerTo } from "./talent";
import { voiceCoverage } from "./technician-voice";

function errorsOf(kind: SectionKind, raw: unknown, context?: SectionContext): Record<string, string[]> {
  try {
    validateSectionData(kind, raw, context);
    return {};
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    expect(e.code).toBe("INVALID");
    return e.details.fieldErrors ?? {};
  }
}

describe("the kinds", () => {
  it("covers every structured kind of the templates but the RAG analysis, plus the cross-references", () => {
    expect([...SECTION_KINDS].sort()).toEqual(
      [...STRUCTURED_KINDS.filter((k) => k !== "rag-analysis"), "cross-references"].sort(),
    );
    expect(Object.keys(SECTION_SCHEMAS).sort()).toEqual([...SECTION_KINDS].sort());
  });

  it.each(SECTION_KINDS)("%s: the empty answer passes its own schema and has no content", (kind) => {
    const empty = emptySectionData(kind);
    expect(validateSectionData(kind, empty, CONTEXT)).toEqual(empty);
    expect(hasContent(kind, empty)).toBe(false);
    expect(readSectionData(kind, empty)).toEqual(empty);
    expect(readSectionData(kind, null)).toEqual(empty);
    expect(readSectionData(kind, "rubbish")).toEqual(empty);
  });

  it("has no structured data for the RAG analysis", () => {
    expect(() => emptySectionData("rag-analysis")).toThrow(/rag-analysis/);
  });
});

describe("impact evidence", () => {
  it("keeps items from the library with their notes", () => {
    const data = {
      items: [
        { evidenceId: EV1, note: " Our news story " },
        { evidenceId: EV2, note: "" },
      ],
    };
    expect(validateSectionData("impact-evidence", data, CONTEXT)).toEqual({
      items: [
        { evidenceId: EV1, note: "Our news story" },
        { evidenceId: EV2, note: "" },
      ],
    });
  });

  it.each([
    [
      "an item chosen twice",
      { items: [{ evidenceId: EV1 }, { evidenceId: EV2 }, { evidenceId: EV1, note: "again" }] },
      undefined,
      { "items.2.evidenceId": ["Item 3 is the same evidence as item 1: choose each item once."] },
    ],
    [
      "a note without an item",
      { items: [{ evidenceId: "", note: "A note" }] },
      undefined,
      { "items.0.evidenceId": ["Choose the evidence for item 1."] },
    ],
    [
      "an item not in the library (another institution's)",
      { items: [{ evidenceId: OTHER }] },
      CONTEXT,
      {
        "items.0.evidenceId": [
          "This item is not in your institution's evidence library: choose one from the list.",
        ],
      },
    ],
    [
      "a note that is too long",
      { items: [{ evidenceId: EV1, note: "x".repeat(2001) }] },
      CONTEXT,
      { "items.0.note": ["Use at most 2000 characters."] },
    ],
  ])("refuses %s", (_, raw, context, expected) => {
    expect(errorsOf("impact-evidence", raw, context)).toEqual(expected);
  });

  it("does not check ids without the context", () => {
    expect(errorsOf("impact-evidence", { items: [{ evidenceId: OTHER }] })).toEqual({});
  });
});

describe("TALENT", () => {
  const lstm = {
    answers: [
      { recommendationId: "talent-01", text: "Strategy.\n\nSecond paragraph." },
      { recommendationId: "talent-02", text: "Paths" },
      { recommendationId: null, text: "A general point" },
      { recommendationId: "talent-01", text: "Point 1 again, as the seed has it" },
    ],
  };

  it("keeps a recommendation answered twice (flagged, not refused)", () => {
    const data = validateSectionData("talent", lstm, CONTEXT) as typeof lstm;
    expect(data.answers).toHaveLength(4);
    expect(duplicateRecommendations(data.answers)).toEqual([4]);
  });

  it.each([
    [[], []],
    [[null, null], []],
    [
      ["a", "b", "a", "a", "b"],
      [3, 4, 5],
    ],
    [["a", null, "a"], [3]],
  ] as [(string | null)[], number[]][])("duplicateRecommendations(%j) → %j", (ids, expected) => {
    expect(duplicateRecommendations(ids.map((recommendationId) => ({ recommendationId })))).toEqual(expected);
  });

  it("finds the first answer to a recommendation", () => {
    expect(firstAnswerTo(lstm.answers, "talent-01")).toBe(1);
    expect(firstAnswerTo(lstm.answers, "talent-09")).toBeNull();
  });

  it("turns an empty choice into no recommendation", () => {
    expect(validateSectionData("talent", { answers: [{ recommendationId: "", text: "General" }] })).toEqual({
      answers: [{ recommendationId: null, text: "General" }],
      cited: [],
    });
  });

  it.each([
    [
      "an answer without text",
      { answers: [{ recommendationId: "talent-01", text: "  " }] },
      undefined,
      { "answers.0.text": ["Enter the answer for point 1, or remove it."] },
    ],
    [
      "an answer over 6000 characters",
      { answers: [{ recommendationId: null, text: "x".repeat(6001) }] },
      undefined,
      { "answers.0.text": ["Use at most 6000 characters."] },
    ],
    [
      "a recommendation that does not exist",
      { answers: [{ recommendationId: "talent-99", text: "x" }] },
      CONTEXT,
      { "answers.0.recommendationId": ["Choose a TALENT recommendation from the list."] },
    ],
    [
      "a recommendation cited twice",
      { cited: ["talent-01", "talent-01"] },
      undefined,
      { cited: ["Cite each recommendation once."] },
    ],
    [
      "a citation that does not exist",
      { cited: ["talent-01", "nope"] },
      CONTEXT,
      { cited: ["Choose TALENT recommendations from the list."] },
    ],
  ])("refuses %s", (_, raw, context, expected) => {
    expect(errorsOf("talent", raw, context)).toEqual(expected);
  });
});

describe("the new plan", () => {
  it("keeps one of the institution's plans, or none", () => {
    expect(validateSectionData("new-plan", { planId: PLAN }, CONTEXT)).toEqual({ planId: PLAN });
    expect(validateSectionData("new-plan", { planId: "" }, CONTEXT)).toEqual({ planId: null });
    expect(hasContent("new-plan", { planId: PLAN })).toBe(true);
  });

  it("refuses another institution's plan", () => {
    expect(errorsOf("new-plan", { planId: OTHER }, CONTEXT)).toEqual({
      planId: ["Choose one of your institution's plans."],
    });
  });
});

describe("technician voice", () => {
  const voice = {
    consultations: [{ evidenceId: EVENT, participants: 24 }],
    participants: 31,
    outcomes: "Mentoring came first",
    shapedActionIds: [A1, A2],
  };

  it("keeps consultations, counts, outcomes and shaped actions", () => {
    expect(validateSectionData("technician-voice", voice, CONTEXT)).toEqual(voice);
    expect(validateSectionData("technician-voice", { participants: null })).toEqual({
      consultations: [],
      participants: null,
      outcomes: "",
      shapedActionIds: [],
    });
  });

  const count = "Enter the number of technicians as a whole number, such as 24.";
  it.each([
    ["a count in words", { participants: "twenty" }, undefined, { participants: [count] }],
    ["a negative count", { participants: -1 }, undefined, { participants: [count] }],
    [
      "half a person",
      { consultations: [{ evidenceId: EVENT, participants: 2.5 }] },
      undefined,
      {
        "consultations.0.participants": [count],
      },
    ],
    [
      "a consultation without its event",
      { consultations: [{ evidenceId: "", participants: 3 }] },
      undefined,
      { "consultations.0.evidenceId": ["Choose the event for consultation 1."] },
    ],
    [
      "one event twice",
      { consultations: [{ evidenceId: EVENT }, { evidenceId: EVENT }] },
      undefined,
      {
        "consultations.1.evidenceId": [
          "Consultation 2 is the same event as consultation 1: list each event once.",
        ],
      },
    ],
    [
      "evidence that is not an event",
      { consultations: [{ evidenceId: EV1 }] },
      CONTEXT,
      {
        "consultations.0.evidenceId": [
          "This is not an event in your institution's evidence library: choose one from the list.",
        ],
      },
    ],
    [
      "an action not in the new plan",
      { shapedActionIds: [A1, OTHER] },
      CONTEXT,
      { shapedActionIds: ["Choose actions of the new plan from the list."] },
    ],
    [
      "an action twice",
      { shapedActionIds: [A1, A1] },
      undefined,
      { shapedActionIds: ["Choose each action once."] },
    ],
  ])("refuses %s", (_, raw, context, expected) => {
    expect(errorsOf("technician-voice", raw, context)).toEqual(expected);
  });

  it.each([
    [[], [0, 0, 0, 0]],
    [[A1], [1, 0, 0, 0]],
    [[A2], [0, 1, 1, 0]],
    [
      [A1, A2, A3],
      [1, 2, 1, 0],
    ],
    [[OTHER], [0, 0, 0, 0]],
  ])("voiceCoverage(%j) counts shaped actions per pillar", (shaped, expected) => {
    const coverage = voiceCoverage(shaped, CONTEXT.actions, CONTEXT.pillars);
    expect(coverage.map((c) => c.shaped)).toEqual(expected);
    expect(coverage.map((c) => c.total)).toEqual([1, 2, 1, 0]);
    expect(coverage.map((c) => c.name)).toEqual([
      "Visibility",
      "Recognition",
      "Career Development",
      "Sustainability",
    ]);
  });
});

describe("the public page", () => {
  it("keeps an https page with its contact and the confirmation", () => {
    const page = {
      url: "https://www.lstmed.ac.uk/research/lstm-technician-commitment",
      contactName: "Emma",
      contactEmail: "emma@lstmed.ac.uk",
      confirmed: true,
    };
    expect(validateSectionData("public-page", page)).toEqual(page);
    expect(hasContent("public-page", { confirmed: true })).toBe(true);
  });

  it.each([
    [
      "a page over http",
      { url: "http://example.ac.uk/tc" },
      { url: ["Enter the page's address, starting with https://."] },
    ],
    [
      "an address that is not one",
      { url: "our website" },
      { url: ["Enter the page's address, starting with https://."] },
    ],
    [
      "a script address",
      { url: "javascript:alert(1)" },
      { url: ["Enter the page's address, starting with https://."] },
    ],
    [
      "an e-mail that is not one",
      { contactEmail: "emma at lstm" },
      { contactEmail: ["Enter the contact's e-mail address, like name@example.ac.uk."] },
    ],
    ["a confirmation as text", { confirmed: "yes" }, { confirmed: ["Say whether you confirm the page."] }],
  ])("refuses %s", (_, raw, expected) => {
    expect(errorsOf("public-page", raw)).toEqual(expected);
  });
});

describe("cross-references", () => {
  it("keeps references to the template's schemes and to Other", () => {
    const data = {
      items: [
        {
          scheme: "Athena Swan",
          title: "Silver award application 2023",
          url: "https://example.ac.uk/as",
          note: "",
        },
        { scheme: "Other", title: "People and culture strategy", url: "", note: "Internal" },
      ],
    };
    expect(validateSectionData("cross-references", data, CONTEXT)).toEqual(data);
  });

  it.each([
    [
      "a reference without scheme or title",
      { items: [{ scheme: "", title: "", url: "https://example.ac.uk" }] },
      undefined,
      {
        "items.0.scheme": ["Choose the scheme of cross-reference 1."],
        "items.0.title": ["Enter the title of cross-reference 1."],
      },
    ],
    [
      "a link that is not a web address",
      { items: [{ scheme: "REF", title: "Environment statement", url: "ftp://x" }] },
      undefined,
      { "items.0.url": ["Enter a web address that starts with https:// or http://."] },
    ],
    [
      "a scheme the template does not name",
      { items: [{ scheme: "Made up", title: "A statement" }] },
      CONTEXT,
      { "items.0.scheme": ["Choose a scheme from the list, or Other."] },
    ],
  ])("refuses %s", (_, raw, context, expected) => {
    expect(errorsOf("cross-references", raw, context)).toEqual(expected);
  });
});

describe("hasContent", () => {
  it.each([
    ["governance", { groups: [{ key: "g1", name: "" }] }, false],
    ["governance", { groups: [{ key: "g1", name: "Forum" }] }, true],
    ["governance", { committees: [{ name: "", technicianRepresented: true }] }, true],
    ["governance", { resourcing: "  " }, false],
    ["impact-evidence", { items: [{ evidenceId: "", note: "" }] }, false],
    ["impact-evidence", { items: [{ evidenceId: EV1 }] }, true],
    ["talent", { answers: [{ recommendationId: null, text: "" }] }, false],
    ["talent", { cited: ["talent-01"] }, true],
    ["new-plan", { planId: null }, false],
    ["technician-voice", { participants: 0 }, true],
    ["technician-voice", { consultations: [{ evidenceId: "" }] }, false],
    ["public-page", { url: "" }, false],
    ["cross-references", { items: [{ scheme: "REF" }] }, true],
    ["public-page", undefined, false],
  ] as [SectionKind, unknown, boolean][])("%s %j → %s", (kind, data, expected) => {
    expect(hasContent(kind, data)).toBe(expected);
  });
});

describe("row intents", () => {
  const governance = {
    groups: [
      { key: "g1", name: "Steering" },
      { key: "g2", name: "Operations", reportsTo: "g1" },
      { key: "g3", name: "Local", reportsTo: "g2" },
    ],
    committees: [],
    resourcing: "",
  };
  const names = (data: unknown, list = "groups") =>
    ((data as Record<string, { name?: string; text?: string }[]>)[list] ?? []).map((r) => r.name ?? r.text);

  it("adds a blank group with the next free key", () => {
    const data = applyRowIntent("governance", governance, "add:groups") as typeof governance;
    expect(data.groups.map((g) => g.key)).toEqual(["g1", "g2", "g3", "g4"]);
    expect(data.groups[3]).toMatchObject({ key: "g4", name: "", reportsTo: "" });
  });

  it("adds a committee", () => {
    const data = applyRowIntent("governance", governance, "add:committees") as { committees: unknown[] };
    expect(data.committees).toEqual([
      { name: "", technicianRepresented: false, representative: "", since: "" },
    ]);
  });

  it("removes a group and the lines that named it", () => {
    const data = applyRowIntent("governance", governance, "remove:groups:1") as typeof governance;
    expect(data.groups.map((g) => [g.name, g.reportsTo])).toEqual([
      ["Steering", ""],
      ["Local", ""],
    ]);
  });

  const talent = {
    answers: [
      { recommendationId: "talent-01", text: "one" },
      { recommendationId: null, text: "two" },
      { recommendationId: "talent-02", text: "three" },
    ],
  };

  it.each([
    ["up:answers:2", ["one", "three", "two"]],
    ["down:answers:0", ["two", "one", "three"]],
    ["up:answers:0", ["one", "two", "three"]],
    ["down:answers:2", ["one", "two", "three"]],
    ["remove:answers:0", ["two", "three"]],
    ["remove:answers:7", ["one", "two", "three"]],
    ["add:answers", ["one", "two", "three", ""]],
    ["add:groups", ["one", "two", "three"]],
    ["remove:answers:-1", ["one", "two", "three"]],
    ["save", ["one", "two", "three"]],
    ["", ["one", "two", "three"]],
  ])("talent %s → %j", (intent, expected) => {
    expect(names(applyRowIntent("talent", talent, intent), "answers")).toEqual(expected);
  });

  it.each([
    ["talent", "add:answers", true],
    ["talent", "up:answers:1", true],
    ["talent", "add:groups", false],
    ["governance", "remove:committees:0", true],
    ["technician-voice", "add:consultations", true],
    ["impact-evidence", "add:items", true],
    ["cross-references", "remove:items:3", true],
    ["new-plan", "add:items", false],
    ["public-page", "save", false],
    ["governance", null, false],
  ] as [SectionKind, string | null, boolean][])("isRowIntent(%s, %s) → %s", (kind, intent, expected) => {
    expect(isRowIntent(kind, intent)).toBe(expected);
  });

  it("names each kind's repeated rows", () => {
    expect(SECTION_KINDS.map((k) => [k, sectionLists(k)])).toEqual([
      ["governance", ["groups", "committees"]],
      ["impact-evidence", ["items"]],
      ["talent", ["answers"]],
      ["new-plan", []],
      ["technician-voice", ["consultations"]],
      ["public-page", []],
      ["cross-references", ["items"]],
    ]);
  });
});
