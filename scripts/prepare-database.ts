import { openDatabase } from "../db/index";
import { migrateDatabase, withSetupLock } from "../db/migrate";
import { isSeeded, seedDemo } from "../db/seed/index";
import { env } from "../lib/env";

/** Migrates the database and, unless SEED_DEMO=false, seeds the demo campaign into an empty one. */
export async function prepareDatabase(): Promise<void> {
  const handle = await openDatabase();
  try {
    const where = handle.target.kind === "postgres" ? "PostgreSQL (DATABASE_URL)" : `embedded PGlite in ${handle.target.dataDir}`;
    console.log(`Database: ${where}`);
    let started = performance.now();
    await migrateDatabase(handle);
    console.log(`Migrations applied in ${Math.round(performance.now() - started)} ms.`);
    if (env().SEED_DEMO === "false") return;
    await withSetupLock(handle, async () => {
      if (await isSeeded(handle.db)) return;
      started = performance.now();
      console.log("Empty database: seeding the demo campaign…");
      await seedDemo(handle.db, { log: (line) => console.log(`  ${line}`) });
      console.log(`Demo campaign seeded in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
    });
  } finally {
    await handle.close();
  }
}
