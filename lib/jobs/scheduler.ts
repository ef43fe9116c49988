import "server-only";
import { ALERTS_JOB, runAlertsJob } from "../alerts/job";
import { pruneCachedSearches } from "../cache/search-registry";
import { NO_RESPONSE_JOB, runNoResponseJob } from "../intents/no-response";
import { PROJECT_LEADS_JOB, runProjectLeadsJob } from "../intents/project-leads";
import { drainOutbox } from "../mail/outbox";
import { runSavedExpiryJob, runSessionReminderJob, SAVED_EXPIRY_JOB, SESSION_REMINDER_JOB } from "../notifications/jobs";

export const MAIL_JOB = "mail.outbox";
export const CACHED_SEARCHES_JOB = "cache.searches_pruned";

/**
 * The scheduled jobs. Each is safe to run on several app instances at once (it locks and
 * re-checks the rows it changes), so every instance may run the timer and a cron may run
 * `npm run jobs:run` besides. The outbox drains last, so what the jobs wrote goes out at once.
 */
export async function runScheduledJobs({ now = new Date() }: { now?: Date } = {}) {
  return {
    [NO_RESPONSE_JOB]: await runNoResponseJob({ now }),
    [PROJECT_LEADS_JOB]: await runProjectLeadsJob({ now }),
    [SESSION_REMINDER_JOB]: await runSessionReminderJob({ now }),
    [SAVED_EXPIRY_JOB]: await runSavedExpiryJob({ now }),
    [ALERTS_JOB]: await runAlertsJob({ now }),
    [CACHED_SEARCHES_JOB]: await pruneCachedSearches({ now }),
    [MAIL_JOB]: await drainOutbox(),
  };
}

const holder = globalThis as unknown as { __zhihuiJobTimer?: NodeJS.Timeout; __zhihuiMailTimer?: NodeJS.Timeout };

/** Runs `work` every `intervalSeconds`, never twice at once in this process; unref'd, so it never keeps the process alive. */
function every(intervalSeconds: number, firstAfterSeconds: number, name: string, work: () => Promise<unknown>, quiet: (result: unknown) => boolean): NodeJS.Timeout {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const result = await work();
      if (!quiet(result)) console.log(`[${name}] ${JSON.stringify(result)}`);
    } catch (error) {
      console.error(`[${name}] failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(tick, intervalSeconds * 1000);
  timer.unref();
  setTimeout(tick, firstAfterSeconds * 1000).unref();
  return timer;
}

/**
 * Runs the jobs every `intervalSeconds` in this process, and the mail outbox every
 * `mailIntervalSeconds` (mail should not wait for the jobs' ten minutes).
 */
export function startJobTimer({ intervalSeconds, mailIntervalSeconds = 0, firstAfterSeconds = 30 }: { intervalSeconds: number; mailIntervalSeconds?: number; firstAfterSeconds?: number }): void {
  if (!holder.__zhihuiJobTimer && intervalSeconds > 0) holder.__zhihuiJobTimer = every(intervalSeconds, firstAfterSeconds, "jobs", () => runScheduledJobs(), () => false);
  if (!holder.__zhihuiMailTimer && mailIntervalSeconds > 0) {
    const idle = (r: unknown) => Object.values(r as Record<string, number>).every((n) => n === 0);
    holder.__zhihuiMailTimer = every(mailIntervalSeconds, Math.min(firstAfterSeconds, mailIntervalSeconds), "mail", () => drainOutbox(), idle);
  }
}
