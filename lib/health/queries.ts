import "server-only";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { execute, getDatabase } from "../../db/index";
import { env } from "../env";

export interface DatabaseHealth {
  ok: boolean;
  driver: "postgres" | "pglite";
  latencyMs: number;
  migrations?: number;
  /** Set when the database could not be reached, or did not answer in time through the app's pool (busy); never the driver's raw message. */
  problem?: "unreachable" | "busy" | "not_migrated";
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
  } catch (error) {
    // No answer in time through the app's pool is a busy instance, not a lost database: the
    // availability watch's own connection decides that (probeDatabase).
    const busy = error instanceof Error && error.message === TIMED_OUT;
    return { ok: false, driver, latencyMs: elapsed(), problem: busy ? "busy" : "unreachable" };
  }
}

const probes = globalThis as unknown as { __zhihuiProbe?: { url: string; client: postgres.Sql } };

/**
 * The availability watch's own connection: a probe sent through the app's pool waits behind the
 * queries queued there, and under load (a burst of pages rendered again, say) it timed out
 * while the server answered, so the proxy answered 503 to every request for a quarter of a
 * minute. On its own connection a probe's silence means the server's.
 */
function probeClient(url: string): postgres.Sql {
  if (probes.__zhihuiProbe?.url !== url) {
    void probes.__zhihuiProbe?.client.end({ timeout: 1 });
    probes.__zhihuiProbe = { url, client: postgres(url, { max: 1, connect_timeout: 2, idle_timeout: 0, onnotice: () => {} }) };
  }
  return probes.__zhihuiProbe.client;
}

/**
 * One trivial query, for the availability watch; rejects after two seconds without an answer.
 * On PostgreSQL on a connection of its own (probeClient), not through the app's pool.
 */
export async function probeDatabase(): Promise<void> {
  const handle = await getDatabase();
  const query = handle.target.kind === "postgres" ? probeClient(handle.target.url)`select 1`.then(() => undefined) : execute(handle.db, sql`select 1`);
  await withTimeout(query, 2000, "probe timed out");
}

const TIMED_OUT = "database health check timed out";

function withTimeout<T>(promise: Promise<T>, ms = TIMEOUT_MS, message = TIMED_OUT): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
