import { describe, expect, it } from "vitest";
import type { Observation, Unit } from "./figure-types";
import {
  type ImportOptions,
  MAX_ROWS,
  parseNumber,
  parseTable,
  readObservationTable,
  validateObservationRows,
} from "./table-import";

const COUNT: ImportOptions = { unit: "count", breakdownKeys: [] };
const PERCENT: ImportOptions = { unit: "percent", breakdownKeys: [] };
const TECHNICIANS: ImportOptions = { unit: "count", breakdownKeys: ["total", "senior"] };
const APPRENTICES: ImportOptions = {
  unit: "count",
  breakdownKeys: ["started", "completed", "in-permanent-roles"],
};

describe("parseTable", () => {
  it.each<[string, string, string[], [number, Record<string, string>][]]>([
    [
      "CSV",
      "period,value\n2019,42\n2024,53\n",
      ["period", "value"],
      [
        [2, { period: "2019", value: "42" }],
        [3, { period: "2024", value: "53" }],
      ],
    ],
    [
      "a spreadsheet paste (tabs)",
      "Period\tValue\n2023/24\t1,200\n",
      ["Period", "Value"],
      [[2, { Period: "2023/24", Value: "1,200" }]],
    ],
    ["semicolons", "period;value\n2024;7\n", ["period", "value"], [[2, { period: "2024", value: "7" }]]],
    [
      "CRLF and a BOM",
      "\uFEFFperiod,value\r\n2024,7\r\n",
      ["period", "value"],
      [[2, { period: "2024", value: "7" }]],
    ],
    [
      "a comma inside quotes",
      'period,value,note\n2024,"1,200","a, b"\n',
      ["period", "value", "note"],
      [[2, { period: "2024", value: "1,200", note: "a, b" }]],
    ],
    [
      "doubled quotes",
      'period,note\n2024,"the ""senior"" grade"\n',
      ["period", "note"],
      [[2, { period: "2024", note: 'the "senior" grade' }]],
    ],
    [
      "a stray quote in an unquoted cell",
      'period,note\n2024,5" tubes\n',
      ["period", "note"],
      [[2, { period: "2024", note: '5" tubes' }]],
    ],
    [
      "a line break inside quotes, then the next line",
      'period,note\n2024,"two\nlines"\n2023,x\n',
      ["period", "note"],
      [
        [2, { period: "2024", note: "two\nlines" }],
        [4, { period: "2023", note: "x" }],
      ],
    ],
    [
      "blank lines are skipped but counted",
      "period,value\n\n2024,7\n   \n2023,6",
      ["period", "value"],
      [
        [3, { period: "2024", value: "7" }],
        [5, { period: "2023", value: "6" }],
      ],
    ],
    [
      "a short row is filled",
      "period,value,note\n2024,7\n",
      ["period", "value", "note"],
      [[2, { period: "2024", value: "7", note: "" }]],
    ],
    [
      "headings are trimmed",
      " period , value \n2024,7\n",
      ["period", "value"],
      [[2, { period: "2024", value: "7" }]],
    ],
    ["one column", "period\n2024\n", ["period"], [[2, { period: "2024" }]]],
  ])("%s", (_, text, columns, rows) => {
    const table = parseTable(text);
    expect(table.errors).toEqual([]);
    expect(table.columns).toEqual(columns);
    expect(table.rows.map((r) => [r.line, r.input])).toEqual(rows);
  });

  it.each([
    ["nothing", "", "The table is empty."],
    ["only blank lines", "\n  \n\n", "The table is empty."],
    [
      "an unclosed quote",
      'period,note\n2024,"never closed\n2023,x\n',
      'A quoted cell is never closed: a " is missing.',
    ],
    ["a blank heading", "period,,value\n2024,x,7\n", "Column 2 has no heading."],
    ["a heading twice", "period,Value,value\n2024,7,8\n", "The heading 'value' appears twice."],
    ["too many cells", "period,value\n2024,7,8\n", "Line 2 has 3 cells but there are 2 headings."],
  ])("%s → %j", (_, text, error) => {
    expect(parseTable(text).errors).toContain(error);
  });
});

describe("parseNumber", () => {
  it.each<[string, Unit, number | null]>([
    ["42", "count", 42],
    [" 1,234 ", "count", 1234],
    ["1,234,567.5", "other", 1234567.5],
    ["12,34", "other", null],
    ["0.5", "other", 0.5],
    [".5", "other", 0.5],
    ["-3", "other", -3],
    ["\u22123", "other", -3],
    ["86%", "percent", 86],
    ["86 %", "percent", 86],
    ["86%", "count", null],
    ["£1,200", "currency", 1200],
    ["-£5", "currency", -5],
    ["£5", "count", null],
    ["1e3", "other", null],
    ["abc", "other", null],
    ["", "other", null],
    ["4 of 42", "other", null],
  ])("%j as %s → %s", (text, unit, expected) => {
    expect(parseNumber(text, unit)).toBe(expected);
  });
});

const BIRMINGHAM_MI = [
  "Period,Value,Provisional,As of,Note",
  "1 March 2020 – 28 February 2021,26,,,Year 1",
  "1 March 2021 – 28 February 2022,62,,,Year 2",
  "1 March 2022 – 28 February 2023,73,,,Year 3",
  "1 March 2023 – 29 February 2024,51,yes,December 2023,Year 4",
].join("\n");

describe("readObservationTable", () => {
  it("reads Birmingham's MI Talent attendance (seed S1, appendix 3)", () => {
    const result = readObservationTable(BIRMINGHAM_MI, COUNT);
    expect(result.ok).toBe(true);
    expect(result.errors).toEqual([]);
    expect(result.rows.map((r) => r.observation?.value)).toEqual([26, 62, 73, 51]);
    expect(result.rows[3]!.observation).toEqual<Observation>({
      period: { kind: "range", startsOn: "2023-03-01", endsOn: "2024-02-29" },
      value: 51,
      provisional: true,
      asOf: "2023-12-31",
      note: "Year 4",
    });
    expect(result.rows.flatMap((r) => r.warnings)).toEqual([]);
  });

  it("reads LSTM's technicians with a breakdown (seed S2)", () => {
    const result = readObservationTable(
      "Period\tValue\tTotal\tSenior\n2019\t42\t42\t4\n2024\t53\t53\t11\n",
      TECHNICIANS,
    );
    expect(result.ok).toBe(true);
    expect(result.rows.map((r) => r.observation?.breakdown)).toEqual([
      { total: 42, senior: 4 },
      { total: 53, senior: 11 },
    ]);
  });

  it("reads Birmingham's apprentices with the breakdown's own headings", () => {
    const text =
      "period,value,started,completed,In permanent roles\n2020,3,3,3,3\n2021,6,6,6,6\n2022,5,6,5,5\n";
    const result = readObservationTable(text, APPRENTICES);
    expect(result.ok).toBe(true);
    expect(result.rows[2]!.observation?.breakdown).toEqual({
      started: 6,
      completed: 5,
      "in-permanent-roles": 5,
    });
  });

  it("derives a percentage from its parts and warns when the typed one disagrees (LSTM's senior share)", () => {
    const result = readObservationTable(
      "period,value,numerator,denominator\n2019,10,4,42\n2024,,11,53\n",
      PERCENT,
    );
    expect(result.ok).toBe(true);
    expect(result.rows[0]!.warnings).toEqual([
      "Line 2: 10 % is typed but 4 of 42 is 9.5 %: 9.5 % will be used.",
    ]);
    expect(result.rows[1]!.observation).toMatchObject({ value: null, numerator: 11, denominator: 53 });
  });

  it("warns that a figure counted before its period ended is shown as provisional", () => {
    const result = readObservationTable("period,value,as of\n2023/24,51,as of December 2023\n", COUNT);
    expect(result.ok).toBe(true);
    expect(result.rows[0]!.warnings).toEqual([
      "Line 2: counted on 31 December 2023, before the period ends (31 July 2024): shown as provisional.",
    ]);
  });

  it("takes a percentage the source gives without parts ('>80% positive')", () => {
    const result = readObservationTable('period,value,note\n2023,80%,">80% positive"\n', PERCENT);
    expect(result.rows[0]!.observation).toMatchObject({ value: 80, note: ">80% positive" });
  });
});

describe("readObservationTable: one message per problem, with its line", () => {
  it.each<[string, string, ImportOptions, string[]]>([
    ["not a number", "period,value\n2024,42\n2023,abc\n", COUNT, ["Line 3: 'abc' is not a number."]],
    [
      "a hedged figure",
      "period,value\n2023,>80\n",
      PERCENT,
      ["Line 2: '>80' is not a number: enter the number alone and keep the source's words in the note."],
    ],
    [
      "a fractional count",
      "period,value\n2024,2.5\n",
      COUNT,
      ["Line 2: a count must be a whole number of 0 or more, not '2.5'."],
    ],
    [
      "a negative count",
      "period,value\n2024,-3\n",
      COUNT,
      ["Line 2: a count must be a whole number of 0 or more, not '-3'."],
    ],
    [
      "a percentage over 100",
      "period,value\n2024,935\n",
      PERCENT,
      ["Line 2: a percentage must be from 0 to 100, not '935'."],
    ],
    ["no period", "period,value\n,42\n", COUNT, ["Line 2: there is no period."]],
    [
      "a period we do not read",
      "period,value\nSummer 2024,42\n",
      COUNT,
      [
        "Line 2: 'Summer 2024' is not a period we understand: write 2024, 2023/24, 1 March 2022 – 28 February 2023 or 31 July 2024.",
      ],
    ],
    ["no value", "period,value\n2024,\n", COUNT, ["Line 2: there is no value."]],
    [
      "provisional, neither yes nor no",
      "period,value,provisional\n2024,4,maybe\n",
      COUNT,
      ["Line 2: 'maybe' is not yes or no."],
    ],
    ["as of, not a date", "period,value,as of\n2024,4,soon\n", COUNT, ["Line 2: 'soon' is not a date."]],
    [
      "counted before the period began",
      "period,value,as of\n2024,4,2023-12-31\n",
      COUNT,
      ["Line 2: it was counted on 31 December 2023, before the period starts (1 January 2024)."],
    ],
    [
      "parts for a count",
      "period,value,numerator,denominator\n2024,4,1,2\n",
      COUNT,
      ["Line 2: a numerator and denominator are only for percentages."],
    ],
    [
      "one part only",
      "period,value,numerator,denominator\n2024,4,1,\n",
      PERCENT,
      ["Line 2: give both a numerator and a denominator, or neither."],
    ],
    [
      "a part that is not a number, and no value",
      "period,value,numerator,denominator\n2024,,abc,53\n",
      PERCENT,
      ["Line 2: 'abc' is not a number."],
    ],
    [
      "a zero denominator",
      "period,numerator,denominator\n2024,0,0\n",
      PERCENT,
      ["Line 2: the denominator must be more than 0."],
    ],
    [
      "a part larger than its whole",
      "period,numerator,denominator\n2024,16,14\n",
      PERCENT,
      ["Line 2: the numerator (16) is more than the denominator (14)."],
    ],
    [
      "a breakdown that is not a count",
      "period,value,senior\n2024,53,eleven\n",
      TECHNICIANS,
      ["Line 2: 'eleven' is not a number."],
    ],
    [
      "a note too long",
      `period,value,note\n2024,4,${"x".repeat(1001)}\n`,
      COUNT,
      ["Line 2: the note is longer than 1000 characters."],
    ],
    [
      "the same period twice, written two ways",
      "period,value\n2023/24,4\n2024,5\nAY 2023-24,6\n",
      COUNT,
      ["Line 4: 2023/24 is already on line 2."],
    ],
    [
      "several problems on one row",
      "period,value,provisional\nsoon,abc,maybe\n",
      COUNT,
      [
        "Line 2: 'soon' is not a period we understand: write 2024, 2023/24, 1 March 2022 – 28 February 2023 or 31 July 2024.",
        "Line 2: 'abc' is not a number.",
        "Line 2: 'maybe' is not yes or no.",
      ],
    ],
  ])("%s", (_, text, options, errors) => {
    const result = readObservationTable(text, options);
    expect(result.ok).toBe(false);
    expect(result.errors).toEqual([]);
    expect(result.rows.flatMap((r) => r.errors)).toEqual(errors);
    // A row with an error has no observation, so nothing half-read can be saved.
    for (const row of result.rows) expect(row.observation === undefined).toBe(row.errors.length > 0);
  });

  it("one bad row makes the whole table not ok, and the good rows are still reported", () => {
    const result = readObservationTable("period,value\n2022,1\n2023,x\n2024,3\n", COUNT);
    expect(result.ok).toBe(false);
    expect(result.rows.map((r) => [r.line, r.observation?.value ?? null, r.errors.length])).toEqual([
      [2, 1, 0],
      [3, null, 1],
      [4, 3, 0],
    ]);
  });

  it.each<[string, string, ImportOptions, string]>([
    [
      "an unknown column",
      "period,value,Senoir\n2024,53,11\n",
      TECHNICIANS,
      "'Senoir' is not a column we read: use period, value, numerator, denominator, provisional, as of, note, total, senior.",
    ],
    [
      "no period column",
      "year,value\n2024,53\n",
      { unit: "count", breakdownKeys: ["year"] },
      "The table needs a 'period' column.",
    ],
    ["no value column", "period,note\n2024,x\n", COUNT, "The table needs a 'value' column."],
    ["headings only", "period,value\n", COUNT, "The table has no rows under its headings."],
    ["an unclosed quote", 'period,value\n2024,"7\n', COUNT, 'A quoted cell is never closed: a " is missing.'],
    ["too many cells", "period,value\n2024,7,8\n", COUNT, "Line 2 has 3 cells but there are 2 headings."],
  ])("%s → %j", (_, text, options, error) => {
    const result = readObservationTable(text, options);
    expect(result.ok).toBe(false);
    expect(result.errors).toContain(error);
  });

  it("a percentage table needs no value column when it has both parts", () => {
    expect(readObservationTable("period,numerator,denominator\n2024,11,53\n", PERCENT).ok).toBe(true);
  });

  it("accepts headings in any case and spelling of spaces, and 'as at'", () => {
    const result = readObservationTable("PERIOD,Value,as_at,Notes\n2024,4,31 Dec 2024,fine\n", COUNT);
    expect(result.ok).toBe(true);
    expect(result.rows[0]!.observation).toMatchObject({ asOf: "2024-12-31", note: "fine" });
  });
});

describe("validateObservationRows: the row limit", () => {
  const rows = (n: number) =>
    // One day each from 1 January 2000, so no two periods are the same.
    Array.from({ length: n }, (_, i) => ({
      line: i + 2,
      input: { period: new Date(Date.UTC(2000, 0, 1 + i)).toISOString().slice(0, 10), value: "1" },
    }));

  it.each([
    [MAX_ROWS, true, []],
    [
      MAX_ROWS + 1,
      false,
      ["The table has 1,001 rows; one import takes at most 1,000. Split it into smaller tables."],
    ],
  ])("%i rows → ok %s", (n, ok, errors) => {
    const result = validateObservationRows(rows(n), COUNT);
    expect(result.ok).toBe(ok);
    expect(result.errors).toEqual(errors);
  });

  it("checks rows built by a form the same way", () => {
    const result = validateObservationRows([{ line: 1, input: { period: "2024", value: "53" } }], COUNT);
    expect(result.rows[0]!.observation).toEqual({
      period: { kind: "year", year: 2024 },
      value: 53,
      provisional: false,
      asOf: null,
    });
  });
});
