import { describe, expect, it } from "vitest";
import { ZActionFields, ZRateActionInput } from "../../src/core/plans/plan-fields";
import { parseInput } from "../../src/core/validate";
import {
  ACTION_COMPARED,
  actionFormState,
  actionInput,
  createPlanInput,
  type Describers,
  describeAction,
  followingPeriod,
  listValues,
  markerRows,
  numberOrText,
  PLAN_COMPARED,
  planFieldsInput,
  planFormValues,
  rateInput,
  remapErrors,
  rowIndexes,
} from "./plan-forms";
import { differingFields } from "./stale";

function form(entries: [string, string][]): FormData {
  const f = new FormData();
  for (const [k, v] of entries) f.append(k, v);
  return f;
}

/** The marker group as the page draws it: every field, empty unless given. */
function markerGroup(i: number, fields: Record<string, string> = {}): [string, string][] {
  const all = {
    text: "",
    "target.comparator": ">=",
    "target.value": "",
    "target.unit": "",
    "target.byDate": "",
    "target.baseline": "",
    "observed.value": "",
    "observed.on": "",
    indicatorId: "",
    id: "",
    ...fields,
  };
  return Object.entries(all).map(([k, v]) => [`markers.${i}.${k}`, v]);
}

const BASE: [string, string][] = [
  ["title", "Technician profiles on the website"],
  ["pillars", "visibility"],
  ["primaryPillar", "visibility"],
];

function errorsOf(fn: () => unknown): Record<string, string[]> {
  try {
    fn();
  } catch (error) {
    return (error as { details: { fieldErrors: Record<string, string[]> } }).details.fieldErrors;
  }
  throw new Error("expected the input to be refused");
}

describe("numberOrText", () => {
  it.each([
    ["", undefined],
    ["  ", undefined],
    ["20", 20],
    [" 12.5 ", 12.5],
    ["-3", -3],
    ["twenty", "twenty"],
    ["12%", "12%"],
  ])("%j → %j", (input, expected) => {
    expect(numberOrText(input)).toEqual(expected);
  });
});

describe("rowIndexes", () => {
  it.each([
    [["markers.0.text", "markers.0.target.value", "markers.2.text", "title"], "markers", [0, 2]],
    [["markers.10.text", "markers.9.text"], "markers", [9, 10]],
    [["evidence.1.url", "markers.0.text"], "evidence", [1]],
    [["markersx.0.text", "markers.a.text", "markers.0"], "markers", []],
  ])("%j under %s → %j", (keys, prefix, expected) => {
    expect(rowIndexes(keys, prefix)).toEqual(expected);
  });
});

describe("listValues", () => {
  it("keeps every ticked box of a group, and an empty list for a group with none ticked", () => {
    const f = form([
      ["pillars", "visibility"],
      ["title", "x"],
      ["pillars", "recognition"],
    ]);
    expect(listValues(f, ["pillars", "carryForwardActionIds"])).toEqual({
      pillars: ["visibility", "recognition"],
      carryForwardActionIds: [],
    });
  });
});

describe("actionInput", () => {
  it("maps checkbox arrays, lines and optional fields", () => {
    const { input } = actionInput(
      form([
        ...BASE,
        ["pillars", "recognition"],
        ["aims", "Be seen"],
        ["plannedOutcomes", "One\r\n\r\nTwo"],
        ["miniGoals", ""],
        ["timescaleText", "July 2025"],
        ["owner", "TA Steering Group"],
        ["leadMemberId", ""],
        ["leadName", "Morgan"],
        ["notes", ""],
        ["referenceAsPublished", "V1"],
      ]),
    );
    expect(input).toMatchObject({
      pillars: ["visibility", "recognition"],
      primaryPillar: "visibility",
      plannedOutcomes: "One\r\n\r\nTwo",
      leadMemberId: null,
      leadName: "Morgan",
      markers: [],
    });
    const parsed = parseInput(ZActionFields, input);
    expect(parsed.plannedOutcomes).toEqual(["One", "Two"]);
    expect(parsed.pillars).toEqual(["visibility", "recognition"]);
  });

  it("sends no primary pillar when none is chosen, so the use-case asks for one", () => {
    const { input } = actionInput(form([["title", "Something"]]));
    expect(input.pillars).toEqual([]);
    expect(input.primaryPillar).toBeUndefined();
    expect(errorsOf(() => parseInput(ZActionFields, input))).toMatchObject({
      pillars: ["Choose at least one pillar."],
      primaryPillar: ["Choose a pillar."],
    });
  });

  type MarkerCase = [string, [string, string][], unknown[]];
  it.each<MarkerCase>([
    ["blank groups are dropped, even with a comparator chosen", [...markerGroup(0), ...markerGroup(1)], []],
    [
      "text only: no target, no observation",
      markerGroup(0, { text: "Page reviewed" }),
      [{ text: "Page reviewed", target: null, observed: null }],
    ],
    [
      "a full target with a baseline and an observation",
      markerGroup(0, {
        text: "Registered",
        "target.value": "20",
        "target.unit": "%",
        "target.byDate": "2027-07-31",
        "target.baseline": "12",
        "observed.value": "15",
        "observed.on": "2025-09-30",
      }),
      [
        {
          text: "Registered",
          target: { comparator: ">=", value: 20, unit: "%", byDate: "2027-07-31", baseline: "12" },
          observed: { value: 15, on: "2025-09-30" },
        },
      ],
    ],
    [
      "a target without a baseline sends null",
      markerGroup(0, {
        text: "Fewer",
        "target.comparator": "<=",
        "target.value": "5",
        "target.byDate": "2026-01-31",
      }),
      [
        {
          text: "Fewer",
          target: { comparator: "<=", value: 5, unit: "", byDate: "2026-01-31", baseline: null },
          observed: null,
        },
      ],
    ],
    [
      "a value that is not a number is passed as typed, for the use-case to refuse",
      markerGroup(0, { text: "T", "target.value": "twenty", "target.byDate": "2027-07-31" }),
      [{ text: "T", target: { value: "twenty" }, observed: null }],
    ],
    [
      "a saved marker sends its id back",
      markerGroup(0, { id: "11111111-1111-4111-8111-111111111111", text: "Kept" }),
      [{ id: "11111111-1111-4111-8111-111111111111", text: "Kept", indicatorId: null }],
    ],
    [
      "a group with only its hidden id left is dropped: the marker is removed",
      markerGroup(0, { id: "11111111-1111-4111-8111-111111111111" }),
      [],
    ],
    [
      "with an indicator chosen, the typed figure is ignored",
      markerGroup(0, {
        text: "Attendance",
        indicatorId: "33333333-3333-4333-8333-333333333333",
        "observed.value": "not a number",
        "observed.on": "2025-01-01",
      }),
      [{ text: "Attendance", indicatorId: "33333333-3333-4333-8333-333333333333", observed: null }],
    ],
    [
      "an indicator alone makes a group typed (the use-case then asks for its text)",
      markerGroup(0, { indicatorId: "33333333-3333-4333-8333-333333333333" }),
      [{ text: "", indicatorId: "33333333-3333-4333-8333-333333333333" }],
    ],
  ])("markers: %s", (_name, entries, expected) => {
    const { input } = actionInput(form([...BASE, ...entries]));
    expect(input.markers).toMatchObject(expected);
  });

  it("reports a marker's error under the form's own row, after blank rows were dropped", () => {
    const f = form([
      ...BASE,
      ...markerGroup(0),
      ...markerGroup(1, { text: "Fine" }),
      ...markerGroup(2),
      ...markerGroup(3, { text: "Target", "target.value": "lots", "target.byDate": "2027-07-31" }),
    ]);
    const { input, fieldFor } = actionInput(f);
    expect(input.markers).toHaveLength(2);
    const errors = errorsOf(() => parseInput(ZActionFields, input));
    expect(Object.keys(errors)).toEqual(["markers.1.target.value"]);
    expect(remapErrors(errors, fieldFor)).toEqual({
      "markers.3.target.value": ["Enter the target as a number."],
    });
  });

  it.each([
    ["markers.0.text", "markers.2.text"],
    ["markers.1.target.byDate", "markers.5.target.byDate"],
    ["markers.7.text", "markers.7.text"],
    ["markers", "markers"],
    ["title", "title"],
    ["evidence.0.url", "evidence.0.url"],
  ])("fieldFor(%s) → %s when rows 2 and 5 were kept", (key, expected) => {
    const f = form([
      ...BASE,
      ...markerGroup(2, { text: "a" }),
      ...markerGroup(4),
      ...markerGroup(5, { text: "b" }),
    ]);
    expect(actionInput(f).fieldFor(key)).toBe(expected);
  });
});

describe("actionFormState and markerRows", () => {
  const saved = {
    title: "Registrations",
    pillars: ["recognition", "career-development"],
    primaryPillar: "recognition",
    aims: "",
    plannedOutcomes: ["More registered", "A fund"],
    miniGoals: [],
    markers: [
      {
        id: "11111111-1111-4111-8111-111111111111",
        text: "20% registered",
        target: { comparator: ">=", value: 20, unit: "%", byDate: "2027-07-31", baseline: 12 },
        observed: { value: 15, on: "2025-09-30" },
      },
      {
        id: "22222222-2222-4222-8222-222222222222",
        text: "Fund set up",
        indicatorId: "33333333-3333-4333-8333-333333333333",
      },
    ],
    timescaleText: "July 2025",
    owner: "",
    leadMemberId: "m-1",
    leadName: "",
    notes: "",
    referenceAsPublished: "R1",
  };

  it("turns a saved action into the form's fields, and those fields back into the same input", () => {
    const state = actionFormState(saved);
    expect(state.lists).toEqual({ pillars: ["recognition", "career-development"] });
    expect(state.values).toMatchObject({
      plannedOutcomes: "More registered\nA fund",
      "markers.0.target.value": "20",
      "markers.0.target.baseline": "12",
      "markers.1.text": "Fund set up",
      "markers.1.target.comparator": ">=",
      "markers.1.target.value": "",
      "markers.0.id": saved.markers[0]!.id,
      "markers.1.indicatorId": "33333333-3333-4333-8333-333333333333",
    });
    const f = new FormData();
    for (const [k, v] of Object.entries(state.values)) f.append(k, v);
    for (const p of state.lists.pillars!) f.append("pillars", p);
    const parsed = parseInput(ZActionFields, actionInput(f).input);
    expect(parsed.markers).toEqual([
      { ...saved.markers[0], target: { ...saved.markers[0]!.target, baseline: 12 }, indicatorId: null },
      { ...saved.markers[1], target: null, observed: null },
    ]);
    expect(parsed.plannedOutcomes).toEqual(saved.plannedOutcomes);
  });

  it.each([
    [{}, [0, 1]],
    [{ "markers.0.text": "a" }, [0, 1, 2]],
    [
      { "markers.0.text": "a", "markers.1.text": "", "markers.3.observed.on": "2025-01-01" },
      [0, 1, 2, 3, 4, 5],
    ],
    // A comparator alone is not something typed.
    [{ "markers.0.target.comparator": "<=" }, [0, 1]],
  ])("markerRows(%j) → %j", (values, expected) => {
    expect(markerRows(values)).toEqual(expected);
  });
});

describe("describeAction and the fields that differ", () => {
  const d: Describers = {
    pillar: (k) => ({ visibility: "Visibility", recognition: "Recognition" })[k] ?? k,
    member: (id) => (id === "m-1" ? "Priya Lal" : undefined),
    target: (t) =>
      `${t.comparator} ${t.value} ${t.unit} by ${t.byDate}${t.baseline ? ` from ${t.baseline}` : ""}`,
    observed: (o) => `${o.value} on ${o.on}`,
    indicator: (id) => `from ${id}`,
  };
  const base = {
    values: {
      title: "A",
      primaryPillar: "visibility",
      plannedOutcomes: "One\nTwo",
      leadMemberId: "m-1",
      leadName: "",
      "markers.0.text": "Twenty",
      "markers.0.target.comparator": ">=",
      "markers.0.target.value": "20",
      "markers.0.target.unit": "%",
      "markers.0.target.byDate": "2027-07-31",
    },
    lists: { pillars: ["visibility"] },
  };

  it("reads pillars, the lead and markers in words", () => {
    expect(describeAction(base, d)).toMatchObject({
      pillars: "Visibility",
      primaryPillar: "Visibility",
      lead: "Priya Lal",
      markers: "Twenty – >= 20 % by 2027-07-31",
    });
  });

  it.each([
    [
      "nothing differs when only line endings and blank lines do",
      { plannedOutcomes: "One\r\n\r\nTwo " },
      [],
      [],
    ],
    ["the title", { title: "B" }, [], ["title"]],
    ["a marker's target", { "markers.0.target.value": "25" }, [], ["markers"]],
    ["a marker's indicator", { "markers.0.indicatorId": "i-1" }, [], ["markers"]],
    ["nothing, when only a marker's hidden id differs", { "markers.0.id": "x" }, [], []],
    ["the lead's name, typed over the member's", { leadName: "Priya" }, [], ["lead"]],
    ["a pillar added", {}, ["recognition"], ["pillars"]],
  ])("%s", (_name, changes, addPillars, expected) => {
    const yours = {
      values: { ...base.values, ...changes },
      lists: { pillars: [...base.lists.pillars, ...addPillars] },
    };
    expect(differingFields(ACTION_COMPARED, describeAction(yours, d), describeAction(base, d))).toEqual(
      expected,
    );
  });
});

describe("rateInput", () => {
  it("drops blank evidence rows and maps errors back to the form's rows", () => {
    const f = form([
      ["level", "in-progress"],
      ["qualifier", ""],
      ["assessedOn", "2025-03-31"],
      ["commentary", "Going well"],
      ["evidence.0.title", ""],
      ["evidence.0.url", ""],
      ["evidence.1.title", "Minutes"],
      ["evidence.1.url", "https://example.org/minutes"],
      ["evidence.2.title", ""],
      ["evidence.2.url", "not a url"],
    ]);
    const { input, fieldFor } = rateInput(f);
    expect(input.evidence).toEqual([
      { title: "Minutes", url: "https://example.org/minutes" },
      { title: "", url: "not a url" },
    ]);
    const errors = errorsOf(() => parseInput(ZRateActionInput, input));
    expect(Object.keys(remapErrors(errors, fieldFor)).sort()).toEqual(["evidence.2.title", "evidence.2.url"]);
  });

  it("sends no evidence when every row is blank", () => {
    const { input } = rateInput(
      form([
        ["evidence.0.title", " "],
        ["evidence.0.url", ""],
        ["level", "red"],
      ]),
    );
    expect(input.evidence).toEqual([]);
  });
});

describe("plan inputs", () => {
  it("sends only the pillar aims the form has, and no scale when its radios are disabled", () => {
    const input = planFieldsInput(
      form([
        ["title", "Plan"],
        ["startsOn", "2027-10-01"],
        ["endsOn", "2030-09-30"],
        ["pillarAims.visibility", "Seen"],
        ["pillarAims.recognition", ""],
      ]),
    );
    expect(input).toEqual({
      title: "Plan",
      startsOn: "2027-10-01",
      endsOn: "2030-09-30",
      pillarAims: { visibility: "Seen", recognition: "" },
      ragScaleId: undefined,
    });
  });

  it("maps the previous plan and the ticked actions to carry forward", () => {
    const input = createPlanInput(
      form([
        ["title", "Plan"],
        ["ragScaleId", "progress"],
        ["previousPlanId", ""],
        ["carryForwardActionIds", "a"],
        ["carryForwardActionIds", "b"],
      ]),
    );
    expect(input).toMatchObject({
      ragScaleId: "progress",
      previousPlanId: null,
      carryForwardActionIds: ["a", "b"],
    });
  });

  it.each([
    ["2024-09-30", { startsOn: "2024-10-01", endsOn: "2027-09-30" }],
    ["2027-07-31", { startsOn: "2027-08-01", endsOn: "2030-07-31" }],
    ["2021-12-31", { startsOn: "2022-01-01", endsOn: "2024-12-31" }],
  ])("followingPeriod(%s) → %j", (endsOn, expected) => {
    expect(followingPeriod(endsOn)).toEqual(expected);
  });
});

describe("planFormValues and the fields that differ", () => {
  const saved = planFormValues({
    title: "Plan",
    startsOn: "2024-10-01",
    endsOn: "2027-09-30",
    ragScale: { id: "five-point" },
    pillarAims: { visibility: "Seen" },
  });

  it("gives every pillar an aim field, empty when the plan has none", () => {
    expect(saved).toMatchObject({ "pillarAims.visibility": "Seen", "pillarAims.sustainability": "" });
  });

  it.each([
    ["nothing changed", { ...saved }, []],
    [
      "a title and an aim",
      { ...saved, title: "Plan B", "pillarAims.recognition": "Credit" },
      ["title", "pillarAims.recognition"],
    ],
    [
      "the scale was not sent (locked): not compared",
      { title: "Plan", startsOn: "2024-10-01", endsOn: "2027-09-30" },
      [],
    ],
    ["only spaces differ", { ...saved, title: " Plan " }, []],
  ])("%s", (_name, yours, expected) => {
    expect(differingFields(PLAN_COMPARED, yours as Record<string, string>, saved)).toEqual(expected);
  });
});
