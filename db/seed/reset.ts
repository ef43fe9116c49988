/** Empties every table of the application schema (not drizzle's migration journal). */
import { sql } from "drizzle-orm";
import { execute, type Database } from "../index";

export async function truncateAllTables(db: Database): Promise<string[]> {
  const rows = await execute<{ tablename: string }>(
    db,
    sql`select tablename from pg_tables where schemaname = 'public' order by tablename`,
  );
  const tables = rows.map((r) => r.tablename);
  if (tables.length === 0) return tables;
  const list = tables.map((t) => `"public"."${t.replace(/"/g, '""')}"`).join(", ");
  await db.execute(sql.raw(`TRUNCATE TABLE ${list} RESTART IDENTITY CASCADE`));
  return tables;
}
