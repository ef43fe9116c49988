/**
 * npm run bench:stats — issue 8's target, measured (printed, never asserted): the operators'
 * dashboard's whole set of queries, as the page runs them, at 1,000,000 positions and
 * 1,000,000 intents on PostgreSQL, ≤ 300 ms p95.
 *
 *   npm run bench:stats -- [--samples N] [--quick]
 *
 * 1. The bench database (BENCH_STATS_DATABASE_URL, default
 *    postgres://postgres@127.0.0.1:5432/zq_bench_stats): created and migrated; when it holds
 *    fewer than 1,000,000 published positions or 1,000,000 intents it is emptied and seeded
 *    with the demo campaign's shape at that size (db/seed, as bench:search does; ~25 minutes
 *    on two busy cores), reused otherwise. The positions' view counters are filled from their
 *    seeded totals when empty.
 * 2. getDashboard (lib/stats/dashboard.ts) for the featured campaign over its default range —
 *    ten queries side by side on the pool, as /admin/dashboard runs them: warm-ups, then N
 *    timed samples; p50 / p95 / max. Then each query alone, to show where the time goes.
 *
 * lib/ imports "server-only": the npm script runs `tsx --conditions=react-server`.
 */
import os from "node:os";
import { sql } from "drizzle-orm";
import type * as DbModule from "../db/index";
import { databaseName, ensureDatabase } from "./bench/database";
import { parseSampleOptions } from "./bench/options";
import { count, markdownTable, ms, summarize } from "./bench/stats";

const BENCH_SIZE = { positions: 1_000_000, intents: 1_000_000 } as const;
const TARGET_P95_MS = 300;

let samples: number;
try {
  ({ samples } = parseSampleOptions(process.argv.slice(2), { quick: 10, full: 40 }));
} catch (error) {
  console.error(`${(error as Error).message}\nUsage: npm run bench:stats -- [--samples N] [--quick]`);
  process.exit(2);
}
const url = process.env.BENCH_STATS_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/zq_bench_stats";

const dbm = await import("../db/index");
const { migrateDatabase, withSetupLock } = await import("../db/migrate");
const seed = await import("../db/seed/index");
const campaigns = await import("../lib/campaigns/queries");
const dashboard = await import("../lib/stats/dashboard");
const queries = await import("../lib/stats/queries");
const { parseDashboardRange } = await import("../lib/stats/range");

const load = () => os.loadavg().map((l) => l.toFixed(2)).join(" / ");
const scalar = async (db: DbModule.Database, query: ReturnType<typeof sql>) => Number((await dbm.execute<{ n: number }>(db, query))[0]?.n ?? 0);

console.log(`# bench:stats — the dashboard at ${count(BENCH_SIZE.positions)} positions and ${count(BENCH_SIZE.intents)} intents\n`);
console.log(`Load average at the start (1 / 5 / 15 min): ${load()}`);

const name = databaseName(url);
const created = await ensureDatabase(url);
console.log(`${created ? "Created" : "Using"} database ${name} (${new URL(url).host}).`);
const handle = await dbm.openDatabase({ kind: "postgres", url });
await migrateDatabase(handle);
const published = await scalar(handle.db, sql`select count(*)::int as n from positions where status = 'published'`);
const intentCount = await scalar(handle.db, sql`select count(*)::int as n from intents`);
let wrote = false;
if (published < BENCH_SIZE.positions || intentCount < BENCH_SIZE.intents) {
  if (!/bench/i.test(name)) throw new Error(`${name} is too small and the bench only empties and seeds databases named "…bench…".`);
  console.log(`It holds ${count(published)} published positions and ${count(intentCount)} intents: emptying and seeding it.`);
  await withSetupLock(handle, async () => {
    await seed.truncateAllTables(handle.db);
    await seed.seedDemo(handle.db, { positions: BENCH_SIZE.positions, intents: BENCH_SIZE.intents, log: (line) => console.log(`  ${line}`) });
  });
} else {
  console.log(`It holds ${count(published)} published positions and ${count(intentCount)} intents: reused.`);
}
if ((await scalar(handle.db, sql`select count(*)::int as n from (select 1 from campaign_view_days limit 1) x`)) === 0) {
  const started = performance.now();
  await seed.backfillViewDays(handle.db);
  console.log(`Filled the view counters from the seeded totals in ${Math.round(performance.now() - started)} ms.`);
  wrote = true;
}
if (wrote) await dbm.execute(handle.db, sql`vacuum analyze`);
else await dbm.execute(handle.db, sql`analyze`);
dbm.setProcessDatabase(handle);

const campaign = await campaigns.getFeaturedCampaign();
if (!campaign) throw new Error("the bench database has no featured campaign");
const parsed = parseDashboardRange({}, { campaigns: [campaign], featuredId: campaign.id, now: new Date() });
if (!parsed.ok) throw new Error(`no default range: ${JSON.stringify(parsed.issues)}`);
const range = parsed.range;
const scope = { campaignId: range.campaignId, fromDay: range.fromDay, toDay: range.toDay };
console.log(`Range: ${range.fromDay} – ${range.toDay} (${range.days} days), campaign ${campaign.id}; pool of ${process.env.DATABASE_POOL_MAX ?? 10} connections.`);

async function time(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

async function measure(run: () => Promise<unknown>, n: number): Promise<number[]> {
  for (let i = 0; i < 3; i++) await run();
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(await time(run));
  return out;
}

const first = await dashboard.getDashboard(range);
console.log(
  `\nThe figures: ${count(first.figures.employers)} employers, ${count(first.figures.positions)} positions online, ` +
    `${count(first.figures.talents)} talents, ${count(first.intents.current.reduce((n, c) => n + c.count, 0))} intents in the range, ` +
    `${count(first.figures.reachedIntents)} reached, ${count(first.funnel.views)} views.`,
);

console.log(`\n## The whole dashboard (getDashboard, ${samples} samples after 3 warm-ups)\n`);
const whole = summarize(await measure(() => dashboard.getDashboard(range), samples));
console.log(
  markdownTable(
    ["what", " p50 ms", " p95 ms", " max ms", " target p95", "met"],
    [["getDashboard", ms(whole.p50), ms(whole.p95), ms(whole.max), `≤ ${TARGET_P95_MS}`, whole.p95 <= TARGET_P95_MS ? "✓" : "✗"]],
  ),
);

const parts: [string, () => Promise<unknown>][] = [
  ["getCampaignFigures (range)", () => queries.getCampaignFigures(scope)],
  ["findIntentStates", () => dashboard.findIntentStates(scope)],
  ["findPositionBreakdowns", () => dashboard.findPositionBreakdowns(scope)],
  ["findOverseasCountries", () => dashboard.findOverseasCountries(scope)],
  ["findDailyTrend", () => dashboard.findDailyTrend(scope)],
  ["findFunnel", () => dashboard.findFunnel(scope)],
  ["findWaitingIntents", () => dashboard.findWaitingIntents(scope)],
  ["findTimeToReach", () => dashboard.findTimeToReach(scope)],
  ["getCampaignFigures (home page, no range)", () => queries.getCampaignFigures({ campaignId: range.campaignId })],
];
const each = Math.max(3, Math.round(samples / 4));
console.log(`\n## Each query alone (${each} samples after 3 warm-ups)\n`);
const rows: string[][] = [];
for (const [label, run] of parts) {
  const s = summarize(await measure(run, each));
  rows.push([label, ms(s.p50), ms(s.p95)]);
}
console.log(markdownTable(["query", " p50 ms", " p95 ms"], rows));

console.log(
  `\nMachine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "CPU"}, load average ${load()} at the end. ` +
    "The cores are shared with other work, which moves the figures: quote medians of several runs.",
);
await handle.close();
