import { randomUUID } from "node:crypto";
import { count, eq } from "drizzle-orm";
import { member, organization, user } from "../../db/schema";
import type { Db } from "../../db/types";
import { DEMO_CENTRAL, DEMO_INSTITUTIONS, DEMO_PASSWORD } from "../../demo/demo-data";
import { DEMO_EVIDENCE } from "../../demo/evidence";
import { DEMO_GRADE_STRUCTURES, DEMO_INDICATORS } from "../../demo/figures";
import { DEMO_PLANS } from "../../demo/plans";
import { DEMO_SUBMISSIONS } from "../../demo/submissions";
import { OPERATOR } from "../actor";
import type { UseCaseContext } from "../context";
import { conflict } from "../errors";
import { recordChange } from "../history/record-change.server";
import { createAccount } from "../people/create-account.server";
import { loadDemoEvidence } from "./load-demo-evidence.server";
import { loadDemoFigures } from "./load-demo-figures.server";
import { loadDemoPlans } from "./load-demo-plans.server";
import { loadDemoSubmissions } from "./load-demo-submissions.server";
import { loadDemoWindows } from "./load-demo-windows.server";

/** What loading the demo needs from the platform: the database and the services use-cases use. */
export type DemoDeps = Omit<UseCaseContext, "actor" | "db"> & { db: Db };

export type DemoStatus = "loaded" | "present" | "refused-real-users" | "not-empty";

/** Is there an account that is not a demo account? Demo data never mixes with real people. */
async function hasRealUsers(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(user).where(eq(user.isDemo, false));
  return Number(row?.n ?? 0) > 0;
}

export async function isDemoPresent(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(user).where(eq(user.isDemo, true));
  return Number(row?.n ?? 0) > 0;
}

/**
 * Loads the demo institutions and accounts in one transaction. `requireEmpty` (the default at
 * start-up on PGlite) loads only into a database with no institutions and no accounts.
 */
export async function loadDemo(deps: DemoDeps, options: { requireEmpty: boolean }): Promise<DemoStatus> {
  const { db, auth } = deps;
  if (await isDemoPresent(db)) return "present";
  if (await hasRealUsers(db)) return "refused-real-users";
  if (options.requireEmpty) {
    const [row] = await db.select({ n: count() }).from(organization);
    if (Number(row?.n ?? 0) > 0) return "not-empty";
  }
  await db.transaction(async (tx) => {
    for (const inst of DEMO_INSTITUTIONS) {
      const [taken] = await tx
        .select({ id: organization.id })
        .from(organization)
        .where(eq(organization.slug, inst.slug));
      if (taken)
        throw conflict(`An institution with slug "${inst.slug}" already exists; demo data was not loaded.`);
      const { people, ...fields } = inst;
      const id = randomUUID();
      await tx.insert(organization).values({ id, ...fields, createdBy: "system", updatedBy: "system" });
      await recordChange(tx, OPERATOR, {
        action: "demo.load",
        entityType: "institution",
        entityId: id,
        institutionId: id,
      });
      for (const person of people) {
        const userId = await createAccount(tx, auth, OPERATOR, {
          ...person,
          password: DEMO_PASSWORD,
          isDemo: true,
        });
        await tx.insert(member).values({
          id: randomUUID(),
          organizationId: id,
          userId,
          role: person.role,
          createdBy: "system",
          updatedBy: "system",
        });
      }
    }
    await createAccount(tx, auth, OPERATOR, {
      ...DEMO_CENTRAL,
      password: DEMO_PASSWORD,
      platformRole: "central",
      isDemo: true,
    });
    // Figures first: markers of success in the plans point at the indicators by id.
    const indicatorIds = await loadDemoFigures(tx, deps, DEMO_INDICATORS, DEMO_GRADE_STRUCTURES);
    await loadDemoPlans(tx, deps, DEMO_PLANS, indicatorIds);
    // Evidence last: it links to the plans' actions and ratings.
    await loadDemoEvidence(tx, deps, DEMO_EVIDENCE);
    await loadDemoWindows(tx, deps);
    // Submissions last: they cite the evidence and the plans, and submitting one records it.
    await loadDemoSubmissions(tx, deps, DEMO_SUBMISSIONS);
  });
  return "loaded";
}
