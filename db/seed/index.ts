/**
 * seedDemo: the article's campaign as demo data — 183 employers with 715 positions online,
 * 4 announcement categories, 3,216 talents, 973 reached intents — or the same shape scaled
 * up for benchmarks. It fills an empty database in one transaction.
 */
import bcrypt from "bcrypt";
import { sql } from "drizzle-orm";
import { execute, type Database } from "../index";
import { SETUP_LOCK_KEY } from "../migrate";
import { DEMO_CAMPAIGN_SLUG } from "./catalog-data";
import { DEMO_PASSWORD } from "./demo-accounts";
import { readCampaignFigures, type CampaignFigures } from "./figures";
import { generateSeed } from "./generate";
import { insertBatches, rate, resetSequences, type TableStat } from "./insert";
import { planSeed, type SeedPlan } from "./plan";
import { createRng } from "./random";
import { startOfUtcDay } from "./time";
import { backfillViewDays } from "./views";

export { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoAccount } from "./demo-accounts";
export { DEMO_CAMPAIGN_SLUG } from "./catalog-data";
export { DEMO_FIGURES, planSeed, type SeedPlan, type SeedScaleOptions } from "./plan";
export { truncateAllTables } from "./reset";
export { backfillViewDays } from "./views";
export type { CampaignFigures } from "./figures";

export interface SeedOptions {
  /** Dates are relative to it (default: today at 00:00 UTC): the campaign is live, 20 days in. */
  now?: Date;
  /** Published positions (default 715); employers, talents and intents follow. */
  positions?: number;
  /** Talents in the campaign (default max(3216, positions / 10)). */
  talents?: number;
  /** Intents in all states (default 0.8 per talent; 37.8% of them reached). */
  intents?: number;
  /** PRNG seed (default 2020): same options, same rows. */
  seed?: number;
  /** Rows per INSERT (default 5000). */
  batchRows?: number;
  log?: (line: string) => void;
}

export interface SeedSummary {
  campaignSlug: string;
  now: Date;
  plan: SeedPlan;
  figures: CampaignFigures;
  tables: TableStat[];
  totalRows: number;
  durationMs: number;
}

export class AlreadySeededError extends Error {
  constructor() {
    super("The database already holds a campaign: seedDemo fills an empty database only (use --reset to start over).");
    this.name = "AlreadySeededError";
  }
}

/** Serialises concurrent seeders; not the migrations' key, which a caller may hold around seedDemo. */
const SEED_LOCK_KEY = SETUP_LOCK_KEY + 1;

/** A bcrypt salt (cost 10) drawn from the seed: 21 characters, then one whose unused low bits are zero. */
function demoSalt(seed: number): string {
  const alphabet = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  const rng = createRng(seed, "password-salt");
  return `$2b$10$${rng.chars(alphabet, 21)}${rng.pick([".", "O", "e", "u"])}`;
}

export async function isSeeded(db: Database): Promise<boolean> {
  const [row] = await execute<{ seeded: boolean }>(db, sql`select exists (select 1 from campaigns) as seeded`);
  return row?.seeded === true;
}

export async function seedDemo(db: Database, options: SeedOptions = {}): Promise<SeedSummary> {
  const log = options.log ?? (() => {});
  const plan = planSeed(options);
  const now = options.now ?? startOfUtcDay(new Date());
  const started = performance.now();
  // Hashed once: the three demo accounts share the password. The salt comes from the seed,
  // so that the same options give the very same rows (the password is public anyway).
  const passwordHash = await bcrypt.hash(DEMO_PASSWORD, demoSalt(plan.seed));
  log(
    `Seeding ${plan.positions.toLocaleString("en-US")} positions, ${plan.employers.toLocaleString("en-US")} employers, ` +
      `${plan.talents.toLocaleString("en-US")} talents, ${plan.intents.toLocaleString("en-US")} intents ` +
      `(${plan.reachedIntents.toLocaleString("en-US")} reached), now = ${now.toISOString()}`,
  );

  let tables: TableStat[] = [];
  await db.transaction(async (tx) => {
    const t = tx as unknown as Database;
    await execute(t, sql.raw(`select pg_advisory_xact_lock(${SEED_LOCK_KEY})`));
    if (await isSeeded(t)) throw new AlreadySeededError();
    // The dashboard's aggregates are computed once at the end, not row by row (migration 0009).
    await execute(t, sql.raw(`set local zq.stats_bulk = 'on'`));
    tables = await insertBatches(t, generateSeed({ plan, now, passwordHash }), { log, batchRows: options.batchRows });
    await resetSequences(t);
    await backfillViewDays(t);
    await execute(t, sql`select stats_rebuild()`);
  });
  // Inserting the policy tags rewrote each tagged position's row and its search copy (the
  // triggers of migrations 0012 and 0013): those two tables are compacted once, so a seeded
  // database does not start with the room of its seeding's dead row versions (about 40 % of
  // position_search's table at 1,000,000 positions), which spreads each search's reads over
  // more pages. position_search is written back newest first (CLUSTER), the order a running
  // platform's copies have anyway, since positions are published one after another; the seed
  // inserts them in random order. A walk of the newest-first index then finds its entries' rows
  // together, and checks one page of the visibility map instead of switching between its pages
  // at every other entry (22,870 buffers read for the newest 43,557 entries at 1,000,000
  // positions, 2,484 once clustered). The VACUUM below sets the visibility map CLUSTER leaves
  // empty, without which every index-only walk reads the table.
  const compactStarted = performance.now();
  await execute(db, sql`vacuum full positions`);
  await execute(db, sql`cluster position_search using position_search_newest_idx`);
  log(`vacuum full positions, cluster position_search: ${Math.round(performance.now() - compactStarted)} ms`);
  const analyzeStarted = performance.now();
  await execute(db, sql`vacuum analyze`);
  log(`vacuum analyze: ${Math.round(performance.now() - analyzeStarted)} ms`);

  const figures = await readCampaignFigures(db, DEMO_CAMPAIGN_SLUG, now);
  const totalRows = tables.reduce((sum, s) => sum + s.rows, 0);
  const durationMs = performance.now() - started;
  for (const stat of tables) {
    log(
      `${stat.table.padEnd(24)} ${stat.rows.toLocaleString("en-US").padStart(11)} rows ` +
        `${(stat.ms / 1000).toFixed(1).padStart(7)} s insert ${rate(stat).padStart(16)}  ` +
        `(generated in ${(stat.generateMs / 1000).toFixed(1)} s)`,
    );
  }
  log(
    `${totalRows.toLocaleString("en-US")} rows in ${(durationMs / 1000).toFixed(1)} s ` +
      `(${Math.round((totalRows * 1000) / durationMs).toLocaleString("en-US")} rows/s overall)`,
  );
  return { campaignSlug: DEMO_CAMPAIGN_SLUG, now, plan, figures, tables, totalRows, durationMs };
}
