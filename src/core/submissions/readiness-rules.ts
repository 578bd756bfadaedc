import { type NarrativeDoc, wordCount } from "../narrative/doc";
import type { StructuredKind } from "../templates/template-types";
import { findContradictions } from "./claims";
import type { Finding, FindingCode, Placed, ReadinessInput, ReadinessQuestion, Severity } from "./readiness";
import { isAnswered, talentTexts, textDoc } from "./readiness-content";
import { SIGN_HREF, sectionHref } from "./readiness-href";
import { type FindingMessageKey, type FindingParams, findingMessage, listOf } from "./readiness-messages";

/* The readiness check's rules about answers, TALENT and signatures (pure); plans are in readiness-plan-rules. */

export const CROSS_REFERENCES = "cross-references";

export function finding(
  code: FindingCode,
  severity: Severity,
  messageKey: FindingMessageKey,
  params: FindingParams,
  href: string,
  subject?: string,
): Finding {
  const message = findingMessage(messageKey, params);
  return { code, severity, message, href, messageKey, params, ...(subject ? { subject } : {}) };
}

/** The first question with a structured part of this kind, and its place. */
export function questionOf(
  input: ReadinessInput,
  kind: StructuredKind,
): { q: ReadinessQuestion; at: number } | null {
  const at = input.questions.findIndex((q) => q.structured === kind);
  return at < 0 ? null : { q: input.questions[at]!, at };
}

export const isUnanswered = (input: ReadinessInput, q: ReadinessQuestion) =>
  q.required && !isAnswered(q, input.answers[q.id], input.previousPlan !== null);

function contradictions(
  input: ReadinessInput,
  sectionKey: string,
  doc: NarrativeDoc,
  messageKey: FindingMessageKey,
  params: FindingParams,
  href: string,
): Finding[] {
  return findContradictions([{ sectionKey, doc }], input.figures).map((c) =>
    finding(
      "contradiction",
      "warning",
      messageKey,
      { ...params, detail: c.message },
      href,
      c.figureRef ?? sectionKey,
    ),
  );
}

/** Unanswered required questions, word limits, and numbers in the answers that contradict the figures. */
export function questionFindings(input: ReadinessInput): Placed[] {
  const placed: Placed[] = [];
  input.questions.forEach((q, at) => {
    const answer = input.answers[q.id];
    const about = { number: q.number, title: q.title };
    const put = (found: Finding[]) => placed.push(...found.map((finding) => ({ finding, at })));
    if (isUnanswered(input, q)) {
      put([finding("unanswered", "blocking", "unanswered", about, sectionHref(q.id), q.id)]);
      return;
    }
    const narrative = q.narrative ? (answer?.narrative ?? null) : null;
    if (narrative && q.wordLimit !== null) {
      const words = wordCount(narrative);
      if (words > q.wordLimit) {
        const params = { ...about, words, limit: q.wordLimit };
        put([finding("word-limit", "blocking", "word-limit", params, sectionHref(q.id), q.id)]);
      }
    }
    if (narrative) {
      put(contradictions(input, q.id, narrative, "contradiction.question", about, sectionHref(q.id)));
    }
    if (q.structured === "talent" && input.talentMode === "per-recommendation") {
      for (const { position, text } of talentTexts(answer?.data)) {
        const href = sectionHref(q.id, `talent-${position}`);
        put(contradictions(input, q.id, textDoc(text), "contradiction.talent", { ...about, position }, href));
      }
    }
  });
  const cross = input.answers[CROSS_REFERENCES]?.narrative;
  if (cross) {
    const found = contradictions(
      input,
      CROSS_REFERENCES,
      cross,
      "contradiction.cross-references",
      {},
      sectionHref(CROSS_REFERENCES),
    );
    placed.push(...found.map((f) => ({ finding: f, at: input.questions.length })));
  }
  return placed;
}

/**
 * A recommendation answered at two points (the LSTM seed answers point 1 again as point 6). The
 * link goes to the later answer, the one more likely meant for another recommendation.
 */
export function talentFindings(input: ReadinessInput): Placed[] {
  const talent = questionOf(input, "talent");
  const byRecommendation = new Map<string, ReadinessInput["talentAnswers"]>();
  for (const a of input.talentAnswers) {
    if (!a.recommendationId) continue;
    byRecommendation.set(a.recommendationId, [...(byRecommendation.get(a.recommendationId) ?? []), a]);
  }
  return [...byRecommendation].flatMap(([id, answers]) => {
    if (answers.length < 2) return [];
    const positions = answers.map((a) => a.position).sort((x, y) => x - y);
    const number = answers.find((a) => a.number !== null)?.number ?? id;
    const href = sectionHref(talent?.q.id ?? "talent", `talent-${positions[1]}`);
    const params = { number, positions: listOf(positions) };
    return [
      {
        finding: finding("talent-duplicate", "blocking", "talent-duplicate", params, href, id),
        at: talent?.at ?? input.questions.length,
      },
    ];
  });
}

/**
 * Missing signatures block in every state. Before the freeze ("draft") nobody can sign yet, but the
 * check answers "can this be submitted?", and it cannot be without both; `blocksSignOff` leaves them
 * out for the question "can this be frozen for sign-off?". The words are the same in every state:
 * "Not signed yet by …" is true of a draft and of a frozen version alike.
 */
export function signatureFindings(input: ReadinessInput): Placed[] {
  const at = input.questions.length + 1;
  const blocks = [
    ["lead", input.signatures.lead, "not-signed.lead"],
    ["signatory", input.signatures.signatory, "not-signed.signatory"],
  ] as const;
  return blocks
    .filter(([, signed]) => !signed)
    .map(([block, , key]) => ({ finding: finding("not-signed", "blocking", key, {}, SIGN_HREF, block), at }));
}
