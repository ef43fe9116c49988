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
