import { z } from "zod";
import { invalid } from "./errors";

/** Cursor pagination: the cursor is opaque to clients and names the last key they saw. */
export const ZPage = z.object({
  limit: z.coerce
    .number()
    .int()
    .min(1, "limit must be at least 1")
    .max(100, "limit must be at most 100")
    .default(50),
  cursor: z.string().max(500).optional(),
});
export type TPage = z.input<typeof ZPage>;
export type PageOf<T> = { items: T[]; nextCursor: string | null };

export function encodeCursor(key: string): string {
  return Buffer.from(JSON.stringify({ k: key })).toString("base64url");
}

export function decodeCursor(cursor: string | undefined): string | undefined {
  if (!cursor) return undefined;
  try {
    const parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (typeof parsed.k === "string") return parsed.k;
  } catch {
    // Fall through to the error below.
  }
  throw invalid("The cursor is not one this server gave out.", { cursor: ["Invalid cursor."] });
}

/** Takes `limit + 1` rows from the caller and turns the extra one into the next cursor. */
export function toPage<T>(rows: T[], limit: number, keyOf: (row: T) => string): PageOf<T> {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(keyOf(last)) : null };
}
