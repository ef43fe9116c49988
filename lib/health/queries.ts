import "server-only";
import { sql } from "drizzle-orm";
import { execute, getDatabase } from "../../db/index";
import { env } from "../env";

export interface DatabaseHealth {
  ok: boolean;
  driver: "postgres" | "pglite";
  latencyMs: number;
  migrations?: number;
  /** Set when the database could not be reached; never the driver's raw message. */
  problem?: "unreachable" | "not_migrated";
}

const TIMEOUT_MS = 3000;

/** Answers within a few seconds whether the database takes queries and has its migrations. */
export async function getDatabaseHealth(): Promise<DatabaseHealth> {
  const started = performance.now();
  const driver = env().DATABASE_URL ? "postgres" : "pglite";
  const elapsed = () => Math.round(performance.now() - started);
  try {
    const handle = await withTimeout(getDatabase());
    // The migrations table is resolved when a query is parsed, so ask whether it exists first.
    const [table] = await withTimeout(
      execute<{ migrated: boolean }>(handle.db, sql`select to_regclass('drizzle.__drizzle_migrations') is not null as migrated`),
    );
    const [row] = table?.migrated
      ? await withTimeout(execute<{ migrations: number }>(handle.db, sql`select count(*)::int as migrations from drizzle.__drizzle_migrations`))
      : [];
    const migrations = Number(row?.migrations ?? 0);
    if (migrations === 0) return { ok: false, driver: handle.target.kind, latencyMs: elapsed(), migrations, problem: "not_migrated" };
    return { ok: true, driver: handle.target.kind, latencyMs: elapsed(), migrations };
  } catch {
    return { ok: false, driver, latencyMs: elapsed(), problem: "unreachable" };
  }
}

/** One trivial query, for the availability watch; rejects after two seconds without an answer. */
export async function probeDatabase(): Promise<void> {
  await withTimeout(getDatabase().then((handle) => execute(handle.db, sql`select 1`)), 2000, "probe timed out");
}

function withTimeout<T>(promise: Promise<T>, ms = TIMEOUT_MS, message = "database health check timed out"): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
