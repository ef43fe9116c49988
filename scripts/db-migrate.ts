/** npm run db:migrate — applies db/migrations to DATABASE_URL, or to the embedded PGlite folder. */
import { openDatabase } from "../db/index";
import { migrateDatabase } from "../db/migrate";

const started = performance.now();
const handle = await openDatabase();
try {
  await migrateDatabase(handle);
  const where = handle.target.kind === "postgres" ? "PostgreSQL" : `PGlite (${handle.target.dataDir})`;
  console.log(`Migrated ${where} in ${Math.round(performance.now() - started)} ms.`);
} finally {
  await handle.close();
}
