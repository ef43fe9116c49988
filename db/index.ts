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

/**
 * The most statement texts a process prepares: each connection keeps every statement it has
 * prepared until it closes (postgres.js evicts none), so the texts are capped, not the queries.
 * The app's queries have a few hundred shapes; a text past the cap runs unnamed, as all did before.
 */
export const PREPARED_STATEMENTS_MAX = 1_000;

/**
 * Drizzle sends every query as an unnamed statement: postgres.js then has PostgreSQL parse and
 * describe one with parameters before binding it (two round trips), every time. A named statement
 * is parsed and described once per connection, then bound and run in one round trip. This hands
 * Drizzle a postgres.js client whose queries are named statements, for the first
 * PREPARED_STATEMENTS_MAX texts, inside transactions too. The plans stay as they were: the
 * sessions plan every execution for its own values (plan_cache_mode, openDatabase).
 */
export function preparing(sql: postgres.Sql, texts: Set<string>): postgres.Sql {
  const prepare = (text: string) => {
    if (texts.size < PREPARED_STATEMENTS_MAX) texts.add(text);
    return texts.has(text);
  };
  // A query without parameters goes in one round trip already (the simple protocol).
  const unsafe = (text: string, parameters?: postgres.ParameterOrJSON<never>[], options?: postgres.UnsafeQueryOptions) =>
    sql.unsafe(text, parameters, parameters?.length ? { ...options, prepare: prepare(text) } : options);
  // A transaction's (begin) or a savepoint's client is handed to the callback: it prepares too.
  const scoped = (open: (...args: unknown[]) => unknown) => (...args: unknown[]) => {
    const body = args.pop() as (inner: postgres.Sql) => unknown;
    return open(...args, (inner: postgres.Sql) => body(preparing(inner, texts)));
  };
  const wrapped = new Map<PropertyKey, unknown>([["unsafe", unsafe]]);
  for (const key of ["begin", "savepoint"] as const) {
    const open: unknown = Reflect.get(sql, key);
    if (typeof open === "function") wrapped.set(key, scoped(open.bind(sql) as (...args: unknown[]) => unknown));
  }
  return new Proxy(sql, { get: (target, key, receiver) => (wrapped.has(key) ? wrapped.get(key) : Reflect.get(target, key, receiver)) });
}

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
    const { DATABASE_POOL_MAX, DATABASE_PREPARE } = env();
    // A prepared statement is planned for each execution's values, as an unnamed one is: a
    // generic plan, blind to a search's words and filters, could pick a far worse path.
    const options = { connect_timeout: 5, idle_timeout: 60, onnotice: () => {}, connection: { plan_cache_mode: "force_custom_plan" } };
    const client = postgres(target.url, { ...options, max: DATABASE_POOL_MAX });
    // Connections open on first use: an instance that never forces a plan opens none of these.
    const forced = (plan: ForcedPlan) =>
      postgres(target.url, { ...options, max: Math.ceil(DATABASE_POOL_MAX / 2), connection: { ...options.connection, application_name: `${FORCED_PLAN_APPLICATION}${plan}`, ...forcedPlanSettings(plan) } });
    const clients = { walk: forced("walk"), collect: forced("collect") };
    const texts = new Set<string>();
    const drizzleOf = (sql: postgres.Sql) => drizzlePostgres(DATABASE_PREPARE === "true" ? preparing(sql, texts) : sql, { schema }) as unknown as Database;
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
