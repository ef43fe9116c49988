/**
 * Next's start-up hook: in a production server (Node runtime), start the scheduled jobs' timer
 * (lib/jobs/scheduler.ts: no-response reminders, session reminders, saved-position expiry, job alerts) and the mail outbox's. `npm run jobs:run` runs the
 * same jobs once, for a cron.
 */
export async function register() {
  // Next's documented test for the runtime: replaced at build time, so an edge bundle drops the
  // database code below; lib/env.ts cannot give that.
  // eslint-disable-next-line no-restricted-properties
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("./lib/env");
  const { NODE_ENV, JOBS_INTERVAL_SECONDS, MAIL_INTERVAL_SECONDS } = env();
  if (NODE_ENV !== "production" || (JOBS_INTERVAL_SECONDS <= 0 && MAIL_INTERVAL_SECONDS <= 0)) return;
  const { startJobTimer } = await import("./lib/jobs/scheduler");
  startJobTimer({ intervalSeconds: JOBS_INTERVAL_SECONDS, mailIntervalSeconds: MAIL_INTERVAL_SECONDS });
}
