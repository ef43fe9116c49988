import postgres from "postgres";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import type { PostgresJsDatabase } from "drizzle-orm/postgres-js";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { DatabaseHandle } from "./index";
import type * as schema from "./schema";

export const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), "migrations");

/** An arbitrary constant: the advisory lock that serialises migrations and seeding across instances. */
export const SETUP_LOCK_KEY = 7_150_973;

/**
 * Applies the committed SQL migrations. On PostgreSQL an advisory lock lets several
 * instances start at once; PGlite is single-process by its own lock file.
 */
export async function migrateDatabase(handle: DatabaseHandle): Promise<void> {
  if (handle.target.kind === "pglite") {
    await migratePglite(handle.db as unknown as PgliteDatabase<typeof schema>, { migrationsFolder });
    return;
  }
  await withSetupLock(handle, () =>
    migratePostgres(handle.db as unknown as PostgresJsDatabase<typeof schema>, { migrationsFolder }),
  );
}

/** Runs fn while holding the setup lock (PostgreSQL only; PGlite is single-process). */
export async function withSetupLock<T>(handle: DatabaseHandle, fn: () => Promise<T>): Promise<T> {
  if (handle.target.kind === "pglite") return fn();
  // A session-level lock belongs to one connection: hold it on a connection of its own,
  // while the work runs on the pool.
  const lockClient = postgres(handle.target.url, { max: 1, onnotice: () => {} });
  try {
    await lockClient`select pg_advisory_lock(${SETUP_LOCK_KEY})`;
    try {
      return await fn();
    } finally {
      await lockClient`select pg_advisory_unlock(${SETUP_LOCK_KEY})`;
    }
  } finally {
    await lockClient.end({ timeout: 5 });
  }
}
