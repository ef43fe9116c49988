/** Bench databases on a PostgreSQL server: their names, and creating one when missing. */
import postgres from "postgres";

export function databaseName(url: string): string {
  const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, ""));
  if (!name) throw new Error(`BENCH_DATABASE_URL names no database: ${url}`);
  return name;
}

/** Creates the bench database on its server when it does not exist. */
export async function ensureDatabase(url: string): Promise<boolean> {
  const name = databaseName(url);
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = postgres(admin.toString(), { max: 1, onnotice: () => {}, connect_timeout: 5 });
  try {
    const rows = await client`select 1 from pg_database where datname = ${name}`;
    if (rows.length > 0) return false;
    await client.unsafe(`create database "${name.replace(/"/g, '""')}"`);
    return true;
  } finally {
    await client.end({ timeout: 5 });
  }
}
