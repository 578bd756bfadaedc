import type { Block, Inline, NarrativeDoc } from "../narrative/doc";

/*
 * The narrative as sentences, for finding typed claims (claims.ts). Unlike `docText`, a bound figure
 * keeps its ref and is written as the figure reads (its `display`), so "from {figure} to 11" still has
 * two numbers; its span is remembered so the figure itself is never taken for a typed claim.
 */

export type Sentence = {
  text: string;
  /** Refs of the bound figures in the sentence. */
  refs: string[];
  /** Where bound figures sit in `text`: [start, end). */
  boundSpans: [number, number][];
};

/** How a bound figure reads, by ref; unknown refs read "[figure]". */
export type FigureDisplays = ReadonlyMap<string, string>;

type Unit = { text: string; spans: { ref: string; start: number; end: number }[] };

/** Paragraphs, headings, list items and table cells each stand alone: a sentence never spans two. */
function units(doc: NarrativeDoc, displays: FigureDisplays): Unit[] {
  const out: Unit[] = [];
  const write = (children: Inline[]) => {
    const unit: Unit = { text: "", spans: [] };
    const inline = (n: Inline) => {
      switch (n.type) {
        case "text":
          // A line break typed inside a paragraph (Markdown's soft break) is a space when read:
          // a claim wrapped over two lines is still one sentence.
          unit.text += n.value.replace(/\r?\n/g, " ");
          break;
        case "break":
          unit.text += "\n";
          break;
        case "boundFigure": {
          const shown = displays.get(n.ref) ?? "[figure]";
          unit.spans.push({ ref: n.ref, start: unit.text.length, end: unit.text.length + shown.length });
          unit.text += shown;
          break;
        }
        case "image":
          break;
        default:
          n.children.forEach(inline);
      }
    };
    children.forEach(inline);
    out.push(unit);
  };
  const block = (b: Block) => {
    switch (b.type) {
      case "paragraph":
      case "heading":
        write(b.children);
        break;
      case "list":
        for (const item of b.children) item.children.forEach(block);
        break;
      case "table":
        for (const row of b.children) for (const cell of row.children) write(cell.children);
        break;
      case "blockquote":
        b.children.forEach(block);
        break;
      case "thematicBreak":
        break;
    }
  };
  doc.children.forEach(block);
  return out;
}

/** Words after which a full stop does not end a sentence ("approx. 50 %", "e.g. 3"). */
const ABBREVIATIONS = new Set(
  "approx c ca circa e.g eg i.e ie etc no nos vs fig figs dr prof mr mrs ms st cf incl est".split(" "),
);

/** [start, end) of each sentence in `text`. */
export function sentenceBounds(text: string): [number, number][] {
  const bounds: [number, number][] = [];
  let start = 0;
  const push = (end: number) => {
    if (text.slice(start, end).trim()) bounds.push([start, end]);
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "\n") {
      push(i + 1);
      continue;
    }
    if (!".!?".includes(ch)) continue;
    const rest = text.slice(i + 1, i + 16);
    // A stop ends a sentence before a space and a new sentence's start, never inside "26.2".
    if (rest && !/^["'’”)\]]*\s+["'‘“(]*[A-Z0-9£]/.test(rest)) continue;
    const word = /([A-Za-z.]+)$/.exec(text.slice(Math.max(start, i - 24), i))?.[1]?.toLowerCase();
    if (ch === "." && word && ABBREVIATIONS.has(word)) continue;
    const closers = /^["'’”)\]]*/.exec(rest)![0].length;
    push(i + 1 + closers);
  }
  push(text.length);
  return bounds;
}

/** Every sentence of the narrative, trimmed, with the bound figures it holds. */
export function sentencesOf(doc: NarrativeDoc, displays: FigureDisplays = new Map()): Sentence[] {
  return units(doc, displays).flatMap((unit) =>
    sentenceBounds(unit.text).map(([s, e]) => {
      const raw = unit.text.slice(s, e);
      const lead = raw.length - raw.trimStart().length;
      const text = raw.trim();
      const inside = unit.spans.filter((f) => f.start >= s && f.end <= e);
      return {
        text,
        refs: inside.map((f) => f.ref),
        boundSpans: inside.map((f): [number, number] => [f.start - s - lead, f.end - s - lead]),
      };
    }),
  );
}

/** Lower case, without a possessive or a plural ending: "technicians'" → "technician". */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/['’]s?$/, "");
  if (w.length > 4 && w.endsWith("ies")) w = `${w.slice(0, -3)}y`;
  else if (w.length > 3 && w.endsWith("s") && !w.endsWith("ss")) w = w.slice(0, -1);
  return w;
}

/**
 * Whether two words name the same thing, loosely: the same stem, one a prefix of the other
 * ("train", "training"), or a shared start of six letters ("attendance", "attendees";
 * "registered", "registration"; "technical", "technicians").
 */
export const sameWord = (a: string, b: string) => sameStem(stem(a), stem(b));

/** `sameWord` on words already stemmed. */
export function sameStem(x: string, y: string): boolean {
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.length >= 4 && long.startsWith(short)) return true;
  let common = 0;
  while (common < short.length && short[common] === long[common]) common++;
  return common >= 6;
}

export const wordsOf = (text: string) => text.match(/[A-Za-z][A-Za-z'’]*/g) ?? [];
