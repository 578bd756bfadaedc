import type { Sentence } from "./claims-text";
import { wordsOf } from "./claims-text";

/*
 * Numbers a sentence claims, read from its words (pure). What is read:
 * - a percent change: "increased by 26%", "a rise of 26 per cent", "(125% increase)", "26% more", "+26%";
 * - a multiple: "doubled", "more than tripling", "threefold", "3-fold", "three times as many", "×2.8";
 * - a share: any other percentage ("10 % of technicians");
 * - a count: a number followed by what it counts ("16 apprentices").
 * Years ("in 2024"), numbered things ("Year 3", "point 6"), money and times ("6 times a year") are
 * not claims. Anything unsure is left out: a missed claim costs less than a false warning.
 */

export type ClaimKind = "percent-change" | "ratio" | "percent" | "count";

/** How a qualifier bends the comparison: "more than tripling" needs a multiple above 3. */
export type Qualifier = "exact" | "more-than" | "at-least" | "almost" | "about" | "less-than" | "up-to";

export type Claim = {
  kind: ClaimKind;
  value: number;
  qualifier: Qualifier;
  /** The words as typed: "125% increase", "more than tripling", "16 apprentices". */
  text: string;
  start: number;
  end: number;
  /** For a count, the words after the number ("apprentices secured permanent"). */
  counted: string[];
};

const QUALIFIERS: [Qualifier, string][] = [
  ["more-than", "more than|over|above|in excess of|exceeding|upwards of|>"],
  ["at-least", "at least|no fewer than|no less than|≥|>="],
  ["almost", "almost|nearly|just under|close to|approaching"],
  ["about", "about|around|approximately|approx\\.?|roughly|some|circa|c\\.|ca\\.|~|an estimated"],
  ["less-than", "less than|fewer than|under|below|<"],
  ["up-to", "up to|≤|<="],
];
const QUALIFIER_AT_END = new RegExp(`(?:^|[^\\w])(${QUALIFIERS.map(([, w]) => w).join("|")})\\s*$`, "i");

const NUMBER = /(?<![\w.,]|\w-)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?![\w]|[.,]\d)/g;
const PERCENT_SIGN = /^\s*(?:%|per\s?cent\b|percent\b)/i;

const RISE =
  "increased|increase|increases|rose|risen|rise|rises|grew|grown|grow|growth|went up|gone up|climbed|jumped|up";
const FALL =
  "decreased|decrease|decreases|fell|fallen|fall|falls|dropped|drop|declined|decline|reduced|reduction|down";
const VERB_BEFORE = new RegExp(`\\b(${RISE}|${FALL})\\s+(?:by\\s+)?$`, "i");
const NOUN_OF_BEFORE = new RegExp(`\\b(increase|rise|growth|uplift|jump|gain|${FALL})\\s+of\\s+$`, "i");
const CHANGE_AFTER =
  /^\s*\)?\s*(increase|rise|growth|uplift|jump|gain|more|higher|greater|decrease|reduction|drop|fall|decline|fewer|less|lower)\b/i;
const FALLING = new RegExp(`^(?:${FALL}|fewer|less|lower)$`, "i");

const SMALL = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
const SMALL_WORD = SMALL.join("|");
const COMPARISON_AFTER_TIMES =
  "as\\s+(?:many|much|high|large|big)|more|higher|greater|larger|bigger|over|the\\s+(?:number|figure|level)";
const TIMES_AFTER = new RegExp(`^\\s+times(?=\\s+(?:${COMPARISON_AFTER_TIMES})\\b)`, "i");
const FOLD_AFTER = /^\s*-?\s?fold\b/i;
const MULTIPLE_WORDS = new RegExp(
  `\\b(?:(doubl|tripl|trebl|quadrupl|halv)(?:ed|ing)|(${SMALL_WORD})[-\\s]?fold|(${SMALL_WORD})\\s+times\\s+(?=(?:${COMPARISON_AFTER_TIMES})\\b)|(twice)\\s+(?=as\\b|the\\b))`,
  "gi",
);
const STEM_VALUE: Record<string, number> = { doubl: 2, tripl: 3, trebl: 3, quadrupl: 4, halv: 0.5 };

/** A number after one of these names a thing ("Year 3", "point 6"), not a quantity. */
const NUMBERED =
  /\b(?:years?|phases?|stages?|levels?|grades?|bands?|points?|pages?|appendix|appendices|figures?|fig|tables?|questions?|sections?|rounds?|cohorts?|recommendations?|actions?|no|number|items?|steps?|chapters?|parts?|weeks?|months?|days?|pillars?|versions?|rooms?|tiers?)\.?\s*$/i;
/** A count is followed by what it counts, never by one of these. */
const NOT_COUNTED =
  /^(?:to|and|or|in|of|on|at|by|for|from|with|per|than|out|times|x|am|pm|is|are|was|were|the|a|an|years?|months?|weeks?|days?|hours?|minutes?)$/i;

export const isYearLike = (raw: string) => /^(?:19|20)\d\d$/.test(raw);
const numberOf = (whole: string, fraction = "") => Number(whole.replace(/,/g, "") + fraction);

/** How far around a number its words are read: enough for "increased by more than", and long texts stay linear. */
const WINDOW = 80;

type Before = {
  qualifier: Qualifier;
  /** The words before the qualifier (or the number), within the window. */
  rest: string;
  /** Where `rest` starts in the sentence. */
  base: number;
  /** Where the claim starts: its qualifier, or the number itself. */
  start: number;
};

/** The qualifier just before `at` and the words before it. */
function qualifierBefore(text: string, at: number): Before {
  const base = Math.max(0, at - WINDOW);
  // A word cut by the window is blanked, keeping positions, so "backup" never reads as "up".
  let prefix = text.slice(base, at);
  if (base > 0) prefix = prefix.replace(/^\S+/, (w) => " ".repeat(w.length));
  const m = QUALIFIER_AT_END.exec(prefix);
  if (!m) return { qualifier: "exact", rest: prefix, base, start: at };
  const words = m[1]!.toLowerCase();
  const found = QUALIFIERS.find(([, alternatives]) => new RegExp(`^(?:${alternatives})$`, "i").test(words));
  const start = prefix.length - m[0].length + m[0].indexOf(m[1]!);
  return { qualifier: found ? found[0] : "exact", rest: prefix.slice(0, start), base, start: base + start };
}

const overlaps = (a: [number, number], b: [number, number]) => a[0] < b[1] && b[0] < a[1];

/** Every claim in a sentence, in order, leaving out the bound figures (true by construction). */
export function claimsOf(sentence: Sentence): Claim[] {
  const text = sentence.text;
  const claims: Claim[] = [];
  const taken: [number, number][] = [];
  const add = (claim: Omit<Claim, "text">) => {
    const span: [number, number] = [claim.start, claim.end];
    if (taken.some((t) => overlaps(t, span))) return;
    taken.push(span);
    if (sentence.boundSpans.some((b) => overlaps(b, span))) return;
    claims.push({ ...claim, text: text.slice(claim.start, claim.end).trim() });
  };

  for (const m of text.matchAll(MULTIPLE_WORDS)) {
    const value = m[1]
      ? STEM_VALUE[m[1].toLowerCase()]!
      : m[4]
        ? 2
        : SMALL.indexOf((m[2] ?? m[3])!.toLowerCase()) + 2;
    const q = qualifierBefore(text, m.index);
    const end = m.index + m[0].trimEnd().length;
    add({ kind: "ratio", value, qualifier: q.qualifier, start: q.start, end, counted: [] });
  }

  for (const m of text.matchAll(NUMBER)) {
    const numberStart = m.index;
    const numberEnd = numberStart + m[0].length;
    const value = numberOf(m[1]!, m[2]);
    const after = text.slice(numberEnd, numberEnd + WINDOW);
    const q = qualifierBefore(text, numberStart);

    const percent = PERCENT_SIGN.exec(after);
    if (percent) {
      const unitEnd = numberEnd + percent[0].length;
      const sign = /([+\u2212-])\s*$/.exec(q.rest)?.[1];
      const signed = sign && /(?:^|\s|\()[+\u2212-]\s*$/.test(q.rest);
      const verb = VERB_BEFORE.exec(q.rest) ?? NOUN_OF_BEFORE.exec(q.rest);
      const noun = CHANGE_AFTER.exec(text.slice(unitEnd, unitEnd + WINDOW));
      if (verb || noun || signed) {
        const word = (verb?.[1] ?? noun?.[1] ?? "").toLowerCase().replace(/^(went|gone) /, "");
        const isFall = signed ? sign !== "+" : FALLING.test(word);
        const start = verb
          ? Math.min(q.start, q.base + verb.index)
          : signed
            ? q.base + q.rest.length - 1
            : q.start;
        const end = noun ? unitEnd + noun[0].length : unitEnd;
        add({
          kind: "percent-change",
          value: isFall ? -value : value,
          qualifier: q.qualifier,
          start,
          end,
          counted: [],
        });
      } else {
        add({ kind: "percent", value, qualifier: q.qualifier, start: q.start, end: unitEnd, counted: [] });
      }
      continue;
    }

    const times = TIMES_AFTER.exec(after) ?? FOLD_AFTER.exec(after);
    const cross = /×\s*$/.exec(q.rest);
    if (times || cross) {
      const start = cross ? q.base + q.rest.length - cross[0].length : q.start;
      add({
        kind: "ratio",
        value,
        qualifier: q.qualifier,
        start,
        end: numberEnd + (times?.[0].length ?? 0),
        counted: [],
      });
      continue;
    }

    if ((isYearLike(m[0]) && !m[2]) || NUMBERED.test(q.rest) || /[£$€]\s*$/.test(q.rest)) continue;
    // "16 of our apprentices" counts apprentices; "14 of the 15 apprentices" counts none.
    const partOf = /^\s+of\s+(?:our|the|its|their|these|those)(?=\s+[A-Za-z])/i.exec(after)?.[0] ?? "";
    const following = /^(?:\s+[A-Za-z][A-Za-z'’-]*){1,3}/.exec(after.slice(partOf.length))?.[0] ?? "";
    const counted = wordsOf(following);
    if (!counted.length || NOT_COUNTED.test(counted[0]!)) continue;
    const firstWordEnd =
      numberEnd +
      partOf.length +
      (/^\s+[A-Za-z][A-Za-z'’-]*/.exec(after.slice(partOf.length))?.[0].length ?? 0);
    add({ kind: "count", value, qualifier: q.qualifier, start: q.start, end: firstWordEnd, counted });
  }
  return claims.sort((a, b) => a.start - b.start);
}

/** The years a sentence names, with where. */
export function yearsIn(text: string): { year: number; at: number }[] {
  return [...text.matchAll(/(?<![\w.,£$])((?:19|20)\d\d)(?![\w%]|[.,]\d)/g)].map((m) => ({
    year: Number(m[1]),
    at: m.index,
  }));
}

/** The year nearest a claim, if the sentence names any: "10 % in 2019 versus 20 % in 2024". */
export function yearOf(claim: Claim, years: { year: number; at: number }[]): number | null {
  let best: { year: number; distance: number } | null = null;
  for (const y of years) {
    if (y.at >= claim.start && y.at < claim.end) continue;
    const distance = y.at >= claim.end ? y.at - claim.end : claim.start - (y.at + 4);
    if (!best || distance < best.distance) best = { year: y.year, distance };
  }
  return best?.year ?? null;
}

export type FromTo = { from: number; to: number; text: string };

/**
 * The one "from A to B" pair of plain numbers in a sentence ("rose from 4 to 11", "from 42 in 2019
 * to 53 in 2024"); null when there is none or more than one, since then which a change belongs to
 * is a guess. Pairs of years or of percentages are not counts.
 */
export function fromToOf(text: string): FromTo | null {
  const num = "(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)";
  const when = "(?:\\s*\\(\\s*\\d{4}\\s*\\)|\\s+(?:in|at|during)\\s+(?:[A-Z][a-z]+\\s+)?\\d{4})?";
  const noPercent = "(?!\\s*(?:%|per\\s?cent|percent)|\\d)";
  const pattern = new RegExp(
    `\\bfrom\\s+${num}${noPercent}${when}\\s*(?:to|→|->)\\s*${num}${noPercent}`,
    "gi",
  );
  const pairs = [...text.matchAll(pattern)].filter((m) => !isYearLike(m[1]!) && !isYearLike(m[2]!));
  if (pairs.length !== 1) return null;
  const m = pairs[0]!;
  return { from: numberOf(m[1]!), to: numberOf(m[2]!), text: m[0] };
}
