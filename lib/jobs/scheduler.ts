import "server-only";
import { NO_RESPONSE_JOB, runNoResponseJob } from "../intents/no-response";

/**
 * The scheduled jobs. Each is safe to run on several app instances at once (it locks and
 * re-checks the rows it changes), so every instance may run the timer and a cron may run
 * `npm run jobs:run` besides.
 */
export async function runScheduledJobs({ now = new Date() }: { now?: Date } = {}) {
  return { [NO_RESPONSE_JOB]: await runNoResponseJob({ now }) };
}

const holder = globalThis as unknown as { __zhihuiJobTimer?: NodeJS.Timeout };

/** Runs the jobs every `intervalSeconds` in this process; unref'd, so it never keeps the process alive. */
export function startJobTimer({ intervalSeconds, firstAfterSeconds = 30 }: { intervalSeconds: number; firstAfterSeconds?: number }): void {
  if (holder.__zhihuiJobTimer || intervalSeconds <= 0) return;
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const result = await runScheduledJobs();
      console.log(`[jobs] ${JSON.stringify(result)}`);
    } catch (error) {
      console.error(`[jobs] failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      running = false;
    }
  };
  holder.__zhihuiJobTimer = setInterval(tick, intervalSeconds * 1000);
  holder.__zhihuiJobTimer.unref();
  setTimeout(tick, firstAfterSeconds * 1000).unref();
}
