import { describe, expect, it } from "vitest";
import { AppError } from "../../errors";
import { blankGroup, groupsInCycles, nextGroupKey, ZGovernance } from "./governance";
import { reportingTree, walkTree } from "./governance-tree";
import { validateSectionData } from "./index";

const group = (key: string, name: string, reportsTo = "", reportsToOther = "") => ({
  ...blankGroup(key),
  name,
  reportsTo,
  reportsToOther,
});

/** The field errors of a refused answer, or {} when it passes. */
function errorsOf(raw: unknown): Record<string, string[]> {
  try {
    validateSectionData("governance", raw);
    return {};
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    expect(e.code).toBe("INVALID");
    return e.details.fieldErrors ?? {};
  }
}

/** Birmingham's structure (S1, figure 2), as the demo writes it. */
const BIRMINGHAM = [
  group("steering", "Technical Academy Steering Group", "", "University Executive Board"),
  group("operations", "Technical Academy Operations Group", "steering"),
  group("local-meds", "Local Management Group: Medicine", "operations"),
  group("local-eps", "Local Management Group: Engineering", "operations"),
];

describe("the governance schema", () => {
  it("keeps a full answer, trimmed, with names one per entry and blank ones dropped", () => {
    const data = validateSectionData("governance", {
      groups: [
        {
          key: "forum",
          name: "  Technical Forum ",
          purpose: "Represents technicians",
          chair: "Emma",
          coChairs: ["Faisal", " ", ""],
          members: ["Kyle", "Ashlee"],
          reportsTo: "",
          reportsToOther: "Research Committee",
          meets: "6 times a year",
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
      resourcing: "Budget from three colleges\r\n\r\nand time",
    });
    expect(data).toEqual({
      groups: [
        {
          key: "forum",
          name: "Technical Forum",
          purpose: "Represents technicians",
          chair: "Emma",
          coChairs: ["Faisal"],
          members: ["Kyle", "Ashlee"],
          reportsTo: "",
          reportsToOther: "Research Committee",
          meets: "6 times a year",
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
      resourcing: "Budget from three colleges\n\nand time",
    });
  });

  it("fills what an API caller leaves out", () => {
    expect(validateSectionData("governance", { groups: [{ key: "g1", name: "Forum" }] })).toEqual({
      groups: [{ ...blankGroup("g1"), name: "Forum" }],
      committees: [],
      resourcing: "",
    });
    expect(validateSectionData("governance", {})).toEqual({ groups: [], committees: [], resourcing: "" });
  });

  it("accepts Birmingham's four levels under the executive board", () => {
    expect(errorsOf({ groups: BIRMINGHAM })).toEqual({});
  });

  it.each([
    [
      "a group without a name",
      { groups: [group("g1", "Forum"), group("g2", " ")] },
      { "groups.1.name": ["Enter the name of group 2."] },
    ],
    [
      "two groups with one key",
      { groups: [group("g1", "A"), group("g1", "B")] },
      { "groups.1.key": ["Group 2 needs a key of its own."] },
    ],
    [
      "a key that is not a key",
      { groups: [group("G 1", "A")] },
      { "groups.0.key": ["A group's key uses lower-case letters, digits and hyphens."] },
    ],
    [
      "a line to a group that does not exist",
      { groups: [group("g1", "Forum", "nowhere")] },
      {
        "groups.0.reportsTo": ["Forum reports to a group that is not in the list: choose one from the list."],
      },
    ],
    [
      "a group reporting to itself",
      { groups: [group("g1", "Forum", "g1")] },
      { "groups.0.reportsTo": ["Forum cannot report to itself."] },
    ],
    [
      "two groups reporting to each other",
      { groups: [group("a", "A", "b"), group("b", "B", "a"), group("c", "C", "a")] },
      {
        "groups.0.reportsTo": [
          "A's reporting line goes round in a circle: one group must report outside the others.",
        ],
        "groups.1.reportsTo": [
          "B's reporting line goes round in a circle: one group must report outside the others.",
        ],
      },
    ],
    [
      "both a group and another body",
      { groups: [group("a", "A"), group("b", "B", "a", "Senate")] },
      {
        "groups.1.reportsToOther": [
          "B reports to a group here: leave the other body blank, or choose no group.",
        ],
      },
    ],
    [
      "a committee without a name",
      { committees: [{ name: "", technicianRepresented: true }] },
      { "committees.0.name": ["Enter the name of committee 1."] },
    ],
    [
      "a representative on a committee without technicians",
      { committees: [{ name: "Senate", technicianRepresented: false, representative: "Emma" }] },
      {
        "committees.0.technicianRepresented": [
          "Committee 1 names a technician representative: tick that technicians are represented, or remove the name.",
        ],
      },
    ],
    [
      "text that is too long",
      { resourcing: "x".repeat(6001) },
      { resourcing: ["Use at most 6000 characters."] },
    ],
    ["a list that is not a list", { groups: "Forum" }, { groups: expect.any(Array) }],
  ])("refuses %s, on the field to fix", (_, raw, expected) => {
    expect(errorsOf(raw)).toEqual(expected);
  });
});

describe("groupsInCycles", () => {
  it.each([
    [
      "no lines",
      [
        ["a", ""],
        ["b", ""],
      ],
      [],
    ],
    [
      "a chain",
      [
        ["a", ""],
        ["b", "a"],
        ["c", "b"],
      ],
      [],
    ],
    ["a self-report alone", [["a", "a"]], []],
    [
      "a pair",
      [
        ["a", "b"],
        ["b", "a"],
      ],
      [0, 1],
    ],
    [
      "a circle of three with a tail",
      [
        ["t", "a"],
        ["a", "b"],
        ["b", "c"],
        ["c", "a"],
      ],
      [1, 2, 3],
    ],
    [
      "a chain into a self-report",
      [
        ["a", "b"],
        ["b", "b"],
      ],
      [],
    ],
    [
      "a repeated key (the first one counts)",
      [
        ["a", "b"],
        ["b", "a"],
        ["a", ""],
      ],
      [0, 1],
    ],
  ] as [string, [string, string][], number[]][])("%s", (_, rows, expected) => {
    expect(groupsInCycles(rows.map(([key, reportsTo]) => ({ key, reportsTo })))).toEqual(expected);
  });
});

describe("nextGroupKey", () => {
  it.each([
    [[], "g1"],
    [["g1"], "g2"],
    [["g2"], "g3"],
    [["g1", "g3"], "g4"],
    [["forum", "steering"], "g3"],
    [["", "g1"], "g2"],
  ])("%j → %s", (keys, expected) => {
    expect(nextGroupKey(keys.map((key) => ({ key })))).toBe(expected);
  });
});

describe("reportingTree", () => {
  const shape = (groups: ReturnType<typeof group>[]) =>
    walkTree(reportingTree(groups)).map(
      ({ node, depth }) => `${"  ".repeat(depth)}${node.kind}:${node.name}`,
    );

  it("hangs Birmingham's groups under the executive board, four levels deep", () => {
    expect(shape(BIRMINGHAM)).toEqual([
      "external:University Executive Board",
      "  group:Technical Academy Steering Group",
      "    group:Technical Academy Operations Group",
      "      group:Local Management Group: Medicine",
      "      group:Local Management Group: Engineering",
    ]);
  });

  it("draws a group reporting to nothing as a root, in the answer's order", () => {
    expect(shape([group("a", "A"), group("b", "B", "c"), group("c", "C")])).toEqual([
      "group:A",
      "group:C",
      "  group:B",
    ]);
  });

  it("shares one node for the same outside body, however it is typed", () => {
    const tree = reportingTree([
      group("a", "A", "", "Research Committee"),
      group("b", "B", "", " research  committee "),
      group("c", "C", "", "Senate"),
    ]);
    expect(tree.map((n) => [n.id, n.name, n.children.map((c) => c.name)])).toEqual([
      ["external:1", "Research Committee", ["A", "B"]],
      ["external:2", "Senate", ["C"]],
    ]);
  });

  it("draws every group once even from a refused answer (circles, missing groups, repeated keys)", () => {
    const groups = [
      group("a", "A", "b"),
      group("b", "B", "a"),
      group("c", "C", "missing"),
      group("d", "D", "d"),
      group("a", "A again", "b"),
      group("e", "E", "a"),
    ];
    const drawn = walkTree(reportingTree(groups)).map(({ node }) => node.name);
    expect(drawn.sort()).toEqual(["A", "A again", "B", "C", "D", "E"]);
    // The second "a" reports to B, which exists: only the lines round the circle are dropped.
    expect(shape(groups)).toEqual([
      "group:A",
      "  group:E",
      "group:B",
      "  group:A again",
      "group:C",
      "group:D",
    ]);
  });

  it("carries what the diagram shows of each group", () => {
    const [root] = reportingTree([
      { ...group("f", "Technical Forum"), chair: "Emma", coChairs: ["Faisal"], meets: "6 times a year" },
    ]);
    expect(root).toEqual({
      id: "f",
      kind: "group",
      name: "Technical Forum",
      chair: "Emma",
      coChairs: ["Faisal"],
      meets: "6 times a year",
      children: [],
    });
  });
});

describe("ZGovernance on its own", () => {
  it("is the schema the index gives", async () => {
    const { SECTION_SCHEMAS } = await import("./index");
    expect(SECTION_SCHEMAS.governance).toBe(ZGovernance);
  });
});
