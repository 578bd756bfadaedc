import { describe, expect, it } from "vitest";
import type { Inline, NarrativeDoc } from "../narrative/doc";
import { markdownToDoc } from "../narrative/markdown";
import { findContradictions, holds } from "./claims";
import { claimsOf, fromToOf, type Qualifier, yearOf, yearsIn } from "./claims-extract";
import { sameWord, sentenceBounds, sentencesOf } from "./claims-text";
import { type FactIndicator, figureFacts } from "./figure-facts";

const STAFF = "00000000-0000-4000-8000-000000000001";
const TRAINING = "00000000-0000-4000-8000-000000000002";
const COHORTS = "00000000-0000-4000-8000-000000000003";
const REGISTERED = "00000000-0000-4000-8000-000000000004";
const ON_PROGRAMME = "00000000-0000-4000-8000-000000000005";

const year = (y: number) => ({ kind: "year", year: y }) as const;
const range = (startsOn: string, endsOn: string) => ({ kind: "range", startsOn, endsOn }) as const;

// The seeds' figures (domain.md §5): LSTM's workforce; Birmingham's training and apprentices.
const INDICATORS: FactIndicator[] = [
  {
    id: STAFF,
    name: "Technical staff",
    unit: "count",
    breakdownKeys: ["total", "senior"],
    observations: [
      { period: year(2019), value: 42, breakdown: { total: 42, senior: 4 } },
      { period: year(2024), value: 53, breakdown: { total: 53, senior: 11 } },
    ],
  },
  {
    id: REGISTERED,
    name: "Technicians professionally registered",
    unit: "percent",
    breakdownKeys: [],
    observations: [{ period: year(2024), value: null, numerator: 5, denominator: 53 }],
  },
  {
    id: TRAINING,
    name: "Training attendance (technical skills programme)",
    unit: "count",
    breakdownKeys: [],
    observations: [
      { period: range("2020-03-01", "2021-02-28"), value: 26 },
      { period: range("2021-03-01", "2022-02-28"), value: 62 },
      { period: range("2022-03-01", "2023-02-28"), value: 73 },
      { period: range("2023-03-01", "2024-02-29"), value: 51, asOf: "2023-12-31" },
    ],
  },
  {
    id: COHORTS,
    name: "Technical apprentices by cohort",
    unit: "count",
    breakdownKeys: ["started", "completed", "in-permanent-roles"],
    observations: [
      { period: year(2020), value: 3, breakdown: { started: 3, completed: 3, "in-permanent-roles": 3 } },
      { period: year(2021), value: 6, breakdown: { started: 6, completed: 6, "in-permanent-roles": 6 } },
      { period: year(2022), value: 6, breakdown: { started: 6, completed: 5, "in-permanent-roles": 5 } },
    ],
  },
  {
    id: ON_PROGRAMME,
    name: "Apprentices on programme",
    unit: "count",
    breakdownKeys: [],
    observations: [{ period: { kind: "date", on: "2024-01-31" }, value: 33 }],
  },
];
const FACTS = figureFacts(INDICATORS);

const text = (value: string): Inline => ({ type: "text", value });
const figure = (ref: string): Inline => ({ type: "boundFigure", ref });
const para = (...children: (string | Inline)[]): NarrativeDoc["children"][number] => ({
  type: "paragraph",
  children: children.map((c) => (typeof c === "string" ? text(c) : c)),
});
const doc = (...children: NarrativeDoc["children"]): NarrativeDoc => ({ type: "root", children });
const contradictionsIn = (sentence: string) =>
  findContradictions([{ sectionKey: "q1", doc: doc(para(sentence)) }], FACTS);

describe("contradictions: the seeds' three, in other words, are found", () => {
  it.each<[string, string, string, string | undefined]>([
    [
      "Over five years our senior technical posts went from 4 to 11, a 125% increase.",
      "125% increase",
      "+175 %",
      "Technical staff: senior, change",
    ],
    [
      "Notably the number of senior technicians climbed from 4 to 11 (125 per cent increase).",
      "125 per cent increase",
      "+175 %",
      "Technical staff: senior, change",
    ],
    [
      "Our technicians' attendance at regional training has more than tripled since 2020.",
      "more than tripled",
      "×2.81",
      "Training attendance (technical skills programme), multiple",
    ],
    [
      "Training attendance was more than three times as high in the year from March 2022 as in the year from March 2020.",
      "more than three times",
      "×2.81",
      "Training attendance (technical skills programme), multiple",
    ],
    [
      "Since the scheme began in 2020, 16 of our apprentices have moved into permanent roles.",
      "16 of our apprentices",
      "14",
      "Technical apprentices by cohort: in permanent roles, total",
    ],
    [
      "Since 2020, 16 apprentices secured permanent employment.",
      "16 apprentices",
      "14",
      "Technical apprentices by cohort: in permanent roles, total",
    ],
    // With no figure at all, a sentence whose own numbers disagree.
    ["Visitors to the open day rose from 20 to 50 (a 50% increase).", "50% increase", "+150 %", undefined],
    ["Membership of the network doubled from 30 to 45.", "doubled", "×1.5", undefined],
  ])("%s", (sentence, claimed, actual, figureLabel) => {
    const found = contradictionsIn(sentence);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ sectionKey: "q1", sentence, claimed, actual });
    expect(found[0]!.figureLabel).toBe(figureLabel);
    expect(found[0]!.message).toContain(`“${claimed}”`);
    expect(found[0]!.message).toContain(actual);
  });

  it("finds a claim wrapped over two lines of the Markdown (a soft line break is a space)", () => {
    const wrapped = markdownToDoc(
      "Senior technicians rose from 4 to 11 over the same period\n(125% increase).",
    );
    const found = findContradictions([{ sectionKey: "q1", doc: wrapped }], FACTS);
    expect(found.map((c) => c.claimed)).toEqual(["125% increase"]);
  });

  it("says how the figure was worked out", () => {
    const [found] = contradictionsIn("Since 2020, 16 apprentices secured permanent employment.");
    expect(found!.message).toBe(
      "“16 apprentices” does not match Technical apprentices by cohort: in permanent roles, total: 3 + 6 + 5 is 14.",
    );
    expect(found!.figureRef).toBe(`derived:total-in-permanent-roles:${COHORTS}`);
  });

  it("finds the seeds' own sentences as they were written", () => {
    const lstm =
      "The total number of technicians has increased by 26% since 2019 from 42 to 53. Notably, the number of technicians in roles classed as 'senior' has increased over this time from 4 to 11 (125% increase). This is a substantial increase both in real terms and also relative to the total number of technicians (10 % in 2019 versus 20 % in 2024).";
    const birmingham =
      "There has been an uptick in external training uptake since the changes in the Technical Academy were implemented in 2021 with increased engagement with MI talent with attendance on MI talent training session more than tripling during the 12 month period from March 2022 compared with the 12 months from March 2020. Since 2020, 16 apprentices secured permanent employment.";
    const found = findContradictions(
      [
        { sectionKey: "q1", doc: doc(para(lstm)) },
        { sectionKey: "q4", doc: doc(para(birmingham)) },
        { sectionKey: "q5", doc: null },
      ],
      FACTS,
    );
    expect(found.map((c) => [c.sectionKey, c.claimed, c.actual])).toEqual([
      ["q1", "125% increase", "+175 %"],
      ["q4", "more than tripling", "×2.81"],
      ["q4", "16 apprentices", "14"],
    ]);
  });
});

describe("contradictions: true or unclear sentences are left alone", () => {
  it.each([
    // Correct against a figure.
    "Our technical staff grew by 26% from 2019 to 2024.",
    "The number of technicians increased by 26% between 2019 and 2024, from 42 to 53.",
    "Senior technical staff rose by 175% in five years.",
    "Senior technician numbers almost tripled.",
    "Attendance at regional training almost tripled between March 2020 and March 2022.",
    "Attendance at regional training nearly trebled.",
    "In total, 14 apprentices have secured permanent roles since 2020.",
    "In 2024, 10 % of technicians were professionally registered.",
    "Approximately 10 % of our technicians are now professionally registered.",
    "In 2024, 20 % of our technicians held senior roles, up from 10 % in 2019.",
    "We currently have 33 apprentices on programme.",
    // Another year, another moment, or not one of the figures.
    "Year 3 saw 73 technicians attend training.",
    "In 2020, 3 apprentices started and all 3 completed.",
    "The technician forum meets 6 times a year.",
    "In 2024 we hosted 19 technicians across the 3 sessions.",
    "Since 2021, engagement with the regional talent network has increased threefold, and roadshows in 2022 and 2023 had over 50 attendees at each event.",
    "10 % of technicians responded to the survey.",
    "We spent £16 on apprentices' badges.",
    "Twelve apprentices joined us.",
    "14 of the 15 apprentices completed their programme.",
    "Technician numbers rose from 42 to 53 between 2019 and 2024.",
    "We ran the programme from 2019 to 2024, a 100% increase in reach.",
    "",
  ])("%s", (sentence) => {
    expect(contradictionsIn(sentence)).toEqual([]);
  });

  it("leaves a count alone when two figures fit it equally and disagree", () => {
    // "apprentices" and "technical" fit the cohorts' started (15) and completed (14) totals alike.
    expect(contradictionsIn("In total, 12 technical apprentices since 2020.")).toEqual([]);
  });
});

describe("contradictions: long and hostile input", () => {
  it("reads a maximal answer of unpunctuated numbers in reasonable time", () => {
    const bits = [
      "Senior technicians increased by 26% from 4 to 11 ",
      "since 2020 16 apprentices ",
      "1.2.3. a. b. ",
    ];
    let long = "";
    for (let i = 0; long.length < 19_900; i++) long += bits[i % bits.length];
    const started = performance.now();
    const found = findContradictions(
      [{ sectionKey: "q1", doc: doc(...Array.from({ length: 10 }, () => para(long))) }],
      FACTS,
    );
    // Quadratic reading took over 40 s here; linear takes well under one.
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(found.length).toBeGreaterThan(0);
  });
});

describe("contradictions: bound figures", () => {
  const source = (...children: (string | Inline)[]) => [{ sectionKey: "q2", doc: doc(para(...children)) }];

  it("reads a bound figure as its value, so the sentence's own numbers still add up", () => {
    const found = findContradictions(
      source(
        "Senior technicians rose from 4 to ",
        figure(`derived:latest-senior:${STAFF}`),
        " (125% increase).",
      ),
      FACTS,
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      sentence: "Senior technicians rose from 4 to 11 (125% increase).",
      figureRef: `derived:change-senior:${STAFF}`,
      actual: "+175 %",
    });
  });

  it("matches a claim to the bound figure first, whatever the words", () => {
    const found = findContradictions(
      source("Ours went up 125% (", figure(`derived:change-senior:${STAFF}`), ")."),
      FACTS,
    );
    expect(found.map((c) => c.figureRef)).toEqual([`derived:change-senior:${STAFF}`]);
  });

  it("never takes a bound figure for a typed claim", () => {
    expect(
      findContradictions(
        source("Senior technicians rose by ", figure(`derived:change-senior:${STAFF}`), "."),
        FACTS,
      ),
    ).toEqual([]);
    expect(
      findContradictions(source("We have ", figure(`indicator:${ON_PROGRAMME}`), " apprentices."), FACTS),
    ).toEqual([]);
  });

  it("reads a figure that no longer exists as a placeholder", () => {
    const gone = "derived:change:00000000-0000-4000-8000-0000000000ff";
    expect(sentencesOf(doc(para("It rose by ", figure(gone), ".")))[0]!.text).toBe("It rose by [figure].");
  });
});

describe("claims read from a sentence", () => {
  const claims = (s: string) =>
    claimsOf({ text: s, refs: [], boundSpans: [] }).map((c) => [c.kind, c.value, c.qualifier, c.text]);

  it.each<[string, [string, number, Qualifier, string][]]>([
    ["increased by 26% since 2019", [["percent-change", 26, "exact", "increased by 26%"]]],
    ["a rise of 12.5 per cent", [["percent-change", 12.5, "exact", "rise of 12.5 per cent"]]],
    ["from 4 to 11 (125% increase)", [["percent-change", 125, "exact", "125% increase"]]],
    ["fell by about 10%", [["percent-change", -10, "about", "fell by about 10%"]]],
    ["a 5% reduction in vacancies", [["percent-change", -5, "exact", "5% reduction"]]],
    ["26% more technicians", [["percent-change", 26, "exact", "26% more"]]],
    ["+26% on 2019", [["percent-change", 26, "exact", "+26%"]]],
    ["grew by more than 25%", [["percent-change", 25, "more-than", "grew by more than 25%"]]],
    ["10 % of technicians", [["percent", 10, "exact", "10 %"]]],
    [">50% attendance from technicians", [["percent", 50, "more-than", ">50%"]]],
    ["rose to 20%", [["percent", 20, "exact", "20%"]]],
    ["up to 20% of places", [["percent", 20, "up-to", "up to 20%"]]],
    ["doubled", [["ratio", 2, "exact", "doubled"]]],
    ["more than tripling", [["ratio", 3, "more-than", "more than tripling"]]],
    ["almost tripled", [["ratio", 3, "almost", "almost tripled"]]],
    ["has nearly quadrupled", [["ratio", 4, "almost", "nearly quadrupled"]]],
    ["halved", [["ratio", 0.5, "exact", "halved"]]],
    ["increased threefold", [["ratio", 3, "exact", "threefold"]]],
    ["a 3-fold rise", [["ratio", 3, "exact", "3-fold"]]],
    ["three times as many", [["ratio", 3, "exact", "three times"]]],
    ["2.8 times more", [["ratio", 2.8, "exact", "2.8 times"]]],
    ["twice as many", [["ratio", 2, "exact", "twice"]]],
    ["×2.8 on 2020", [["ratio", 2.8, "exact", "×2.8"]]],
    ["16 apprentices secured", [["count", 16, "exact", "16 apprentices"]]],
    ["over 50 attendees", [["count", 50, "more-than", "over 50 attendees"]]],
    ["1,200 visitors", [["count", 1200, "exact", "1,200 visitors"]]],
    // Not claims: years, numbered things, times, money, pairs, fractions of wholes.
    ["in 2024", []],
    ["in 2023/24", []],
    ["Year 3", []],
    ["Year 3 attendance", []],
    ["recommendation 6 technicians", []],
    ["meets 6 times a year", []],
    ["three more technicians", []],
    ["£16 apprentices", []],
    ["from 4 to 11", []],
    ["a 12 month period", []],
    ["14 of the 15", []],
    ["double-check", []],
    ["COVID-19 restrictions", []],
  ])("%s", (sentence, expected) => {
    expect(claims(sentence)).toEqual(expected);
  });

  it("keeps what a count counts", () => {
    const [claim] = claimsOf({ text: "33 new-entrant apprentices on programme", refs: [], boundSpans: [] });
    expect(claim!.counted).toEqual(["new", "entrant", "apprentices", "on"]);
  });

  it.each<[string, string, number | null]>([
    ["10 % in 2019 versus 20 % in 2024", "10 %", 2019],
    ["10 % in 2019 versus 20 % in 2024", "20 %", 2024],
    ["Since 2020, 16 apprentices secured permanent employment", "16 apprentices", 2020],
    ["16 apprentices secured permanent employment", "16 apprentices", null],
  ])("%s: the year of “%s” is %s", (sentence, claimed, expected) => {
    const claim = claimsOf({ text: sentence, refs: [], boundSpans: [] }).find((c) => c.text === claimed)!;
    expect(yearOf(claim, yearsIn(sentence))).toBe(expected);
  });

  it.each<[string, [number, number] | null]>([
    ["rose from 4 to 11 (125% increase)", [4, 11]],
    ["from 42 in 2019 to 53 in 2024", [42, 53]],
    ["from 42 (2019) to 53 (2024)", [42, 53]],
    ["from 1,200 to 1,500", [1200, 1500]],
    ["from 2019 to 2024", null],
    ["from 10% to 20%", null],
    ["from March 2020 to March 2022", null],
    ["from 4 to 11 and from 42 to 53", null],
  ])("%s: from/to %j", (sentence, pair) => {
    const found = fromToOf(sentence);
    expect(found ? [found.from, found.to] : null).toEqual(pair);
  });
});

describe("whether a figure bears a claim out", () => {
  it.each<[Parameters<typeof holds>[0], number, Qualifier, number, boolean]>([
    ["percent-change", 26, "exact", 26.19, true],
    ["percent-change", 125, "exact", 175, false],
    ["percent-change", 25, "exact", 26.19, false],
    ["percent-change", 25, "more-than", 26.19, true],
    ["ratio", 3, "more-than", 2.81, false],
    ["ratio", 3, "almost", 2.81, true],
    ["ratio", 3, "almost", 2.6, false],
    ["ratio", 3, "exact", 2.81, false],
    ["ratio", 3, "exact", 2.9, true],
    ["ratio", 2, "about", 1.85, true],
    ["count", 16, "exact", 14, false],
    ["count", 14, "exact", 14, true],
    ["count", 50, "more-than", 50, false],
    ["count", 50, "at-least", 50, true],
    ["count", 50, "less-than", 49, true],
    ["count", 50, "up-to", 51, false],
    ["percent", 10, "exact", 9.43, true],
    ["percent", 20, "exact", 20.75, true],
    ["percent", 50, "more-than", 50, false],
  ])("%s: %d (%s) against %d → %s", (kind, claimed, qualifier, actual, expected) => {
    expect(holds(kind, claimed, qualifier, actual)).toBe(expected);
  });
});

describe("sentences and words", () => {
  it.each<[string, string[]]>([
    ["One. Two.", ["One.", "Two."]],
    ["It rose 26.2 % in 2024. Then it fell.", ["It rose 26.2 % in 2024.", "Then it fell."]],
    ["Approx. 50% of staff. E.g. 3 groups.", ["Approx. 50% of staff.", "E.g. 3 groups."]],
    ["In 2019. 16 apprentices joined.", ["In 2019.", "16 apprentices joined."]],
    ['He said "it rose." Then it fell!', ['He said "it rose."', "Then it fell!"]],
    ["see lstmed.ac.uk/research for more", ["see lstmed.ac.uk/research for more"]],
    ["line one\nline two", ["line one", "line two"]],
  ])("%j → %j", (input, sentences) => {
    expect(sentenceBounds(input).map(([s, e]) => input.slice(s, e).trim())).toEqual(sentences);
  });

  it("keeps table cells and list items apart", () => {
    const table: NarrativeDoc["children"][number] = {
      type: "table",
      children: [
        {
          type: "tableRow",
          children: [
            { type: "tableCell", children: [text("Year")] },
            { type: "tableCell", children: [text("Attendees")] },
          ],
        },
        {
          type: "tableRow",
          children: [
            { type: "tableCell", children: [text("Year 3")] },
            { type: "tableCell", children: [text("73")] },
          ],
        },
      ],
    };
    const list: NarrativeDoc["children"][number] = {
      type: "list",
      children: [
        { type: "listItem", children: [para("first item")] },
        { type: "listItem", children: [para("second item")] },
      ],
    };
    expect(sentencesOf(doc(table, list)).map((s) => s.text)).toEqual([
      "Year",
      "Attendees",
      "Year 3",
      "73",
      "first item",
      "second item",
    ]);
  });

  it.each<[string, string, boolean]>([
    ["technicians", "technical", true],
    ["attendees", "attendance", true],
    ["registered", "registration", true],
    ["apprentices", "apprentice", true],
    ["training", "train", true],
    ["senior", "seniority", true],
    ["students", "staff", false],
    ["placement", "placed", false],
    ["roles", "rolled", false],
  ])("%s ~ %s → %s", (a, b, expected) => {
    expect(sameWord(a, b)).toBe(expected);
  });
});
