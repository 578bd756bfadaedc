import { formatPercentChange, formatRatio } from "../figures/derived";
import type { NarrativeDoc } from "../narrative/doc";
import {
  type Claim,
  type ClaimKind,
  claimsOf,
  type FromTo,
  fromToOf,
  type Qualifier,
  yearOf,
  yearsIn,
} from "./claims-extract";
import { type Sentence, sameStem, sameWord, sentencesOf, stem, wordsOf } from "./claims-text";
import { type FigureFact, parseFigureRef } from "./figure-facts";

/*
 * Numbers typed in narrative that contradict the figures (pure). The seeds have three: LSTM's senior
 * technicians "from 4 to 11 (125% increase)" (+175 %), Birmingham's training attendance "more than
 * tripling" (×2.81) and "16 apprentices secured permanent employment" (3 + 6 + 5 = 14).
 *
 * A claim is compared with a figure only when the sentence is plainly about it: the figure is bound in
 * the sentence, or the sentence shares its words (a word every sentence here uses, such as
 * "technicians", counts for half). When two figures fit equally well and disagree, nothing is said.
 * A sentence whose own numbers disagree ("from 4 to 11 (125% increase)") is a contradiction too.
 */

export type Contradiction = {
  sectionKey: string;
  sentence: string;
  /** As typed: "125% increase", "more than tripling", "16 apprentices". */
  claimed: string;
  claimedValue: number;
  /** As the figure reads: "+175 %", "×2.81", "14". */
  actual: string;
  actualValue: number;
  /** The figure compared with; absent when the sentence contradicts itself. */
  figureLabel?: string;
  figureRef?: string;
  message: string;
};

export type ClaimSource = { sectionKey: string; doc: NarrativeDoc | null };

/** Words nearly every sentence of a self-assessment uses: they count half towards a match. */
const GENERIC = [
  "technician",
  "technical",
  "staff",
  "people",
  "employee",
  "colleague",
  "member",
  "workforce",
];
/** What a sentence about the latest figure says when it names no year ("we now have 53 technicians"). */
const PRESENT = /\b(?:now|currently|today|at present|presently|as of|as at|this year)\b/i;
/** What a sentence about a total over several cohorts says ("Since 2020, 16 apprentices…"). */
const CUMULATIVE =
  /\b(?:since|total|in all|altogether|overall|cumulative(?:ly)?|so far|to date|combined|between)\b/i;

/** Whether a figure's value bears out a claim, allowing for rounding and the claim's qualifier. */
export function holds(kind: ClaimKind, claimed: number, qualifier: Qualifier, actual: number): boolean {
  // Rounding: a percentage within a point, a multiple within 5 % ("tripled" is 2.85–3.15), counts exact.
  const slack = kind === "percent" || kind === "percent-change" ? 1 : kind === "ratio" ? claimed * 0.05 : 0;
  const e = 1e-9;
  switch (qualifier) {
    case "exact":
      return Math.abs(actual - claimed) <= slack + e;
    case "more-than":
      return actual > claimed + e;
    case "at-least":
      return actual >= claimed - e;
    case "less-than":
      return actual < claimed - e;
    case "up-to":
      return actual <= claimed + e;
    case "almost":
      // "almost tripled" is a little under 3: as low as 10 % below.
      return actual >= claimed - Math.abs(claimed) * 0.1 - e && actual <= claimed + slack + e;
    case "about":
      return Math.abs(actual - claimed) <= Math.max(slack, Math.abs(claimed) * 0.1) + e;
  }
}

const isGeneric = (keyword: string) => GENERIC.some((g) => sameWord(g, keyword));

type Clause = { start: number; end: number; stems: Set<string>; has: Map<string, boolean> };

/** Whether a clause uses a word like `keyword`; remembered, since every claim asks about every figure. */
function clauseHas(clause: Clause, keyword: string): boolean {
  let found = clause.has.get(keyword);
  if (found === undefined) {
    const k = stem(keyword);
    found = [...clause.stems].some((w) => sameStem(w, k));
    clause.has.set(keyword, found);
  }
  return found;
}

function keywordScore(clause: Clause, keywords: string[]): number {
  return keywords.reduce((score, k) => (clauseHas(clause, k) ? score + (isGeneric(k) ? 0.5 : 1) : score), 0);
}

/** Where one clause of a sentence ends and another about something else may begin. */
const CLAUSE_BREAK = /;|,\s+(?:and|but|while|whilst|whereas|although|though)\b|\s[\u2013\u2014]\s/g;

/** What a sentence says about time, totals and its own numbers: read once for all its claims. */
type Reading = {
  /** Each clause's span and words: "…increased threefold, and roadshows had 50 attendees" is two. */
  clauses: Clause[];
  years: { year: number; at: number }[];
  isCumulative: boolean;
  isPresent: boolean;
  boundIndicators: Set<string | undefined>;
  fromTo: FromTo | null;
};
const readings = new WeakMap<Sentence, Reading>();

function readingOf(sentence: Sentence): Reading {
  const known = readings.get(sentence);
  if (known) return known;
  const text = sentence.text;
  const cuts = [...text.matchAll(CLAUSE_BREAK)].map((m) => [m.index, m.index + m[0].length] as const);
  const starts = [0, ...cuts.map(([, after]) => after)];
  const ends = [...cuts.map(([at]) => at), text.length];
  const reading: Reading = {
    clauses: starts.map((start, i) => ({
      start,
      end: ends[i]!,
      stems: new Set(wordsOf(text.slice(start, ends[i])).map(stem)),
      has: new Map(),
    })),
    years: yearsIn(text),
    isCumulative: CUMULATIVE.test(text),
    isPresent: PRESENT.test(text),
    boundIndicators: new Set(sentence.refs.map((r) => parseFigureRef(r)?.indicatorId)),
    fromTo: fromToOf(text),
  };
  readings.set(sentence, reading);
  return reading;
}

/** The clause a claim starts in. */
const clauseAt = (reading: Reading, at: number) =>
  reading.clauses.find((c) => at < c.end) ?? reading.clauses[reading.clauses.length - 1]!;

const isSnapshot = (kind: ClaimKind) => kind === "count" || kind === "percent";
const isTotal = (f: FigureFact) => parseFigureRef(f.ref)?.name?.startsWith("total-") ?? false;

/** The figure a claim is about, or null when none fits plainly or two fit and disagree. */
export function matchFigure(
  claim: Claim,
  sentence: Sentence,
  facts: readonly FigureFact[],
): FigureFact | null {
  // Claims and figures share their kinds' names: a typed multiple is compared with a multiple.
  const fitting = facts.filter((f) => f.kind === claim.kind);
  const bound = fitting.filter((f) => sentence.refs.includes(f.ref));
  if (bound.length === 1) return bound[0]!;
  if (bound.length > 1 || !fitting.length) return null;

  const reading = readingOf(sentence);
  const { boundIndicators, isCumulative, isPresent } = reading;
  const clause = clauseAt(reading, claim.start);
  const year = yearOf(claim, reading.years);
  // A count is plainly about a figure only when what it counts is one of the figure's words and the
  // clause shares another: "12 apprentices" alone could be any of four apprentice figures.
  const minimum = claim.kind === "count" ? 2 : 1;
  const scored = fitting
    .filter((f) => year === null || !f.years.length || f.years.includes(year))
    .filter((f) => !isTotal(f) || isCumulative)
    // A count or share of one moment needs the sentence to say which ("Year 3 saw 73…" is not now).
    .filter(
      (f) => isTotal(f) || !isSnapshot(claim.kind) || isPresent || (year !== null && f.years.includes(year)),
    )
    .filter(
      (f) => claim.kind !== "count" || claim.counted.some((w) => f.keywords.some((k) => sameWord(w, k))),
    )
    .map((f) => ({
      f,
      score: keywordScore(clause, f.keywords) + (boundIndicators.has(f.indicatorId) ? 2 : 0),
    }))
    .filter((s) => s.score >= minimum);
  const best = Math.max(...scored.map((s) => s.score));
  const top = scored.filter((s) => s.score === best).map((s) => s.f);
  if (!top.length) return null;
  const [first, ...others] = top;
  return others.every((f) => Math.abs(f.value - first!.value) < 1e-9) ? first! : null;
}

/** "Technical staff: senior, change: from 4 (2019) to 11 (2024) is +175 %". */
const describeFigure = (f: FigureFact) => `${f.label}: ${f.detail} is ${f.display}`;

function selfContradiction(claim: Claim, sentence: Sentence): Omit<Contradiction, "sectionKey"> | null {
  if (claim.kind !== "percent-change" && claim.kind !== "ratio") return null;
  const pair = readingOf(sentence).fromTo;
  if (!pair || pair.from === 0) return null;
  const isChange = claim.kind === "percent-change";
  const actualValue = isChange ? ((pair.to - pair.from) / pair.from) * 100 : pair.to / pair.from;
  if (holds(claim.kind, claim.value, claim.qualifier, actualValue)) return null;
  const actual = isChange ? formatPercentChange(actualValue) : formatRatio(actualValue);
  return {
    sentence: sentence.text,
    claimed: claim.text,
    claimedValue: claim.value,
    actual,
    actualValue,
    message: `“${claim.text}” does not match the sentence’s own figures: ${pair.from} to ${pair.to} is ${actual}.`,
  };
}

/** The contradictions in one sentence: against a figure first, else against its own numbers. */
export function sentenceContradictions(
  sentence: Sentence,
  facts: readonly FigureFact[],
): Omit<Contradiction, "sectionKey">[] {
  return claimsOf(sentence).flatMap((claim) => {
    const fact = matchFigure(claim, sentence, facts);
    if (fact && !holds(claim.kind, claim.value, claim.qualifier, fact.value)) {
      return [
        {
          sentence: sentence.text,
          claimed: claim.text,
          claimedValue: claim.value,
          actual: fact.display,
          actualValue: fact.value,
          figureLabel: fact.label,
          figureRef: fact.ref,
          message: `“${claim.text}” does not match ${describeFigure(fact)}.`,
        },
      ];
    }
    const own = selfContradiction(claim, sentence);
    return own ? [own] : [];
  });
}

/** Every contradiction in the narratives, in the sources' order. */
export function findContradictions(
  sources: readonly ClaimSource[],
  facts: readonly FigureFact[],
): Contradiction[] {
  const displays = new Map(facts.map((f) => [f.ref, f.display]));
  return sources.flatMap(({ sectionKey, doc }) =>
    doc
      ? sentencesOf(doc, displays).flatMap((s) =>
          sentenceContradictions(s, facts).map((c) => ({ sectionKey, ...c })),
        )
      : [],
  );
}
