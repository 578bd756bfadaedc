import { describe, expect, it } from "vitest";
import type { Pillar, RagScaleId } from "../../core/plans/plan-types";
import type { DemoAction, DemoPlan } from "./demo-plan-types";
import { DEMO_PLANS } from "./index";

/** The charter's scales as documented on RAG_SCALE_IDS: level id → the colour it maps to. */
const SCALES: Record<RagScaleId, Record<string, "red" | "amber" | "green">> = {
  "red-amber-green": { red: "red", amber: "amber", green: "green" },
  "five-point": { red: "red", "red-amber": "red", "amber-red": "amber", amber: "amber", green: "green" },
  progress: { "no-progress": "red", "in-progress": "amber", completed: "green" },
};

/** Real people named in the seeds: none may appear in the demo (every demo person is fictional). */
const SEED_NAMES = [
  // S2 (LSTM): institutional lead, committee, action leads, sponsor, newsletter contributors, quotes.
  "Kyle Walker",
  "Emma Reid",
  "Patricia Pignatelli",
  "Faisal Ashraf",
  "Ashlee Braithwaite",
  "Sarah Roberts",
  "Adeolu Adebisi",
  "Gareth Lycett",
  "Dom Wooding",
  "Samiksha Venkatesan",
  "Aaron Dowling",
  "Isabel Saldanha",
  "Nadia Kontogianni",
  "Edd Crittenden",
  "Bedingfield",
  // The 2024–27 plan's committee leads are first names only.
  "Kyle",
  "Emma",
  "Faisal",
  "Ashlee",
  "Patricia",
  "Samiksha",
  "Adeolu",
  "Gareth",
  "Dom",
  "Aaron",
  "Isabel",
  "Nadia",
  "Edd",
  // S1 (Birmingham): leads and signatories, staff in the narrative, case studies, trainers.
  "Rachel O'Reilly",
  "Rachel O’Reilly",
  "Kate Bishop",
  "Emma Monaghan",
  "Tendai Makuwatsine",
  "Gurjeevan Ghuman",
  "Christopher Bradley",
  "Trevor Hardy",
  "Faileigh Harriott",
  "Alison Leese",
  "Edward Bowerman",
  "Matthew Sutton",
  "Shahram Golbabapour",
  "Adriana Flores-Langarica",
  "Sarah Bennet",
  "David Onion",
  "Steven Servin",
  "Alessandro di Maio",
  "Gurjeevan",
  "Faileigh",
  "Tendai",
  "Shahram",
];

const plan = (key: string): DemoPlan => {
  const found = DEMO_PLANS.find((p) => p.key === key);
  if (!found) throw new Error(`no demo plan ${key}`);
  return found;
};

function countBy<T>(items: T[], keyOf: (item: T) => string | undefined): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) {
    const key = keyOf(item) ?? "(none)";
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

const allActions = DEMO_PLANS.flatMap((p) => p.actions.map((action) => ({ plan: p, action })));
const onlyRating = (a: DemoAction) => {
  expect(a.ratings).toHaveLength(1);
  return a.ratings![0]!;
};

describe("demo plans: counts from the seeds", () => {
  it("has the seeds' action counts (30, 20, 6, 11)", () => {
    expect(plan("lstm-2019").actions).toHaveLength(30);
    expect(plan("lstm-2024").actions).toHaveLength(20);
    expect(plan("birmingham-2021").actions).toHaveLength(6);
    expect(plan("birmingham-2024").actions).toHaveLength(11);
  });

  it("LSTM 2019–21: 5/9/12/4 by pillar, in the seed's order, with its references", () => {
    const actions = plan("lstm-2019").actions;
    expect(countBy(actions, (a) => a.primaryPillar)).toEqual({
      visibility: 5,
      recognition: 9,
      "career-development": 12,
      sustainability: 4,
    });
    const prefix: Record<Pillar, string> = {
      visibility: "V",
      recognition: "R",
      "career-development": "CD",
      sustainability: "S",
    };
    const seen: Partial<Record<Pillar, number>> = {};
    for (const a of actions) {
      seen[a.primaryPillar] = (seen[a.primaryPillar] ?? 0) + 1;
      expect(a.referenceAsPublished).toBe(`${prefix[a.primaryPillar]}${seen[a.primaryPillar]}`);
    }
  });

  it("LSTM 2019–21: one rating each, Completed 13 / In Progress 7 / No Progress 10", () => {
    const levels = plan("lstm-2019").actions.map((a) => onlyRating(a).level);
    expect(countBy(levels, (l) => l)).toEqual({ completed: 13, "in-progress": 7, "no-progress": 10 });
  });

  it("LSTM 2019–21: keeps the seed's timescale spellings for the parser", () => {
    const texts = new Set(plan("lstm-2019").actions.map((a) => a.timescaleText));
    for (const t of ["Dec 2019 - Jun 2020", "Dec 2019-Dec 2021", "Jan 2020-Dec 2020", "Mar 2020 - Dec2021"]) {
      expect(texts).toContain(t);
    }
    for (const t of ["Mar-20", "Jun-20", "Oct-20", "Jan 2020 - March 2020", "July 2020 - Sep 2020"]) {
      expect(texts).toContain(t);
    }
  });

  it("LSTM 2019–21: CD1 and CD10 are retired, CD10 superseded by the 2024–27 plan", () => {
    const byRef = (ref: string) => plan("lstm-2019").actions.find((a) => a.referenceAsPublished === ref)!;
    expect(byRef("CD1").retired?.reason).toBeTruthy();
    expect(byRef("CD10").retired?.supersededByKey).toBe("lstm-2024-cd-1");
    expect(
      plan("lstm-2019")
        .actions.filter((a) => a.retired)
        .map((a) => a.referenceAsPublished),
    ).toEqual(["CD1", "CD10"]);
  });

  it("LSTM 2024–27: 3/8/7/2 by pillar, the seed's timescales and a 8/5/4/3 lead split", () => {
    const actions = plan("lstm-2024").actions;
    expect(countBy(actions, (a) => a.primaryPillar)).toEqual({
      visibility: 3,
      recognition: 8,
      "career-development": 7,
      sustainability: 2,
    });
    expect(countBy(actions, (a) => a.timescaleText)).toEqual({
      Ongoing: 9,
      "July 2025": 7,
      "Jul-26": 1,
      "July 2026": 1,
      "July 2027": 1,
      "December 2025": 1,
    });
    const leads = Object.values(countBy(actions, (a) => a.leadName)).sort((x, y) => y - x);
    expect(leads).toEqual([8, 5, 4, 3]);
    for (const a of actions) expect(a.markers?.length).toBeGreaterThan(0);
  });

  it("LSTM 2024–27: a marker's target date falls after its action's timescale, as in the seed", () => {
    const r1 = plan("lstm-2024").actions.find((a) => a.referenceAsPublished === "R1")!;
    expect(r1.timescaleText).toBe("July 2025");
    expect(r1.markers?.some((m) => m.target && m.target.byDate > "2025-07-31")).toBe(true);
    const observedTargets = plan("lstm-2024")
      .actions.flatMap((a) => a.markers ?? [])
      .filter((m) => m.target && m.observed);
    expect(observedTargets.length).toBeGreaterThanOrEqual(3);
  });

  it("Birmingham 2021–24: the seed's rating mix, owners and timescales", () => {
    const actions = plan("birmingham-2021").actions;
    const ratings = actions.map(onlyRating);
    expect(countBy(ratings, (r) => r.level)).toEqual({ green: 2, amber: 2, "amber-red": 1, "red-amber": 1 });
    for (const r of ratings) {
      expect(r.qualifier).toBeTruthy();
      expect(r.commentary).toBeTruthy();
    }
    expect(
      ratings.filter((r) => r.level === "green").every((r) => r.qualifier?.includes("further development")),
    ).toBe(true);
    for (const a of actions) {
      expect(a.owner).toBe("TA Steering Group");
      expect(a.timescaleText).toBeTruthy();
      expect(a.pillars).toContain(a.primaryPillar);
    }
    expect(actions.filter((a) => a.pillars.length > 1)).toHaveLength(5);
  });

  it("Birmingham 2024–27: the seed's pillar combinations, and no timescale or owner", () => {
    const actions = plan("birmingham-2024").actions;
    expect(countBy(actions, (a) => a.pillars.join(" & "))).toEqual({
      "visibility & recognition": 6,
      "career-development & recognition": 1,
      "career-development": 1,
      "career-development & sustainability": 1,
      sustainability: 1,
      "sustainability & career-development": 1,
    });
    for (const a of actions) {
      expect(a.primaryPillar).toBe(a.pillars[0]);
      expect(a.timescaleText).toBeUndefined();
      expect(a.owner).toBeUndefined();
      expect(a.miniGoals?.length).toBeGreaterThan(0);
    }
    expect(actions.some((a) => a.markers?.some((m) => m.target))).toBe(true);
  });

  it("the current plans' ratings are all marked invented; the seeds' own ratings are not", () => {
    for (const key of ["lstm-2024", "birmingham-2024"]) {
      const ratings = plan(key).actions.flatMap((a) => a.ratings ?? []);
      expect(ratings.length).toBeGreaterThan(0);
      expect(ratings.every((r) => r.invented === true)).toBe(true);
    }
    for (const key of ["lstm-2019", "birmingham-2021"]) {
      expect(
        plan(key)
          .actions.flatMap((a) => a.ratings ?? [])
          .some((r) => r.invented),
      ).toBe(false);
    }
  });

  it("drafts: one per institution, 2–4 actions, one carried forward, no ratings", () => {
    const drafts = DEMO_PLANS.filter((p) => p.status === "draft");
    expect(drafts.map((p) => p.key).sort()).toEqual(["birmingham-2027-draft", "lstm-2027-draft"]);
    for (const d of drafts) {
      expect(d.actions.length).toBeGreaterThanOrEqual(2);
      expect(d.actions.length).toBeLessThanOrEqual(4);
      expect(d.actions.filter((a) => a.carriedFromKey)).toHaveLength(1);
      expect(d.actions.every((a) => !a.ratings?.length)).toBe(true);
    }
  });
});

describe("demo plans: integrity", () => {
  it("has unique plan and action keys", () => {
    const planKeys = DEMO_PLANS.map((p) => p.key);
    expect(new Set(planKeys).size).toBe(planKeys.length);
    const actionKeys = allActions.map(({ action }) => action.key);
    expect(new Set(actionKeys).size).toBe(actionKeys.length);
  });

  it("lists each plan after the plan it follows, at the same institution", () => {
    DEMO_PLANS.forEach((p, index) => {
      if (!p.previousKey) return;
      const previous = DEMO_PLANS.findIndex((q) => q.key === p.previousKey);
      expect(previous, `${p.key} follows ${p.previousKey}`).toBeGreaterThanOrEqual(0);
      expect(previous).toBeLessThan(index);
      expect(DEMO_PLANS[previous]?.institutionSlug).toBe(p.institutionSlug);
      expect(DEMO_PLANS[previous]!.endsOn < p.startsOn).toBe(true);
    });
  });

  it("carries forward only from an action of the previous (earlier) plan", () => {
    for (const { plan: p, action } of allActions) {
      if (!action.carriedFromKey) continue;
      const previous = plan(p.previousKey!);
      expect(
        previous.actions.map((a) => a.key),
        `${action.key} ← ${action.carriedFromKey}`,
      ).toContain(action.carriedFromKey);
    }
    // An old action goes into at most one new one.
    const from = allActions.map(({ action }) => action.carriedFromKey).filter(Boolean);
    expect(new Set(from).size).toBe(from.length);
  });

  it("supersedes only by an action of the next plan, and never both retires and carries forward", () => {
    const carried = new Set(allActions.map(({ action }) => action.carriedFromKey).filter(Boolean));
    for (const { plan: p, action } of allActions) {
      if (!action.retired) continue;
      expect(action.retired.reason.trim()).not.toBe("");
      expect(carried.has(action.key)).toBe(false);
      const by = action.retired.supersededByKey;
      if (!by) continue;
      const next = DEMO_PLANS.filter((q) => q.previousKey === p.key);
      expect(
        next.flatMap((q) => q.actions.map((a) => a.key)),
        `${action.key} → ${by}`,
      ).toContain(by);
    }
  });

  it("rates only with levels of the plan's scale, and explains every red-mapped level", () => {
    for (const { plan: p, action } of allActions) {
      for (const r of action.ratings ?? []) {
        const colour = SCALES[p.ragScaleId][r.level];
        expect(colour, `${action.key}: ${r.level}`).toBeDefined();
        if (colour === "red") expect(r.commentary?.trim(), `${action.key} ${r.assessedOn}`).toBeTruthy();
      }
    }
  });

  it("writes every date as a real YYYY-MM-DD day, and periods the right way round", () => {
    const isDay = (d: string) =>
      /^\d{4}-\d{2}-\d{2}$/.test(d) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d);
    for (const p of DEMO_PLANS) {
      expect(isDay(p.startsOn) && isDay(p.endsOn), p.key).toBe(true);
      expect(p.startsOn < p.endsOn).toBe(true);
      expect(Object.keys(p.pillarAims).sort()).toEqual([
        "career-development",
        "recognition",
        "sustainability",
        "visibility",
      ]);
    }
    for (const { action } of allActions) {
      expect(action.pillars).toContain(action.primaryPillar);
      for (const r of action.ratings ?? []) expect(isDay(r.assessedOn), action.key).toBe(true);
      for (const m of action.markers ?? []) {
        if (m.target) expect(isDay(m.target.byDate), action.key).toBe(true);
        if (m.observed) expect(isDay(m.observed.on), action.key).toBe(true);
      }
      for (const e of action.ratings?.flatMap((r) => r.evidence ?? []) ?? []) {
        expect(e.url).toMatch(/^https:\/\//);
        expect(e.title.trim()).not.toBe("");
      }
    }
  });

  it("names no real person from the seeds", () => {
    const text = JSON.stringify(DEMO_PLANS);
    for (const name of SEED_NAMES) {
      const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      expect(text, name).not.toMatch(new RegExp(`\\b${escaped}\\b`));
    }
  });

  it("links leads only to demo accounts of the plan's institution", () => {
    for (const { plan: p, action } of allActions) {
      if (action.leadEmail) expect(action.leadEmail.endsWith(`@${p.institutionSlug}.demo`)).toBe(true);
    }
  });
});
