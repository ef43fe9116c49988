/**
 * The PostgreSQL error behind a failed query. Drizzle wraps driver errors (DrizzleQueryError,
 * original in `cause`); postgres.js and PGlite both carry the SQLSTATE in `code` and the
 * violated constraint's name in `constraint_name` / `constraint`.
 */
export interface PgErrorInfo {
  code: string;
  constraint?: string;
}

export const PG_UNIQUE_VIOLATION = "23505";
export const PG_FOREIGN_KEY_VIOLATION = "23503";
export const PG_CHECK_VIOLATION = "23514";
export const PG_NOT_NULL_VIOLATION = "23502";

export function pgError(error: unknown): PgErrorInfo | undefined {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    const candidate = current as { code?: unknown; constraint_name?: unknown; constraint?: unknown; cause?: unknown };
    if (typeof candidate.code === "string" && /^[0-9A-Z]{5}$/.test(candidate.code)) {
      const constraint = candidate.constraint_name ?? candidate.constraint;
      return { code: candidate.code, constraint: typeof constraint === "string" ? constraint : undefined };
    }
    current = candidate.cause;
  }
  return undefined;
}

export const PG_SERIALIZATION_FAILURE = "40001";
export const PG_DEADLOCK_DETECTED = "40P01";

/**
 * Runs a whole transaction again when PostgreSQL gave it up to let another through: a deadlock
 * (40P01) or a serialization failure (40001). Both roll it back entirely, so running it again is
 * safe; each retry waits a little longer, with jitter, so the two do not collide again at once.
 * Lock order is the first defence (lib/negotiations/mutations.ts); this covers what no order can:
 * the aggregate rows the statistics triggers update (stats_daily), which each change touches in
 * an order of its own.
 */
export async function retryingConflicts<T>(transaction: () => Promise<T>, { attempts = 4, baseMs = 10 }: { attempts?: number; baseMs?: number } = {}): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await transaction();
    } catch (error) {
      const code = pgError(error)?.code;
      if (attempt >= attempts || (code !== PG_DEADLOCK_DETECTED && code !== PG_SERIALIZATION_FAILURE)) throw error;
      await new Promise((resolve) => setTimeout(resolve, baseMs * 2 ** (attempt - 1) * (0.5 + Math.random())));
    }
  }
}
