import type { NodePgDatabase } from "drizzle-orm/node-postgres";
import type * as schema from "./schema";

/**
 * One type for both engines: drizzle's PGlite and node-postgres databases share the same query
 * API, so use-cases are written once. `client.server.ts` casts the PGlite one to this.
 */
export type Db = NodePgDatabase<typeof schema>;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
/** A database or a transaction: use-cases accept either so they compose inside one transaction. */
export type DbOrTx = Db | Tx;
export type EngineKind = "pglite" | "postgresql";
