import { getAuthTables } from "better-auth/db";
import { getTableColumns } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { expect, it } from "vitest";
import * as schema from "../db/schema";
import type { Db } from "../db/types";
import { createAuth } from "./auth.server";

/**
 * Our auth schema is written by hand from getAuthTables() (its CLI does not run on Node 20).
 * This compares the two so that a better-auth upgrade or a plugin change cannot drift silently.
 */
const RELAXED = new Set(["invitation.inviterId"]); // nullable on purpose: the operator invites via the CLI

it("has every table and field better-auth expects, with matching requiredness", () => {
  const auth = createAuth({
    db: {} as Db,
    secret: "x".repeat(32),
    baseURL: "http://localhost",
    trustProxy: false,
  });
  const tables = getAuthTables(auth.options);
  expect(Object.keys(tables).sort()).toEqual([
    "account",
    "invitation",
    "member",
    "organization",
    "rateLimit",
    "session",
    "user",
    "verification",
  ]);
  const problems: string[] = [];
  for (const [key, table] of Object.entries(tables)) {
    const ours = (schema as Record<string, unknown>)[table.modelName] as PgTable | undefined;
    if (!ours) {
      problems.push(`missing table ${table.modelName}`);
      continue;
    }
    const columns = getTableColumns(ours);
    for (const [field, attr] of Object.entries(table.fields)) {
      const column = columns[field];
      if (!column) {
        problems.push(`${key}.${field} is missing`);
        continue;
      }
      const required = attr.required !== false && attr.defaultValue === undefined;
      if (required && !column.notNull && !RELAXED.has(`${key}.${field}`))
        problems.push(`${key}.${field} should be NOT NULL`);
      if (attr.unique && !column.isUnique) problems.push(`${key}.${field} should be unique`);
    }
  }
  expect(problems).toEqual([]);
});
