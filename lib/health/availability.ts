/**
 * Whether this process can reach its database. A watch (started by instrumentation.ts on
 * PostgreSQL) asks the server every few seconds, and any request that fails to connect marks it
 * down at once; while it is down, proxy.ts answers every page and API request with 503 and a
 * clear page instead of letting requests fail one by one, and the watch asks every second until
 * the server is back. The state lives on globalThis: the proxy and the app share one process.
 *
 * No "server-only" import: proxy.ts reads the state.
 */
interface AvailabilityState {
  down: boolean;
  since: number;
  watch?: NodeJS.Timeout;
}

const holder = globalThis as unknown as { __zhihuiAvailability?: AvailabilityState };
const state = (): AvailabilityState => (holder.__zhihuiAvailability ??= { down: false, since: Date.now() });

export function isDatabaseDown(): boolean {
  return state().down;
}

export function markDatabaseDown(): void {
  const current = state();
  if (current.down) return;
  current.down = true;
  current.since = Date.now();
  console.error("[health] database unreachable: answering 503 until it returns");
}

export function markDatabaseUp(): void {
  const current = state();
  if (!current.down) return;
  console.log(`[health] database back after ${Math.round((Date.now() - current.since) / 1000)} s`);
  current.down = false;
  current.since = Date.now();
}

// postgres.js's own codes for a lost or refused connection, the socket's, and PostgreSQL's
// classes 08 (connection exception) and 57P (operator intervention: shutdown, cannot connect now).
const CONNECTION_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EAI_AGAIN", "CONNECT_TIMEOUT", "CONNECTION_CLOSED", "CONNECTION_ENDED", "CONNECTION_DESTROYED"]);

/** Whether an error (or its cause, as Drizzle wraps driver errors) says the database cannot be reached. */
export function isConnectionError(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 4) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string" && (CONNECTION_CODES.has(code) || code.startsWith("08") || code.startsWith("57P"))) return true;
  const errors = (error as { errors?: unknown }).errors; // AggregateError from a dual-stack connect
  if (Array.isArray(errors) && errors.some((e) => isConnectionError(e, depth + 1))) return true;
  return isConnectionError((error as { cause?: unknown }).cause, depth + 1);
}

/**
 * Asks the database every `upSeconds` while it answers and every `downSeconds` while it does not.
 * `probe` resolves when a trivial query succeeds. Unref'd: it never keeps the process alive.
 */
export function startAvailabilityWatch({ probe, upSeconds = 5, downSeconds = 1 }: { probe: () => Promise<unknown>; upSeconds?: number; downSeconds?: number }): void {
  const current = state();
  if (current.watch) return;
  const tick = async () => {
    try {
      await probe();
      markDatabaseUp();
    } catch (error) {
      if (isConnectionError(error) || (error instanceof Error && error.message === "probe timed out")) markDatabaseDown();
    }
    current.watch = setTimeout(tick, (isDatabaseDown() ? downSeconds : upSeconds) * 1000);
    current.watch.unref();
  };
  current.watch = setTimeout(tick, 0);
  current.watch.unref();
}
