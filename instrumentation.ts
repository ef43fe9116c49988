/**
 * Next's start-up hook (Node runtime):
 * - on PostgreSQL, watch that the database answers (lib/health/availability.ts), so that the
 *   proxy can answer 503 at once while it is away and the app recovers by itself when it returns;
 * - in a production server, start the scheduled jobs' timer (lib/jobs/scheduler.ts: no-response
 *   reminders, session reminders, saved-position notices, job alerts) and the mail outbox's.
 *   `npm run jobs:run` runs the same jobs once, for a cron.
 */
export async function register() {
  // Next's documented test for the runtime: replaced at build time, so an edge bundle drops the
  // database code below; lib/env.ts cannot give that.
  // eslint-disable-next-line no-restricted-properties
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env, isBuildPhase } = await import("./lib/env");
  const { NODE_ENV, JOBS_INTERVAL_SECONDS, MAIL_INTERVAL_SECONDS, DATABASE_URL } = env();
  if (isBuildPhase()) return;
  if (DATABASE_URL) {
    const { startAvailabilityWatch } = await import("./lib/health/availability");
    const { probeDatabase } = await import("./lib/health/queries");
    startAvailabilityWatch({ probe: probeDatabase });
  }
  if (NODE_ENV !== "production" || (JOBS_INTERVAL_SECONDS <= 0 && MAIL_INTERVAL_SECONDS <= 0)) return;
  const { startJobTimer } = await import("./lib/jobs/scheduler");
  startJobTimer({ intervalSeconds: JOBS_INTERVAL_SECONDS, mailIntervalSeconds: MAIL_INTERVAL_SECONDS });
}

/** A request that failed because the database went away marks it down before the next watch tick. */
export async function onRequestError(error: unknown) {
  // eslint-disable-next-line no-restricted-properties
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { isConnectionError, markDatabaseDown } = await import("./lib/health/availability");
  if (isConnectionError(error)) markDatabaseDown();
}
