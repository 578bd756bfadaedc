import { afterEach, vi } from "vitest";

/** An unexpected console.error is a failure, not noise (a test that expects one mocks it). */
const errors: unknown[][] = [];
vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
  errors.push(args);
});
afterEach(() => {
  const seen = errors.splice(0);
  if (seen.length) throw new Error(`console.error was called:\n${seen.map((a) => a.join(" ")).join("\n")}`);
});
