/**
 * npm run jobs:run [-- --now 2026-03-01T00:00:00Z] — runs the scheduled jobs once (for a cron;
 * each app instance also runs them on a timer). Safe while instances run them too. With the
 * embedded PGlite the running app holds the database: there, its timer is the scheduler.
 */
import { parseArgs } from "node:util";
import { closeDatabase } from "../db/index";
import { runScheduledJobs } from "../lib/jobs/scheduler";

const { values } = parseArgs({ options: { now: { type: "string" } } });
const now = values.now ? new Date(values.now) : new Date();
if (Number.isNaN(now.getTime())) {
  console.error("Usage: npm run jobs:run [-- --now ISO-DATE]");
  process.exit(2);
}
try {
  console.log(JSON.stringify(await runScheduledJobs({ now }), null, 2));
} finally {
  await closeDatabase();
}
