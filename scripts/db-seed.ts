/**
 * npm run db:seed — fills an empty database with the demo campaign (or a scaled copy of it).
 *
 *   npx tsx scripts/db-seed.ts [--positions N] [--talents N] [--intents N] [--seed N] [--reset]
 *
 * Without --reset an already seeded database is left alone ("already seeded", exit 0).
 */
import { openDatabase } from "../db/index";
import { withSetupLock } from "../db/migrate";
import { isSeeded, seedDemo, truncateAllTables, type SeedOptions } from "../db/seed/index";

const USAGE = `Usage: tsx scripts/db-seed.ts [--positions N] [--talents N] [--intents N] [--seed N] [--batch-rows N] [--reset]

  --positions N   published positions in the campaign (default 715; employers, talents and intents scale)
  --talents N     talents taking part (default max(3216, positions / 10))
  --intents N     intents in all states (default 0.8 per talent)
  --seed N        PRNG seed (default 2020)
  --batch-rows N  rows per INSERT (default 5000)
  --reset         empty every table first (TRUNCATE … RESTART IDENTITY CASCADE)`;

function parseArgs(argv: string[]): { options: SeedOptions; reset: boolean } {
  const options: SeedOptions = {};
  let reset = false;
  const numbers: Record<string, "positions" | "talents" | "intents" | "seed" | "batchRows"> = {
    "--positions": "positions",
    "--talents": "talents",
    "--intents": "intents",
    "--seed": "seed",
    "--batch-rows": "batchRows",
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    const [flag, inline] = arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    if (flag === "--reset") reset = true;
    else if (flag === "--help" || flag === "-h") {
      console.log(USAGE);
      process.exit(0);
    } else if (flag in numbers) {
      const raw = inline ?? argv[++i];
      const value = Number(raw?.replace(/[_,]/g, ""));
      if (raw === undefined || !Number.isInteger(value)) throw new Error(`${flag} needs a whole number (got ${raw ?? "nothing"})`);
      const key = numbers[flag];
      if (key) options[key] = value;
    } else throw new Error(`Unknown argument ${arg}\n\n${USAGE}`);
  }
  return { options, reset };
}

let parsed: ReturnType<typeof parseArgs>;
try {
  parsed = parseArgs(process.argv.slice(2));
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}

const handle = await openDatabase();
const where = handle.target.kind === "postgres" ? "PostgreSQL (DATABASE_URL)" : `PGlite (${handle.target.dataDir})`;
let exitCode = 0;
try {
  await withSetupLock(handle, async () => {
    if (parsed.reset) {
      const tables = await truncateAllTables(handle.db);
      console.log(`Emptied ${tables.length} tables in ${where}.`);
    } else if (await isSeeded(handle.db)) {
      console.log(`${where} is already seeded: nothing to do (use --reset to start over).`);
      return;
    }
    const summary = await seedDemo(handle.db, { ...parsed.options, log: (line) => console.log(`  ${line}`) });
    const f = summary.figures;
    console.log(
      `Seeded ${where} in ${(summary.durationMs / 1000).toFixed(1)} s: ` +
        `${f.employersOnline} employers and ${f.positionsOnline} positions online, ` +
        `${f.announcementCategories} announcement categories, ${f.talents} talents, ${f.reachedIntents} reached intents.`,
    );
  });
} catch (error) {
  const code = (error as { code?: string; cause?: { code?: string } }).cause?.code ?? (error as { code?: string }).code;
  if (code === "42P01") console.error("The tables do not exist yet: run `npm run db:migrate` first.");
  else console.error(`Seeding failed, nothing was written: ${error instanceof Error ? error.message : String(error)}`);
  exitCode = 1;
} finally {
  await handle.close();
}
process.exit(exitCode);
