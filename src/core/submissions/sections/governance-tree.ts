import { groupsInCycles } from "./governance";

/**
 * The reporting lines as a tree (a forest: each top group is a root), for the diagram and the nested
 * list beside it. A group reporting to a body outside the groups hangs under that body, shown as a
 * node of its own; groups naming the same body (ignoring case and spaces) share it. Pure.
 */

export type GovernanceTreeNode = {
  /** The group's key, or `external:<n>` for a body outside the groups. */
  id: string;
  kind: "group" | "external";
  name: string;
  chair: string;
  coChairs: string[];
  meets: string;
  children: GovernanceTreeNode[];
};

/** The roots, in the order their first group appears in the answer. */
export type GovernanceTree = GovernanceTreeNode[];

type TreeGroup = {
  key: string;
  name: string;
  chair: string;
  coChairs: string[];
  meets: string;
  reportsTo: string;
  reportsToOther: string;
};

const bodyKey = (name: string) => name.trim().replace(/\s+/g, " ").toLowerCase();

/**
 * Stored answers have passed the cycle check, but a tree is drawn from whatever is typed too (a
 * preview of a refused form): a line to a missing group, to itself, or round a circle is dropped,
 * so every group is drawn exactly once.
 */
export function reportingTree(groups: TreeGroup[]): GovernanceTree {
  const keys = new Set(groups.map((g) => g.key));
  const inCycle = new Set(groupsInCycles(groups));
  const nodes = groups.map(
    (g): GovernanceTreeNode => ({
      id: g.key,
      kind: "group",
      name: g.name,
      chair: g.chair,
      coChairs: g.coChairs,
      meets: g.meets,
      children: [],
    }),
  );
  const byKey = new Map<string, GovernanceTreeNode>();
  groups.forEach((g, i) => {
    if (!byKey.has(g.key)) byKey.set(g.key, nodes[i]!);
  });
  const roots: GovernanceTreeNode[] = [];
  const bodies = new Map<string, GovernanceTreeNode>();
  groups.forEach((g, i) => {
    const node = nodes[i]!;
    const parent =
      g.reportsTo && g.reportsTo !== g.key && keys.has(g.reportsTo) && !inCycle.has(i)
        ? byKey.get(g.reportsTo)
        : undefined;
    // A second row with a key already used is drawn on its own rather than lost.
    if (parent && parent !== node) {
      parent.children.push(node);
      return;
    }
    if (g.reportsToOther.trim()) {
      const k = bodyKey(g.reportsToOther);
      let body = bodies.get(k);
      if (!body) {
        body = {
          id: `external:${bodies.size + 1}`,
          kind: "external",
          name: g.reportsToOther.trim(),
          chair: "",
          coChairs: [],
          meets: "",
          children: [],
        };
        bodies.set(k, body);
        roots.push(body);
      }
      body.children.push(node);
      return;
    }
    roots.push(node);
  });
  return roots;
}

/** Every node, parents before children, with its depth (0 for a root): the nested list's order. */
export function walkTree(
  tree: GovernanceTree,
  depth = 0,
): { node: GovernanceTreeNode; depth: number; parent: GovernanceTreeNode | null }[] {
  const out: { node: GovernanceTreeNode; depth: number; parent: GovernanceTreeNode | null }[] = [];
  const visit = (node: GovernanceTreeNode, d: number, parent: GovernanceTreeNode | null) => {
    out.push({ node, depth: d, parent });
    for (const child of node.children) visit(child, d + 1, node);
  };
  for (const root of tree) visit(root, depth, null);
  return out;
}
