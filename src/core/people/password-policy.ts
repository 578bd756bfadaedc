import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";

/**
 * Refuses weak and breached passwords without sending them anywhere: zxcvbn's dictionaries
 * include the most common passwords from public breach corpora, so "found in a breach list" is
 * decided on this machine. (No network here or in many university deployments: see
 * docs/decisions/0003-auth.md.)
 */
let factory: ZxcvbnFactory | undefined;
function checker(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({ dictionary: { ...common.dictionary }, graphs: common.adjacencyGraphs });
  return factory;
}

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 128;

/** Returns the problem with the password in plain words, or null when it is acceptable. */
export function passwordProblem(password: string, userInputs: string[] = []): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `Use at least ${MIN_PASSWORD_LENGTH} characters.`;
  if (password.length > MAX_PASSWORD_LENGTH) return `Use at most ${MAX_PASSWORD_LENGTH} characters.`;
  // zxcvbn matches user inputs as whole words, so "Jordan Pike" also counts as "jordan", "pike"
  // and "jordanpike".
  const words = userInputs.flatMap((input) => {
    const parts = input
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter(Boolean);
    return [...parts, parts.join("")];
  });
  const result = checker().check(password, words);
  if (result.score >= 3) return null;
  // A weak password that is mostly a known breached one gets the more specific message.
  const breached = result.sequence.some(
    (m) =>
      m.pattern === "dictionary" &&
      m.dictionaryName.startsWith("passwords") &&
      m.token.length * 2 >= password.length,
  );
  if (breached) return "This password appears in lists of breached passwords. Choose another.";
  return "This password is too easy to guess. Try a longer phrase of unrelated words.";
}
