import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { btree_gin } from "@electric-sql/pglite/contrib/btree_gin";
import { intarray } from "@electric-sql/pglite/contrib/intarray";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import type { SQL } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { env, isBuildPhase } from "../lib/env";
import { acquirePgliteLock } from "./pglite-lock";
import * as schema from "./schema";

/** One Drizzle type for both drivers. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

/** The handle inside `db.transaction(async (tx) => …)`. */
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];

export type DatabaseTarget = { kind: "postgres"; url: string } | { kind: "pglite"; dataDir: string };

/** A plan the search forces on PostgreSQL's planner (lib/positions/search-plan.ts). */
export type ForcedPlan = "walk" | "collect";

/**
 * The planner settings of a forced plan. No sequential scans; no parallel workers (a walk stops
 * after a page, and starting workers cost more, ~90 ms measured, than the whole walk); no JIT
 * (the disabled plans' inflated costs would compile every query, tens of milliseconds, for
 * nothing); joins in the order written (page → position → employer → catalogs, the only sensible
 * one: planning, not running, was most of a search's database time on the demo campaign, and this
 * cut it by a quarter). A walk also turns bitmap scans off, so that it follows its index in order.
 */
export function forcedPlanSettings(plan: ForcedPlan): Record<string, string> {
  return { enable_seqscan: "off", max_parallel_workers_per_gather: "0", jit: "off", join_collapse_limit: "1", from_collapse_limit: "1", enable_bitmapscan: plan === "walk" ? "off" : "on" };
}

/** How the forced plans' connections name themselves to PostgreSQL (pg_stat_activity.application_name). */
export const FORCED_PLAN_APPLICATION = "zhihui search: ";

export interface DatabaseHandle {
  db: Database;
  target: DatabaseTarget;
  /**
   * On PostgreSQL, a small pool per forced plan whose sessions start with its settings: a forced
   * query is one statement, not begin, set_config, the query and commit (each a round trip, two
   * for a statement with parameters). Undefined on PGlite, where withPlan sets them in a transaction.
   */
  forcedPlans?: Record<ForcedPlan, Database>;
  /** The PGlite instance, for snapshots in tests; undefined on PostgreSQL. */
  pglite?: PGlite;
  close(): Promise<void>;
}

export function defaultTarget(): DatabaseTarget {
  const { DATABASE_URL, PGLITE_DIR } = env();
  return DATABASE_URL
    ? { kind: "postgres", url: DATABASE_URL }
    : { kind: "pglite", dataDir: path.resolve(PGLITE_DIR) };
}

export const pgliteExtensions = { pg_trgm, btree_gin, intarray };

export async function openDatabase(target: DatabaseTarget = defaultTarget()): Promise<DatabaseHandle> {
  if (target.kind === "postgres") {
    const options = { connect_timeout: 5, idle_timeout: 60, onnotice: () => {} };
    const client = postgres(target.url, { ...options, max: env().DATABASE_POOL_MAX });
    // Connections open on first use: an instance that never forces a plan opens none of these.
    const forced = (plan: ForcedPlan) =>
      postgres(target.url, { ...options, max: Math.ceil(env().DATABASE_POOL_MAX / 2), connection: { application_name: `${FORCED_PLAN_APPLICATION}${plan}`, ...forcedPlanSettings(plan) } });
    const clients = { walk: forced("walk"), collect: forced("collect") };
    const drizzleOf = (sql: postgres.Sql) => drizzlePostgres(sql, { schema }) as unknown as Database;
    return {
      db: drizzleOf(client),
      target,
      forcedPlans: { walk: drizzleOf(clients.walk), collect: drizzleOf(clients.collect) },
      close: async () => {
        await Promise.all([client, clients.walk, clients.collect].map((sql) => sql.end({ timeout: 5 })));
      },
    };
  }
  const release = acquirePgliteLock(target.dataDir);
  try {
    const pglite = await PGlite.create({ dataDir: target.dataDir, extensions: pgliteExtensions });
    const db = drizzlePglite(pglite, { schema }) as unknown as Database;
    return {
      db,
      target,
      pglite,
      close: async () => {
        await pglite.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

// Next loads server modules more than once per process: keep the one handle on globalThis.
const holder = globalThis as unknown as { __zhihuiDb?: Promise<DatabaseHandle> };

/** The process's database, opened on first use. */
export function getDatabase(): Promise<DatabaseHandle> {
  if (isBuildPhase()) {
    throw new Error("The database is not opened while Next builds: render this page dynamically.");
  }
  holder.__zhihuiDb ??= openDatabase().catch((error: unknown) => {
    holder.__zhihuiDb = undefined;
    throw error;
  });
  return holder.__zhihuiDb;
}

export async function getDb(): Promise<Database> {
  return (await getDatabase()).db;
}

/** Tests hand the process a database of their own; lib/ queries then read and write it. */
export function setProcessDatabase(handle: DatabaseHandle): void {
  holder.__zhihuiDb = Promise.resolve(handle);
}

export async function closeDatabase(): Promise<void> {
  const handle = holder.__zhihuiDb;
  holder.__zhihuiDb = undefined;
  if (handle) await (await handle).close();
}

/** Raw SQL returning rows: PGlite answers `{ rows }`, postgres.js an array. */
export async function execute<T extends Record<string, unknown>>(db: Database, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown;
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}

export { schema };
