import type { z } from "zod";
import { AppError, type FieldErrors } from "./errors";

/** Parses use-case input with its zod schema, turning issues into per-field messages. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fieldErrors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_form";
    if (!fieldErrors[key]) fieldErrors[key] = [];
    fieldErrors[key].push(issue.message);
  }
  throw new AppError("INVALID", "Some answers need correcting.", { fieldErrors });
}
