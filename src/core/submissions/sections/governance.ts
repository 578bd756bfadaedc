import { z } from "zod";
import { asBoolean, asRecord, asRows, asString, asStrings, names, type SectionRules, text } from "./fields";

/**
 * Staff structures and governance (template questions 1–2): the groups that steer the Commitment,
 * who chairs them, who sits on them, whom they report to and how often they meet; the institution's
 * committees on which technicians are (or are not) represented; and how the work is resourced.
 * Reporting lines are data, so the diagram is drawn from them and never drifts from the answer.
 */

const KEY = /^[a-z0-9-]{1,40}$/;

export const ZGovernanceGroup = z.object({
  /** Stable within the answer: reporting lines name it, so renaming a group keeps its lines. */
  key: z.string().regex(KEY, "A group's key uses lower-case letters, digits and hyphens."),
  name: text(200),
  purpose: text(2000),
  chair: text(200),
  coChairs: names(200, 10),
  members: names(200, 200),
  /** Another group's key, or "" when it reports to no group here. */
  reportsTo: z.string("Choose a group from the list.").trim().default(""),
  /** A body outside these groups it reports to ("University Executive Board"), when not a group here. */
  reportsToOther: text(200),
  /** As written: "6 times a year", "every other month". */
  meets: text(200),
});
export type GovernanceGroup = z.output<typeof ZGovernanceGroup>;

export const ZCommittee = z.object({
  name: text(200),
  technicianRepresented: z.boolean("Say whether technicians are represented.").default(false),
  representative: text(200),
  /** Month and year as written ("June 2024"). */
  since: text(50),
});
export type Committee = z.output<typeof ZCommittee>;

type Issue = { path: (string | number)[]; message: string };

/**
 * The rules across rows, each reported on the field to fix: every group named, keys unique, a
 * reporting line to a group that exists (not itself, not round in a circle), one kind of reporting
 * line at a time; every committee named.
 */
export function governanceIssues(data: { groups: GovernanceGroup[]; committees: Committee[] }): Issue[] {
  const issues: Issue[] = [];
  const keys = new Map<string, number>();
  data.groups.forEach((g, i) => {
    if (!g.name) issues.push({ path: ["groups", i, "name"], message: `Enter the name of group ${i + 1}.` });
    if (keys.has(g.key))
      issues.push({ path: ["groups", i, "key"], message: `Group ${i + 1} needs a key of its own.` });
    else keys.set(g.key, i);
  });
  data.groups.forEach((g, i) => {
    const label = g.name || `group ${i + 1}`;
    if (!g.reportsTo) return;
    if (g.reportsTo === g.key)
      issues.push({ path: ["groups", i, "reportsTo"], message: `${label} cannot report to itself.` });
    else if (!keys.has(g.reportsTo))
      issues.push({
        path: ["groups", i, "reportsTo"],
        message: `${label} reports to a group that is not in the list: choose one from the list.`,
      });
    if (g.reportsToOther)
      issues.push({
        path: ["groups", i, "reportsToOther"],
        message: `${label} reports to a group here: leave the other body blank, or choose no group.`,
      });
  });
  for (const i of groupsInCycles(data.groups)) {
    const g = data.groups[i]!;
    issues.push({
      path: ["groups", i, "reportsTo"],
      message: `${g.name || `Group ${i + 1}`}'s reporting line goes round in a circle: one group must report outside the others.`,
    });
  }
  data.committees.forEach((c, i) => {
    if (!c.name)
      issues.push({ path: ["committees", i, "name"], message: `Enter the name of committee ${i + 1}.` });
    if (c.representative && !c.technicianRepresented)
      issues.push({
        path: ["committees", i, "technicianRepresented"],
        message: `Committee ${i + 1} names a technician representative: tick that technicians are represented, or remove the name.`,
      });
  });
  return issues;
}

/**
 * The rows of groups whose reporting line leads back to themselves (A → B → A), longer than a
 * group reporting to itself, which is reported on its own. Following each line at most n steps is
 * enough: a chain of n groups that has not ended has gone round.
 */
export function groupsInCycles(groups: { key: string; reportsTo: string }[]): number[] {
  // The first row with a key is the group a line names (as the tree draws it); a repeated key is an
  // issue of its own.
  const index = new Map<string, number>();
  groups.forEach((g, i) => {
    if (!index.has(g.key)) index.set(g.key, i);
  });
  const out: number[] = [];
  groups.forEach((g, i) => {
    if (!g.reportsTo || g.reportsTo === g.key) return;
    let at = index.get(g.reportsTo);
    for (let step = 0; at !== undefined && step < groups.length; step++) {
      if (at === i) {
        out.push(i);
        return;
      }
      const next = groups[at]!.reportsTo;
      // A self-report further along is its own issue; it does not make this group part of a circle.
      if (!next || next === groups[at]!.key) return;
      at = index.get(next);
    }
  });
  return out;
}

export const ZGovernance = z
  .object({
    groups: z.array(ZGovernanceGroup).max(50, "Describe at most 50 groups.").default([]),
    committees: z.array(ZCommittee).max(100, "List at most 100 committees.").default([]),
    /** How the work is resourced: budget, time, who pays. */
    resourcing: text(6000),
  })
  .superRefine((data, ctx) => {
    for (const issue of governanceIssues(data)) ctx.addIssue({ code: "custom", ...issue });
  });
export type GovernanceData = z.output<typeof ZGovernance>;

/** The next unused key "g1", "g2"…: deterministic, so a form posted twice adds the same row. */
export function nextGroupKey(groups: { key: string }[]): string {
  // Rows still waiting for a key do not count: the first of them gets "g1".
  const used = new Set(groups.map((g) => g.key).filter(Boolean));
  let n = used.size + 1;
  while (used.has(`g${n}`)) n++;
  return `g${n}`;
}

export const blankGroup = (key: string): GovernanceGroup => ({
  key,
  name: "",
  purpose: "",
  chair: "",
  coChairs: [],
  members: [],
  reportsTo: "",
  reportsToOther: "",
  meets: "",
});

export const blankCommittee = (): Committee => ({
  name: "",
  technicianRepresented: false,
  representative: "",
  since: "",
});

export function readGovernance(data: unknown): GovernanceData {
  const d = asRecord(data);
  const groups = asRows(d.groups).map((g) => ({
    key: asString(g.key),
    name: asString(g.name),
    purpose: asString(g.purpose),
    chair: asString(g.chair),
    coChairs: asStrings(g.coChairs),
    members: asStrings(g.members),
    reportsTo: asString(g.reportsTo),
    reportsToOther: asString(g.reportsToOther),
    meets: asString(g.meets),
  }));
  // A row without a key (typed by hand into the API, say) still needs one for the form's choices.
  for (const g of groups) if (!g.key) g.key = nextGroupKey(groups);
  return {
    groups,
    committees: asRows(d.committees).map((c) => ({
      name: asString(c.name),
      technicianRepresented: asBoolean(c.technicianRepresented),
      representative: asString(c.representative),
      since: asString(c.since),
    })),
    resourcing: asString(d.resourcing),
  };
}

const groupHasContent = (g: GovernanceGroup) =>
  [g.name, g.purpose, g.chair, g.reportsTo, g.reportsToOther, g.meets].some((v) => v.trim() !== "") ||
  g.coChairs.length > 0 ||
  g.members.length > 0;
const committeeHasContent = (c: Committee) =>
  [c.name, c.representative, c.since].some((v) => v.trim() !== "") || c.technicianRepresented;

export const governanceRules: SectionRules<GovernanceData> = {
  schema: ZGovernance,
  empty: () => ({ groups: [], committees: [], resourcing: "" }),
  read: readGovernance,
  hasContent: (d) =>
    d.groups.some(groupHasContent) || d.committees.some(committeeHasContent) || d.resourcing.trim() !== "",
  // Nothing here names the institution's records: groups and committees are the answer's own.
  contextIssues: () => [],
  lists: {
    groups: { blank: (d) => blankGroup(nextGroupKey(d.groups)) },
    committees: { blank: () => blankCommittee() },
  },
  afterRemove: (d, list, removed) => {
    if (list !== "groups") return d;
    // Lines to a removed group would name nothing: those groups now report to no group here.
    const key = asString(removed.key);
    return { ...d, groups: d.groups.map((g) => (g.reportsTo === key ? { ...g, reportsTo: "" } : g)) };
  },
};
